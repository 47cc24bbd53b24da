#pragma once

#include "modelspec.h"
#include "point.h"
#include "predictor.h"

#include <optional>
#include <vector>

namespace curvelab {

// Keeps one prediction per point of a sequence that a person edits, paying only for what
// changed: appending a point costs one recurrent step, and an edit at point i recomputes points
// i..n from the state saved after point i-1. New weights recompute everything. Plain C++, so the
// canvas can run it on the GUI thread within a frame.
class SequenceClassifier
{
public:
    SequenceClassifier() = default;

    // Throws std::invalid_argument (from validateSnapshot) on weights that do not fit their spec;
    // then the classifier keeps its previous model.
    void setSnapshot(ModelSnapshot snapshot);
    void clearSnapshot();
    bool hasModel() const { return m_predictor.has_value(); }
    // Null without a model.
    const ModelSnapshot *snapshot() const;

    // Makes the sequence `points`, recomputing from the first point that differs from the
    // current sequence.
    void setPoints(const PointSequence &points);
    const PointSequence &points() const { return m_points; }
    // One per point, the belief after that point; empty without a model.
    const std::vector<Prediction> &predictions() const { return m_predictions; }

    // Recurrent steps computed so far: what an edit cost, for tests and benchmarks.
    long long stepsComputed() const { return m_steps; }

private:
    void recomputeFrom(std::size_t first);

    std::optional<Predictor> m_predictor;
    PointSequence m_points;
    std::vector<Prediction> m_predictions;
    std::vector<Predictor::State> m_states; // m_states[i]: after points 1..i+1
    long long m_steps = 0;
};

} // namespace curvelab
