#include "canvastransform.h"

#include "ticksteps.h"

#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// The smallest span as a share of the distance from 0: a double carries ~16 digits, and a few
// must stay for the pixels within the view.
constexpr double kMinRelativeSpan = 1e-9;
// Share of a tick step by which a tick may miss the range and still count as in it, for values
// like 0.1 * 3 that land a rounding error outside.
constexpr double kTickSlack = 1e-9;
// Above this many steps from 0 a step no longer falls on representable round values.
constexpr double kMaxTickIndex = 1e15;

// [lo, hi] put right and within the span and centre bounds, about its centre.
void sanitise(double &lo, double &hi)
{
    if (lo > hi) {
        std::swap(lo, hi);
    }
    const double centre =
        std::clamp(0.5 * lo + 0.5 * hi, -CanvasTransform::kMaxCentre, CanvasTransform::kMaxCentre);
    const double least = std::max(CanvasTransform::kMinSpan, kMinRelativeSpan * std::abs(centre));
    const double span = std::clamp(hi - lo, least, CanvasTransform::kMaxSpan);
    lo = centre - 0.5 * span;
    hi = centre + 0.5 * span;
}

} // namespace

void CanvasTransform::setView(double xlo, double xhi, double ylo, double yhi)
{
    if (!std::isfinite(xlo) || !std::isfinite(xhi) || !std::isfinite(ylo) || !std::isfinite(yhi)) {
        return;
    }
    sanitise(xlo, xhi);
    sanitise(ylo, yhi);
    m_xlo = xlo;
    m_xhi = xhi;
    m_ylo = ylo;
    m_yhi = yhi;
}

double CanvasTransform::xScale() const
{
    return std::max(m_plot.width(), 1.0) / (m_xhi - m_xlo);
}

double CanvasTransform::yScale() const
{
    return std::max(m_plot.height(), 1.0) / (m_yhi - m_ylo);
}

QPointF CanvasTransform::toWidget(const Point &p) const
{
    return {m_plot.left() + (p.x - m_xlo) * xScale(), m_plot.bottom() - (p.y - m_ylo) * yScale()};
}

Point CanvasTransform::toData(const QPointF &w) const
{
    return {m_xlo + (w.x() - m_plot.left()) / xScale(),
            m_ylo + (m_plot.bottom() - w.y()) / yScale()};
}

void CanvasTransform::zoom(double factor, const QPointF &anchor)
{
    if (!std::isfinite(factor) || factor <= 0.0 || !std::isfinite(anchor.x()) ||
        !std::isfinite(anchor.y())) {
        return;
    }
    const Point a = toData(anchor);
    // Each side keeps its share of the span on either side of the anchor.
    auto scaled = [factor](double &lo, double &hi, double at) {
        const double span = hi - lo;
        const double newSpan = std::clamp(span / factor, kMinSpan, kMaxSpan);
        const double ratio = newSpan / span;
        lo = at - (at - lo) * ratio;
        hi = lo + newSpan;
    };
    double xlo = m_xlo, xhi = m_xhi, ylo = m_ylo, yhi = m_yhi;
    scaled(xlo, xhi, a.x);
    scaled(ylo, yhi, a.y);
    setView(xlo, xhi, ylo, yhi);
}

void CanvasTransform::pan(const QPointF &pixelDelta)
{
    if (!std::isfinite(pixelDelta.x()) || !std::isfinite(pixelDelta.y())) {
        return;
    }
    // Pixel y grows downwards, data y upwards.
    const double dx = -pixelDelta.x() / xScale();
    const double dy = pixelDelta.y() / yScale();
    setView(m_xlo + dx, m_xhi + dx, m_ylo + dy, m_yhi + dy);
}

double CanvasTransform::tickStep(double lo, double hi, int maxTicks)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi)) {
        return 0.0;
    }
    // The smallest step that gives no more than maxTicks ticks over the range.
    const double least = (hi - lo) / (std::max(maxTicks, 2) - 1);
    if (!std::isfinite(least) || least <= 0.0) {
        return 0.0;
    }
    return niceStepAtLeast(least);
}

std::vector<double> CanvasTransform::ticks(double lo, double hi, int maxTicks)
{
    const double step = tickStep(lo, hi, maxTicks);
    if (step == 0.0 || std::abs(lo / step) > kMaxTickIndex || std::abs(hi / step) > kMaxTickIndex) {
        return {};
    }
    // Each tick as index * mantissa divided by a power of ten, not index * step: 3 * 0.1 is
    // 0.30000000000000004 but 3 / 10 is the double nearest 0.3, as its label says.
    const int exponent = static_cast<int>(std::lround(std::floor(std::log10(step))));
    const double mantissa = std::round(step / std::pow(10.0, exponent));
    const double power = std::pow(10.0, std::abs(exponent));
    auto value = [&](double index) {
        return exponent >= 0 ? index * mantissa * power : index * mantissa / power;
    };

    std::vector<double> result;
    const double first = std::ceil(lo / step - kTickSlack);
    const double last = std::floor(hi / step + kTickSlack);
    const int limit = std::max(maxTicks, 2);
    for (double i = first; i <= last && static_cast<int>(result.size()) < limit; i += 1.0) {
        const double v = value(i);
        if (v >= lo - kTickSlack * step && v <= hi + kTickSlack * step) {
            result.push_back(v == 0.0 ? 0.0 : v); // no "-0" label
        }
    }
    return result;
}

} // namespace curvelab
