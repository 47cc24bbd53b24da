#include "modelspec.h"

#include <cmath>
#include <stdexcept>

namespace curvelab {

std::string toString(CellType cell)
{
    switch (cell) {
    case CellType::Lstm:
        return "lstm";
    case CellType::Gru:
        return "gru";
    case CellType::Rnn:
        return "rnn";
    }
    return "lstm";
}

CellType cellTypeFromString(const std::string &name)
{
    for (CellType c : {CellType::Lstm, CellType::Gru, CellType::Rnn}) {
        if (toString(c) == name) {
            return c;
        }
    }
    throw std::invalid_argument("unknown cell type \"" + name + "\" (lstm, gru or rnn)");
}

bool ModelSpec::operator==(const ModelSpec &o) const
{
    return options.cell == o.options.cell && options.hiddenSize == o.options.hiddenSize &&
           options.layers == o.options.layers && preprocessing == o.preprocessing &&
           families == o.families;
}

int ModelSpec::inputSize() const
{
    return FeatureEncoder::featureCount(preprocessing, classCount());
}

// Limits that keep a model trainable on a laptop; anything beyond is a typo, not a wish.
constexpr int kMaxHidden = 4096;
constexpr int kMaxLayers = 8;
constexpr int kMaxFamilies = 8;

void validateSpec(const ModelSpec &spec)
{
    const ModelOptions &o = spec.options;
    if (o.hiddenSize < 1 || o.hiddenSize > kMaxHidden) {
        throw std::invalid_argument("hidden size must be between 1 and " +
                                    std::to_string(kMaxHidden));
    }
    if (o.layers < 1 || o.layers > kMaxLayers) {
        throw std::invalid_argument("layers must be between 1 and " + std::to_string(kMaxLayers));
    }
    if (spec.classCount() > kMaxFamilies) {
        throw std::invalid_argument("at most " + std::to_string(kMaxFamilies) +
                                    " families can be told apart");
    }
    validateFamilies(spec.families);
}

const WeightTensor *ModelSnapshot::find(const std::string &name) const
{
    for (const WeightTensor &w : weights) {
        if (w.name == name) {
            return &w;
        }
    }
    return nullptr;
}

int gateCount(CellType cell)
{
    switch (cell) {
    case CellType::Lstm:
        return 4;
    case CellType::Gru:
        return 3;
    case CellType::Rnn:
        return 1;
    }
    return 1;
}

std::vector<WeightTensor> weightLayout(const ModelSpec &spec)
{
    const long hidden = spec.options.hiddenSize;
    const long gates = gateCount(spec.options.cell) * hidden;
    std::vector<WeightTensor> layout;
    for (int l = 0; l < spec.options.layers; ++l) {
        const std::string prefix = "rnn.l" + std::to_string(l) + ".";
        const long in = l == 0 ? spec.inputSize() : hidden;
        layout.push_back({prefix + "w_ih", {gates, in}, {}});
        layout.push_back({prefix + "w_hh", {gates, hidden}, {}});
        layout.push_back({prefix + "b_ih", {gates}, {}});
        layout.push_back({prefix + "b_hh", {gates}, {}});
    }
    layout.push_back({"head.weight", {spec.classCount(), hidden}, {}});
    layout.push_back({"head.bias", {spec.classCount()}, {}});
    return layout;
}

void validateSnapshot(const ModelSnapshot &snapshot)
{
    validateSpec(snapshot.spec);
    const std::vector<WeightTensor> layout = weightLayout(snapshot.spec);
    if (snapshot.weights.size() != layout.size()) {
        throw std::invalid_argument("the weights do not match the model: expected " +
                                    std::to_string(layout.size()) + " tensors, found " +
                                    std::to_string(snapshot.weights.size()));
    }
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const WeightTensor &w = snapshot.weights[i];
        long elements = 1;
        for (long d : layout[i].shape) {
            elements *= d;
        }
        if (w.name != layout[i].name || w.shape != layout[i].shape ||
            static_cast<long>(w.values.size()) != elements) {
            throw std::invalid_argument("the weights do not match the model at \"" +
                                        layout[i].name + "\"");
        }
        for (float v : w.values) {
            if (!std::isfinite(v)) {
                throw std::invalid_argument("weight \"" + w.name + "\" holds NaN or infinity");
            }
        }
    }
}

} // namespace curvelab
