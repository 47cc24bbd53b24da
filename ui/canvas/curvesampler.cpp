#include "curvesampler.h"

#include "canvasdocument.h"
#include "functionfamily.h"

#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

namespace curvelab {

namespace {

// Data units between a drawn-world sample and the edges of the view it is shown in.
constexpr double kSampleMargin = 1.0;

// Left to right and, for a unit-free shape, scaled into the view with a margin: the network that
// reads without units answers the same at any scale.
void showAsDrawn(PointSequence &points, bool unitFree, double view)
{
    std::sort(points.begin(), points.end(),
              [](const Point &a, const Point &b) { return a.x < b.x; });
    if (!unitFree || points.size() < 2) {
        return;
    }
    const double span = view - 2 * kSampleMargin;
    const auto [low, high] = std::minmax_element(
        points.begin(), points.end(), [](const Point &a, const Point &b) { return a.y < b.y; });
    const double xScale = span / std::max(points.back().x, 1e-300);
    const double height = high->y - low->y;
    const double yLow = low->y;
    for (Point &p : points) {
        p.x *= xScale;
        p.y = height > 0.0 ? kSampleMargin + span * (p.y - yLow) / height : view / 2;
    }
}

} // namespace

CurveSampler::CurveSampler(CanvasDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &CurveSampler::placeNext);
}

PointSequence CurveSampler::drawCurve(GeneratorConfig config, int family, double anyScaleView)
{
    config.kbMode = KbMode::PerSequence; // a fresh k and b every time, also after the answer
    config.length = kLength;
    config.seed = QRandomGenerator::global()->generate64(); // a fresh curve every time
    PointSequence points = CurveGenerator(config).sample(family, kLength).points;
    if (config.world == CurveWorld::Drawn) {
        showAsDrawn(points, isUnitFree(config.families[static_cast<std::size_t>(family)]),
                    anyScaleView);
    }
    return points;
}

void CurveSampler::start(const PointSequence &points, const QString &name)
{
    stop();
    m_points = points;
    m_placed = 0;
    m_mergeKey = m_document->newMergeKey();
    m_name = name;
    placeNext();
    m_timer->start();
}

void CurveSampler::stop()
{
    m_timer->stop();
}

bool CurveSampler::isActive() const
{
    return m_timer->isActive();
}

void CurveSampler::placeNext()
{
    if (m_placed >= m_points.size()) {
        stop();
        return;
    }
    ++m_placed;
    const PointSequence placed(m_points.begin(), m_points.begin() + static_cast<long>(m_placed));
    m_placing = true;
    m_document->replace(placed, m_name, m_mergeKey); // one undo step for the whole sample
    m_placing = false;
    if (m_placed == m_points.size()) {
        stop();
    }
}

} // namespace curvelab
