#include "modelspec.h"

#include "message.h"
#include "textfields.h"

#include <algorithm>
#include <cmath>
#include <iterator>
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
    case CellType::Mlp:
        return "mlp";
    }
    return "unknown";
}

namespace {

constexpr CellType kCellTypes[] = {CellType::Lstm, CellType::Gru, CellType::Rnn, CellType::Mlp};

long elementCount(const std::vector<long> &shape)
{
    long count = 1;
    for (long d : shape) {
        count *= d;
    }
    return count;
}

} // namespace

CellType cellTypeFromString(const std::string &name)
{
    for (CellType c : kCellTypes) {
        if (toString(c) == name) {
            return c;
        }
    }
    throw InvalidInput(Message(
        CURVELAB_WORDING("curvelab::modelspec", "unknown cell type \"%1\" (lstm, gru, rnn or mlp)"),
        {name}));
}

bool ModelSpec::operator==(const ModelSpec &o) const
{
    return options.cell == o.options.cell && options.hiddenSize == o.options.hiddenSize &&
           options.layers == o.options.layers &&
           (options.cell != CellType::Mlp || options.window == o.options.window) &&
           preprocessing == o.preprocessing && families == o.families;
}

int ModelSpec::inputSize() const
{
    return FeatureEncoder::featureCount(preprocessing, families);
}

// Limits that keep a model trainable on a laptop; anything beyond is a typo, not a wish.
constexpr int kMaxHidden = 4096;
constexpr int kMaxLayers = 8;
constexpr int kMaxWindow = 64;

void validateSpec(const ModelSpec &spec)
{
    const ModelOptions &o = spec.options;
    if (std::find(std::begin(kCellTypes), std::end(kCellTypes), o.cell) == std::end(kCellTypes)) {
        throw InvalidInput(Message(
            CURVELAB_WORDING("curvelab::modelspec", "unknown cell type (lstm, gru, rnn or mlp)")));
    }
    if (o.hiddenSize < 1 || o.hiddenSize > kMaxHidden) {
        throw InvalidInput(
            Message(CURVELAB_WORDING("curvelab::modelspec", "hidden size must be between 1 and %1"),
                    {kMaxHidden}));
    }
    if (o.layers < 1 || o.layers > kMaxLayers) {
        throw InvalidInput(
            Message(CURVELAB_WORDING("curvelab::modelspec", "layers must be between 1 and %1"),
                    {kMaxLayers}));
    }
    if (o.cell == CellType::Mlp && (o.window < 1 || o.window > kMaxWindow)) {
        throw InvalidInput(
            Message(CURVELAB_WORDING("curvelab::modelspec",
                                     "the mlp's window must be between 1 and %1 points"),
                    {kMaxWindow}));
    }
    if (spec.classCount() > kMaxFamilies) {
        throw InvalidInput(Message(
            CURVELAB_WORDING("curvelab::modelspec", "at most %1 families can be told apart"),
            {kMaxFamilies}));
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
    case CellType::Mlp:
        return 1;
    }
    return 1;
}

int tensorsPerLayer(CellType cell)
{
    return cell == CellType::Mlp ? 2 : 4;
}

std::vector<WeightTensor> weightLayout(const ModelSpec &spec)
{
    const long hidden = spec.options.hiddenSize;
    const long gates = gateCount(spec.options.cell) * hidden;
    std::vector<WeightTensor> layout;
    for (int l = 0; l < spec.options.layers; ++l) {
        if (spec.options.cell == CellType::Mlp) {
            const std::string prefix = "mlp.l" + std::to_string(l) + ".";
            const long in = l == 0 ? long{spec.options.window} * spec.inputSize() : hidden;
            layout.push_back({prefix + "weight", {hidden, in}, {}});
            layout.push_back({prefix + "bias", {hidden}, {}});
            continue;
        }
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

long parameterCount(const ModelSpec &spec)
{
    long count = 0;
    for (const WeightTensor &w : weightLayout(spec)) {
        count += elementCount(w.shape);
    }
    return count;
}

void validateSnapshot(const ModelSnapshot &snapshot, WeightBound bound)
{
    validateSpec(snapshot.spec);
    const std::vector<WeightTensor> layout = weightLayout(snapshot.spec);
    if (snapshot.weights.size() != layout.size()) {
        throw InvalidInput(
            Message(CURVELAB_WORDING("curvelab::modelspec",
                                     "the weights do not match the model: expected %1 tensors, "
                                     "found %2"),
                    {layout.size(), snapshot.weights.size()}));
    }
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const WeightTensor &w = snapshot.weights[i];
        if (w.name != layout[i].name || w.shape != layout[i].shape ||
            static_cast<long>(w.values.size()) != elementCount(layout[i].shape)) {
            throw InvalidInput(
                Message(CURVELAB_WORDING("curvelab::modelspec",
                                         "the weights do not match the model at \"%1\""),
                        {layout[i].name}));
        }
        for (float v : w.values) {
            if (!std::isfinite(v)) {
                throw InvalidInput(Message(
                    CURVELAB_WORDING("curvelab::modelspec", "weight \"%1\" holds NaN or infinity"),
                    {w.name}));
            }
            if (bound == WeightBound::Usable && std::abs(v) > kMaxWeightMagnitude) {
                // The value as the file holds it, every digit: a Text, not a measured Number.
                throw InvalidInput(Message(
                    CURVELAB_WORDING("curvelab::modelspec",
                                     "weight \"%1\" holds %2, far beyond what training makes (at "
                                     "most %3 in magnitude)"),
                    {w.name, formatNumber(v), formatNumber(kMaxWeightMagnitude)}));
            }
        }
    }
}

} // namespace curvelab
