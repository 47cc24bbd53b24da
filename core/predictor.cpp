#include "predictor.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace curvelab {

namespace {

float sigmoid(float v)
{
    return 1.0f / (1.0f + std::exp(-v));
}

// out = W x + b for W [rows, cols] row-major.
void affine(const WeightTensor &w, const WeightTensor &b, const std::vector<float> &x,
            std::vector<float> &out)
{
    const long rows = w.shape[0];
    const long cols = w.shape[1];
    out.resize(static_cast<std::size_t>(rows));
    for (long r = 0; r < rows; ++r) {
        const float *row = w.values.data() + r * cols;
        float sum = b.values[static_cast<std::size_t>(r)];
        for (long c = 0; c < cols; ++c) {
            sum += row[c] * x[static_cast<std::size_t>(c)];
        }
        out[static_cast<std::size_t>(r)] = sum;
    }
}

void sizeGates(CellTrace &trace, std::size_t units)
{
    trace.input.resize(units);
    trace.forget.resize(units);
    trace.output.resize(units);
}

} // namespace

std::vector<float> softmax(const std::vector<float> &logits)
{
    const float top = *std::max_element(logits.begin(), logits.end());
    std::vector<float> p(logits.size());
    float sum = 0.0f;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        p[i] = std::exp(logits[i] - top);
        sum += p[i];
    }
    for (float &v : p) {
        v /= sum;
    }
    return p;
}

Predictor::Predictor(ModelSnapshot snapshot)
    : m_snapshot(std::move(snapshot)),
      m_encoder(m_snapshot.spec.preprocessing, m_snapshot.spec.families)
{
    validateSnapshot(m_snapshot);
    const int tensors = tensorsPerLayer(m_snapshot.spec.options.cell);
    for (int l = 0; l < m_snapshot.spec.options.layers; ++l) {
        Layer layer;
        layer.weights = static_cast<std::size_t>(tensors * l);
        m_layers.push_back(layer);
    }
    reset();
}

void Predictor::reset()
{
    m_encoder.reset();
    const std::size_t hidden = static_cast<std::size_t>(m_snapshot.spec.options.hiddenSize);
    for (Layer &layer : m_layers) {
        layer.h.assign(hidden, 0.0f);
        layer.c.assign(hidden, 0.0f);
    }
    if (m_snapshot.spec.options.cell == CellType::Mlp) {
        m_window.assign(static_cast<std::size_t>(m_snapshot.spec.options.window) *
                            static_cast<std::size_t>(m_encoder.featureCount()),
                        0.0f);
    }
}

void Predictor::slide(const std::vector<float> &features)
{
    std::copy(m_window.begin() + static_cast<long>(features.size()), m_window.end(),
              m_window.begin());
    std::copy(features.begin(), features.end(),
              m_window.end() - static_cast<long>(features.size()));
}

Predictor::State Predictor::state() const
{
    State s;
    s.encoder = m_encoder.state();
    for (const Layer &layer : m_layers) {
        s.h.push_back(layer.h);
        s.c.push_back(layer.c);
    }
    s.window = m_window;
    return s;
}

void Predictor::restore(const State &state)
{
    const std::size_t hidden = static_cast<std::size_t>(m_snapshot.spec.options.hiddenSize);
    const auto fits = [&](const std::vector<std::vector<float>> &v) {
        return v.size() == m_layers.size() &&
               std::all_of(v.begin(), v.end(), [&](const auto &l) { return l.size() == hidden; });
    };
    if (!fits(state.h) || !fits(state.c) || state.window.size() != m_window.size()) {
        throw std::invalid_argument("predictor state is for another model");
    }
    m_encoder.restore(state.encoder);
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        m_layers[l].h = state.h[l];
        m_layers[l].c = state.c[l];
    }
    m_window = state.window;
}

Prediction Predictor::push(const Point &p)
{
    Prediction prediction;
    prediction.features = m_encoder.push(p);
    const CellType cell = m_snapshot.spec.options.cell;
    if (cell == CellType::Mlp) {
        slide(prediction.features);
    }
    std::vector<float> x = cell == CellType::Mlp ? m_window : prediction.features;
    for (Layer &layer : m_layers) {
        CellTrace trace;
        switch (cell) {
        case CellType::Lstm:
            project(layer, x);
            stepLstm(layer, trace);
            break;
        case CellType::Gru:
            project(layer, x);
            stepGru(layer, trace);
            break;
        case CellType::Rnn:
            project(layer, x);
            stepRnn(layer);
            break;
        case CellType::Mlp:
            stepMlp(layer, x);
            break;
        }
        trace.hidden = layer.h;
        x = layer.h;
        prediction.layers.push_back(std::move(trace));
    }
    const auto &weights = m_snapshot.weights;
    std::vector<float> logits;
    affine(weights[weights.size() - 2], weights.back(), x, logits);
    prediction.probabilities = softmax(logits);
    prediction.guess = static_cast<int>(
        std::max_element(prediction.probabilities.begin(), prediction.probabilities.end()) -
        prediction.probabilities.begin());
    return prediction;
}

std::vector<Prediction> Predictor::run(const PointSequence &points)
{
    reset();
    std::vector<Prediction> out;
    out.reserve(points.size());
    for (const Point &p : points) {
        out.push_back(push(p));
    }
    return out;
}

void Predictor::project(const Layer &layer, const std::vector<float> &x)
{
    const auto &w = m_snapshot.weights;
    affine(w[layer.weights], w[layer.weights + 2], x, m_gx);
    affine(w[layer.weights + 1], w[layer.weights + 3], layer.h, m_gh);
}

// PyTorch's LSTM: gates (i, f, g, o) = W_ih x + b_ih + W_hh h + b_hh.
void Predictor::stepLstm(Layer &layer, CellTrace &trace)
{
    const std::vector<float> &gx = m_gx;
    const std::vector<float> &gh = m_gh;
    const std::size_t n = layer.h.size();
    sizeGates(trace, n);
    for (std::size_t j = 0; j < n; ++j) {
        const float i = sigmoid(gx[j] + gh[j]);
        const float f = sigmoid(gx[n + j] + gh[n + j]);
        const float g = std::tanh(gx[2 * n + j] + gh[2 * n + j]);
        const float o = sigmoid(gx[3 * n + j] + gh[3 * n + j]);
        layer.c[j] = f * layer.c[j] + i * g;
        layer.h[j] = o * std::tanh(layer.c[j]);
        trace.input[j] = i;
        trace.forget[j] = f;
        trace.output[j] = o;
    }
    trace.cell = layer.c;
}

// PyTorch's GRU: r, z from both projections; n = tanh(W_in x + b_in + r * (W_hn h + b_hn));
// h' = (1 - z) * n + z * h.
void Predictor::stepGru(Layer &layer, CellTrace &trace)
{
    const std::vector<float> &gx = m_gx;
    const std::vector<float> &gh = m_gh;
    const std::size_t n = layer.h.size();
    sizeGates(trace, n);
    for (std::size_t j = 0; j < n; ++j) {
        const float r = sigmoid(gx[j] + gh[j]);
        const float z = sigmoid(gx[n + j] + gh[n + j]);
        const float cand = std::tanh(gx[2 * n + j] + r * gh[2 * n + j]);
        layer.h[j] = (1.0f - z) * cand + z * layer.h[j];
        trace.input[j] = r;
        trace.forget[j] = z;
        trace.output[j] = cand;
    }
}

void Predictor::stepMlp(Layer &layer, const std::vector<float> &x)
{
    const auto &w = m_snapshot.weights;
    affine(w[layer.weights], w[layer.weights + 1], x, layer.h);
    for (float &v : layer.h) {
        v = std::tanh(v);
    }
}

void Predictor::stepRnn(Layer &layer)
{
    for (std::size_t j = 0; j < layer.h.size(); ++j) {
        layer.h[j] = std::tanh(m_gx[j] + m_gh[j]);
    }
}

} // namespace curvelab
