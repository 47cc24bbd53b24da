#include "curvepath.h"

#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Halvings that check a curve for a pole where two neighbouring samples lie more than the plot's
// height apart.
constexpr int kContinuityProbes = 8;

// Whether f runs from (x0, y0) to (x1, y1) without a pole or a jump: over a few halvings, f at the
// midpoint stays between the ends of the half where it changes most. A steep but continuous
// stretch passes; 1/x across 0 does not.
bool continuousBetween(const std::function<double(double)> &f, double x0, double y0, double x1,
                       double y1)
{
    for (int i = 0; i < kContinuityProbes; ++i) {
        const double xm = 0.5 * (x0 + x1);
        const double ym = f(xm);
        if (!std::isfinite(ym) || ym < std::min(y0, y1) || ym > std::max(y0, y1)) {
            return false;
        }
        if (std::abs(ym - y0) > std::abs(y1 - ym)) {
            x1 = xm;
            y1 = ym;
        } else {
            x0 = xm;
            y0 = ym;
        }
    }
    return true;
}

} // namespace

void CurvePath::trace(const std::function<double(double)> &f, const CanvasTransform &transform)
{
    m_points.clear();
    m_ends.clear();
    m_pending.clear();
    m_open = 0;
    if (!f) {
        return;
    }
    const QRectF plot = transform.plotRect();
    const qreal farTop = plot.top() - kFarOff * plot.height();
    const qreal farBottom = plot.bottom() + kFarOff * plot.height();
    const int samples = std::max(2, static_cast<int>(std::ceil(plot.width() / kSampleStep)) + 1);
    bool hasLast = false;
    double lastX = 0.0;
    double lastY = 0.0;
    qreal lastPy = 0.0;
    for (int i = 0; i < samples; ++i) {
        const qreal px = plot.left() + plot.width() * i / (samples - 1);
        const double x = transform.toData(QPointF(px, plot.top())).x;
        const double y = f(x);
        const qreal py = std::isfinite(y) ? transform.toWidget({x, y}).y() : farTop - 1.0;
        if (py < farTop || py > farBottom) {
            endPiece();
            hasLast = false;
            continue;
        }
        if (hasLast && std::abs(py - lastPy) > plot.height() &&
            !continuousBetween(f, lastX, lastY, x, y)) {
            endPiece();
        }
        add(QPointF(px, py));
        hasLast = true;
        lastX = x;
        lastY = y;
        lastPy = py;
    }
    endPiece();
}

CurvePath::Piece CurvePath::piece(int index) const
{
    const auto k = static_cast<std::size_t>(index);
    const std::size_t start = k == 0 ? 0 : m_ends[k - 1];
    return {m_points.data() + start, static_cast<int>(m_ends[k] - start)};
}

// A sample on the chord from the last kept point to the newest is dropped: a line becomes two
// points and a parabola a few dozen.
void CurvePath::add(const QPointF &sample)
{
    if (m_points.size() == m_open) {
        m_points.push_back(sample);
        return;
    }
    const QPointF a = m_points.back();
    const QPointF chord = sample - a;
    const qreal length = std::hypot(chord.x(), chord.y());
    bool straight = m_pending.size() < kMaxDroppedSamples && length > 0.0;
    for (std::size_t i = 0; straight && i < m_pending.size(); ++i) {
        const QPointF d = m_pending[i] - a;
        straight = std::abs(chord.x() * d.y() - chord.y() * d.x()) <= kFlatness * length;
    }
    if (!straight) {
        keepPending();
    }
    m_pending.push_back(sample);
}

void CurvePath::keepPending()
{
    if (!m_pending.empty()) {
        m_points.push_back(m_pending.back());
        m_pending.clear();
    }
}

// A single point draws nothing, so it is no piece.
void CurvePath::endPiece()
{
    keepPending();
    if (m_points.size() - m_open >= 2) {
        m_ends.push_back(m_points.size());
        m_open = m_points.size();
    } else {
        m_points.resize(m_open);
    }
}

std::optional<QLineF> clippedSegment(const QPointF &a, const QPointF &b, const QRectF &bounds)
{
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    qreal t0 = 0.0;
    qreal t1 = 1.0;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - bounds.left(), bounds.right() - a.x(), a.y() - bounds.top(),
                        bounds.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) {
                return std::nullopt;
            }
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0.0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        if (t0 > t1) {
            return std::nullopt;
        }
    }
    return QLineF(a + t0 * QPointF(dx, dy), a + t1 * QPointF(dx, dy));
}

} // namespace curvelab
