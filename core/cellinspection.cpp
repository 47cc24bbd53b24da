#include "cellinspection.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace curvelab {

namespace {

const std::vector<float> &select(const CellTrace &trace, CellQuantity q)
{
    switch (q) {
    case CellQuantity::Input:
        return trace.input;
    case CellQuantity::Forget:
        return trace.forget;
    case CellQuantity::Output:
        return trace.output;
    case CellQuantity::Cell:
        return trace.cell;
    case CellQuantity::Hidden:
        break;
    }
    return trace.hidden;
}

// Indices 0..n-1 ordered by `score` descending; stable, so ties stay in index order.
std::vector<int> rankDescending(const std::vector<double> &score)
{
    std::vector<int> order(score.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return score[static_cast<std::size_t>(a)] > score[static_cast<std::size_t>(b)];
    });
    return order;
}

// W x + b for W [rows, cols] row-major, through tanh when `squash` (an MLP layer).
std::vector<float> affine(const WeightTensor &w, const WeightTensor &b, const std::vector<float> &x,
                          bool squash)
{
    const std::size_t cols = x.size();
    std::vector<float> out(b.values);
    for (std::size_t r = 0; r < out.size(); ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            out[r] += w.values[r * cols + c] * x[c];
        }
        if (squash) {
            out[r] = std::tanh(out[r]);
        }
    }
    return out;
}

// What the model says before any point: from its start state, which is zero for the recurrent
// cells (so the head reads silent units) and an all-zero window for the MLP (whose layers still
// add their biases). The softmax is the Predictor's, in float.
std::vector<float> beliefBeforeAnyPoint(const ModelSnapshot &snapshot)
{
    const ModelOptions &o = snapshot.spec.options;
    std::vector<float> h(static_cast<std::size_t>(o.hiddenSize), 0.0f);
    if (o.cell == CellType::Mlp) {
        h.assign(static_cast<std::size_t>(o.window) *
                     static_cast<std::size_t>(snapshot.spec.inputSize()),
                 0.0f);
        for (int l = 0; l < o.layers; ++l) {
            const std::string prefix = "mlp.l" + std::to_string(l) + ".";
            h = affine(*snapshot.find(prefix + "weight"), *snapshot.find(prefix + "bias"), h,
                       /*squash=*/true);
        }
    }
    return softmax(
        affine(*snapshot.find("head.weight"), *snapshot.find("head.bias"), h, /*squash=*/false));
}

} // namespace

std::string toString(CellQuantity q)
{
    switch (q) {
    case CellQuantity::Input:
        return "input";
    case CellQuantity::Forget:
        return "forget";
    case CellQuantity::Output:
        return "output";
    case CellQuantity::Cell:
        return "cell";
    case CellQuantity::Hidden:
        break;
    }
    return "hidden";
}

namespace {

// What the quantity is in this cell, as a label; none where the cell has no such quantity.
std::optional<Wording> quantityWording(CellType cell, CellQuantity q)
{
    switch (cell) {
    case CellType::Lstm:
        switch (q) {
        case CellQuantity::Input:
            return CURVELAB_WORDING("curvelab::cellinspection", "input gate");
        case CellQuantity::Forget:
            return CURVELAB_WORDING("curvelab::cellinspection", "forget gate");
        case CellQuantity::Output:
            return CURVELAB_WORDING("curvelab::cellinspection", "output gate");
        case CellQuantity::Cell:
            return CURVELAB_WORDING("curvelab::cellinspection", "cell state");
        case CellQuantity::Hidden:
            return CURVELAB_WORDING("curvelab::cellinspection", "hidden state");
        }
        break;
    case CellType::Gru:
        switch (q) {
        case CellQuantity::Input:
            return CURVELAB_WORDING("curvelab::cellinspection", "reset gate");
        case CellQuantity::Forget:
            return CURVELAB_WORDING("curvelab::cellinspection", "update gate");
        case CellQuantity::Output:
            return CURVELAB_WORDING("curvelab::cellinspection", "candidate");
        case CellQuantity::Cell:
            break;
        case CellQuantity::Hidden:
            return CURVELAB_WORDING("curvelab::cellinspection", "hidden state");
        }
        break;
    case CellType::Rnn:
        if (q == CellQuantity::Hidden) {
            return CURVELAB_WORDING("curvelab::cellinspection", "hidden state");
        }
        break;
    case CellType::Mlp:
        // Recomputed from the window at every point, never carried: not a state.
        if (q == CellQuantity::Hidden) {
            return CURVELAB_WORDING("curvelab::cellinspection", "activation");
        }
        break;
    }
    return std::nullopt;
}

} // namespace

std::string quantityName(CellType cell, CellQuantity q)
{
    const std::optional<Wording> wording = quantityWording(cell, q);
    return wording ? wording->text : "";
}

Message quantityLabel(CellType cell, CellQuantity q)
{
    const std::optional<Wording> wording = quantityWording(cell, q);
    if (!wording) {
        throw std::logic_error("quantityLabel() of a quantity the cell does not have");
    }
    return Message(*wording);
}

bool hasQuantity(CellType cell, CellQuantity q)
{
    return !quantityName(cell, q).empty();
}

std::vector<std::vector<float>> quantityOverPoints(const std::vector<Prediction> &predictions,
                                                   int layer, CellQuantity q)
{
    std::vector<std::vector<float>> rows;
    rows.reserve(predictions.size());
    for (const Prediction &p : predictions) {
        if (layer < 0 || layer >= static_cast<int>(p.layers.size())) {
            throw std::out_of_range("the model has no layer " + std::to_string(layer + 1));
        }
        rows.push_back(select(p.layers[static_cast<std::size_t>(layer)], q));
    }
    return rows;
}

std::vector<int> unitsByActivity(const std::vector<std::vector<float>> &values)
{
    if (values.empty()) {
        return {};
    }
    const std::size_t units = values.front().size();
    for (const std::vector<float> &row : values) {
        if (row.size() != units) {
            throw std::invalid_argument("every point must have the same number of units");
        }
    }
    const double points = static_cast<double>(values.size());
    std::vector<double> spread(units);
    for (std::size_t j = 0; j < units; ++j) {
        double mean = 0.0;
        for (const std::vector<float> &row : values) {
            mean += row[j];
        }
        mean /= points;
        // Two passes, so a large constant offset does not swamp the spread.
        double squares = 0.0;
        for (const std::vector<float> &row : values) {
            const double d = row[j] - mean;
            squares += d * d;
        }
        spread[j] = std::sqrt(squares / points);
    }
    return rankDescending(spread);
}

std::vector<int> unitsByInfluence(const ModelSnapshot &snapshot, const Prediction &last)
{
    const ModelSpec &spec = snapshot.spec;
    const std::size_t hidden = static_cast<std::size_t>(spec.options.hiddenSize);
    const WeightTensor *head = snapshot.find("head.weight");
    if (head == nullptr ||
        head->values.size() != static_cast<std::size_t>(spec.classCount()) * hidden) {
        throw std::invalid_argument("the weights have no head of their model's size");
    }
    if (last.layers.size() != static_cast<std::size_t>(spec.options.layers) ||
        last.layers.back().hidden.size() != hidden) {
        throw std::invalid_argument("the prediction comes from another model");
    }
    if (last.guess < 0 || last.guess >= spec.classCount()) {
        throw std::invalid_argument("the prediction has no guess");
    }
    const float *row = head->values.data() + static_cast<std::size_t>(last.guess) * hidden;
    const std::vector<float> &h = last.layers.back().hidden;
    std::vector<double> push(hidden);
    for (std::size_t j = 0; j < hidden; ++j) {
        push[j] = std::abs(static_cast<double>(row[j]) * h[j]);
    }
    return rankDescending(push);
}

std::vector<double> pointInfluence(const ModelSnapshot &snapshot, const PointSequence &points)
{
    if (points.empty()) {
        return {};
    }
    const std::size_t n = points.size();
    Predictor predictor(snapshot);
    // before[i]: the state after points 0..i-1, from which leaving out point i continues.
    std::vector<Predictor::State> before;
    std::vector<std::vector<float>> probabilities;
    before.reserve(n);
    probabilities.reserve(n);
    int guessed = -1;
    for (const Point &p : points) {
        before.push_back(predictor.state());
        Prediction prediction = predictor.push(p);
        probabilities.push_back(std::move(prediction.probabilities));
        guessed = prediction.guess;
    }
    const std::size_t guess = static_cast<std::size_t>(guessed);
    const std::vector<float> &all = probabilities.back();

    std::vector<double> influence(n);
    for (std::size_t i = 0; i < n; ++i) {
        double without = 0.0;
        if (i + 1 < n) {
            predictor.restore(before[i]);
            std::vector<float> last;
            for (std::size_t j = i + 1; j < n; ++j) {
                last = predictor.push(points[j]).probabilities;
            }
            without = last[guess];
        } else if (n > 1) {
            without = probabilities[n - 2][guess];
        } else {
            without = beliefBeforeAnyPoint(snapshot)[guess];
        }
        influence[i] = static_cast<double>(all[guess]) - without;
    }
    return influence;
}

} // namespace curvelab
