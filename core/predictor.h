#pragma once

#include "featureencoder.h"
#include "modelspec.h"
#include "point.h"

#include <cstddef>
#include <vector>

namespace curvelab {

// What the recurrent cell did at one point, per layer, for "see inside" views. A plain RNN and
// the MLP have no gates: theirs stay empty.
struct CellTrace
{
    std::vector<float> input;  // LSTM input gate / GRU reset gate
    std::vector<float> forget; // LSTM forget gate / GRU update gate
    std::vector<float> output; // LSTM output gate / GRU candidate
    std::vector<float> cell;   // LSTM cell state
    std::vector<float> hidden; // the layer's output (the MLP: its tanh activations)
};

struct Prediction
{
    std::vector<float> probabilities; // one per family, sums to 1
    int guess = -1;                   // index of the most probable family
    std::vector<float> features;      // what the network read at this point
    std::vector<CellTrace> layers;    // the cell's inner state after this point
};

// Probabilities from logits, shifted by the largest so that exp never overflows.
std::vector<float> softmax(const std::vector<float> &logits);

// Classifies a sequence one point at a time from a weight snapshot, in plain C++ (no tensors):
// one recurrent step per point (for the MLP: one pass over the last window of points), so the
// canvas can update after every click. Its outputs equal a batch forward of the same prefix
// (tests/tst_model.cpp).
class Predictor
{
public:
    explicit Predictor(ModelSnapshot snapshot);

    void reset();
    Prediction push(const Point &p);
    // Resets, then pushes every point; returns one prediction per point.
    std::vector<Prediction> run(const PointSequence &points);

    // The recurrent and encoder state after the points pushed so far; restoring it continues from
    // there, so an edit at point i costs the steps from i on, not from 1.
    struct State
    {
        FeatureEncoder::State encoder;
        std::vector<std::vector<float>> h; // per layer
        std::vector<std::vector<float>> c; // per layer (LSTM only)
        std::vector<float> window;         // MLP only: the last points' features, oldest first
    };
    State state() const;
    // `state` must come from a Predictor with the same spec.
    void restore(const State &state);

    const ModelSpec &spec() const { return m_snapshot.spec; }
    const ModelSnapshot &snapshot() const { return m_snapshot; }

private:
    struct Layer
    {
        // Index of the layer's first tensor in the snapshot, w_ih (w_hh, b_ih, b_hh follow) or
        // the MLP's weight (its bias follows). (Indices, not pointers, so a Predictor copies
        // safely.)
        std::size_t weights = 0;
        std::vector<float> h;
        std::vector<float> c;
    };

    // Both projections of a layer: gx = W_ih x + b_ih, gh = W_hh h + b_hh.
    void project(const Layer &layer, const std::vector<float> &x);
    void stepLstm(Layer &layer, CellTrace &trace);
    void stepGru(Layer &layer, CellTrace &trace);
    void stepRnn(Layer &layer);
    void stepMlp(Layer &layer, const std::vector<float> &x);
    // Slides the window on by one point.
    void slide(const std::vector<float> &features);

    ModelSnapshot m_snapshot;
    FeatureEncoder m_encoder;
    std::vector<Layer> m_layers;
    std::vector<float> m_window; // MLP: [window * features], zeros before the first point
    std::vector<float> m_gx;
    std::vector<float> m_gh;
};

} // namespace curvelab
