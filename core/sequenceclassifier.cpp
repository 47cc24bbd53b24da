#include "sequenceclassifier.h"

#include <algorithm>

namespace curvelab {

void SequenceClassifier::setSnapshot(ModelSnapshot snapshot)
{
    m_predictor.emplace(Predictor(std::move(snapshot))); // validates before replacing
    recomputeFrom(0);
}

void SequenceClassifier::clearSnapshot()
{
    m_predictor.reset();
    m_predictions.clear();
    m_states.clear();
}

const ModelSnapshot *SequenceClassifier::snapshot() const
{
    return m_predictor ? &m_predictor->snapshot() : nullptr;
}

void SequenceClassifier::setPoints(const PointSequence &points)
{
    const auto same = [](const Point &a, const Point &b) { return a.x == b.x && a.y == b.y; };
    const std::size_t common = static_cast<std::size_t>(
        std::mismatch(m_points.begin(), m_points.end(), points.begin(), points.end(), same).first -
        m_points.begin());
    m_points = points;
    recomputeFrom(common);
}

void SequenceClassifier::recomputeFrom(std::size_t first)
{
    if (!m_predictor) {
        return;
    }
    first = std::min({first, m_predictions.size(), m_points.size()});
    m_predictions.resize(first);
    m_states.resize(first);
    if (first == 0) {
        m_predictor->reset();
    } else {
        m_predictor->restore(m_states.back());
    }
    for (std::size_t i = first; i < m_points.size(); ++i) {
        m_predictions.push_back(m_predictor->push(m_points[i]));
        m_states.push_back(m_predictor->state());
        ++m_steps;
    }
}

} // namespace curvelab
