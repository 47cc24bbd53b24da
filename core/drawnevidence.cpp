#include "drawnevidence.h"

#include "logquadrature.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace curvelab {

namespace {

constexpr double kPi = 3.14159265358979323846;
// Stand-in for exact points: rounding is far below it, any real misfit far above.
constexpr double kExactLevel = 1e-6;
// Probes of g across the estimated window for its extent.
constexpr int kSpanProbes = 17;
// The slope that turns jitter in x into jitter in y is taken over a hand's typical jitter, this
// share of the window, rather than at a point: at the foot of a root the tangent is vertical,
// while a click 1% to the side only moves y by so much.
constexpr double kSlopeStep = 1e-2;

double mean(const std::vector<double> &v)
{
    double m = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        m += (v[i] - m) / static_cast<double>(i + 1);
    }
    return m;
}

double standardDeviation(const std::vector<double> &v, double m)
{
    double s = 0.0;
    for (double x : v) {
        s += (x - m) * (x - m);
    }
    return std::sqrt(s / static_cast<double>(v.size()));
}

// log of the integral over t of |t|^nu exp(-(t - mu)^2 / 2): the mass that the prior dk/|k|
// leaves once b and the noise are integrated out (u = 1/k, standardised). Two peaks, one either
// side of 0, each with its own width.
double logAbsoluteMoment(int nu, double mu)
{
    mu = std::abs(mu);
    if (nu == 0) {
        return 0.5 * std::log(2.0 * kPi);
    }
    const double root = std::sqrt(mu * mu + 4.0 * nu);
    const double upper = 0.5 * (mu + root);
    const double lower = 0.5 * (mu - root);
    const auto width = [nu](double peak) { return 1.0 / std::sqrt(1.0 + nu / (peak * peak)); };
    const double upperWidth = width(upper);
    const double lowerWidth = width(lower);
    std::vector<double> cuts{0.0};
    appendCuts(cuts, upper, upperWidth);
    appendCuts(cuts, lower, lowerWidth);
    const double lo = lower - (kWindowSds + 3.0) * lowerWidth;
    const double hi = upper + (kWindowSds + 3.0) * upperWidth;
    return logIntegral(lo, hi, std::move(cuts), [nu, mu](double t) {
        return nu * std::log(std::abs(t)) - 0.5 * (t - mu) * (t - mu);
    });
}

} // namespace

DrawnEvidence::DrawnEvidence(const FunctionFamily &family, const ShapeFunction &shape,
                             bool unitFree, const PointSequence &points)
    : m_n(static_cast<int>(points.size()))
{
    const Range domain = unitFree ? Range{0.0, std::numeric_limits<double>::infinity()} : family.x;
    std::vector<double> g(points.size());
    std::vector<double> y(points.size());
    double xMin = std::numeric_limits<double>::infinity();
    double xMax = -xMin;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = points[i].x;
        g[i] = shape(x);
        y[i] = points[i].y;
        const bool inDomain = unitFree ? x >= 0.0 : domain.contains(x);
        if (!inDomain || !std::isfinite(g[i]) || !std::isfinite(y[i])) {
            m_possible = false;
            return;
        }
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
    }
    if (m_n <= 2 || !(xMax > xMin)) {
        return; // every family fits; nothing to tell them apart
    }
    // The window the points were drawn from, estimated from their span.
    const double gap = (xMax - xMin) / (m_n - 1);
    const Range window{std::max(xMin - gap, domain.lo), std::min(xMax + gap, domain.hi)};
    double gLo = std::numeric_limits<double>::infinity();
    double gHi = -gLo;
    for (int i = 0; i < kSpanProbes; ++i) {
        const double v = shape(window.at(static_cast<double>(i) / (kSpanProbes - 1)));
        if (std::isfinite(v)) {
            gLo = std::min(gLo, v);
            gHi = std::max(gHi, v);
        }
    }
    // g standardised (the evidence does not change when g is replaced by alpha*g + beta), and
    // y too (a factor common to every family).
    const double gMean = mean(g);
    const double gSd = standardDeviation(g, gMean);
    const double yMean = mean(y);
    const double ySd = standardDeviation(y, yMean);
    if (!(gSd > 0.0) || !(ySd > 0.0) || !(gHi > gLo)) {
        return;
    }
    m_span = (gHi - gLo) / gSd;
    // Jitter in x moves y by the slope: each point's variance in units of (level * k * span)^2.
    std::vector<double> w(points.size());
    double weights = 0.0;
    double gw = 0.0;
    double yw = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = points[i].x;
        const double h = kSlopeStep * window.width();
        const double left = std::max(x - h, window.lo);
        const double right = std::min(x + h, window.hi);
        const double slope = (shape(right) - shape(left)) / (right - left) / gSd;
        const double v = 1.0 + std::pow(slope * window.width() / m_span, 2.0);
        w[i] = std::isfinite(v) ? 1.0 / v : 0.0;
        m_logScale -= 0.5 * std::log(std::isfinite(v) ? v : std::numeric_limits<double>::max());
        g[i] = (g[i] - gMean) / gSd;
        y[i] = (y[i] - yMean) / ySd;
        weights += w[i];
        gw += w[i] * g[i];
        yw += w[i] * y[i];
    }
    gw /= weights;
    yw /= weights;
    for (std::size_t i = 0; i < points.size(); ++i) {
        m_sgg += w[i] * (g[i] - gw) * (g[i] - gw);
        m_sgy += w[i] * (g[i] - gw) * (y[i] - yw);
        m_syy += w[i] * (y[i] - yw) * (y[i] - yw);
    }
    m_logScale -= 0.5 * std::log(weights);
    m_informative = m_syy > 0.0 && m_sgg > 0.0;
}

double DrawnEvidence::logEvidence(double level) const
{
    if (!m_possible) {
        return kLogZero;
    }
    if (!m_informative) {
        return 0.0;
    }
    // y_i ~ N(k g_i + b, (s k)^2 v_i) with s = level * span; b integrates to a Gaussian factor,
    // and with u = 1/k what is left is
    //   (2 pi s^2)^(-(n-1)/2) * integral of |u|^(n-2) exp(-(syy u^2 - 2 sgy u + sgg) / (2 s^2)) du.
    const double s = std::max(level, kExactLevel) * m_span;
    const int nu = m_n - 2;
    const double tau = s / std::sqrt(m_syy);
    const double centre = m_sgy / m_syy;
    // What g leaves unexplained by y: zero when the family fits exactly.
    const double misfit = std::max(m_sgg - m_sgy * m_sgy / m_syy, 0.0);
    return m_logScale - 0.5 * (m_n - 1) * std::log(2.0 * kPi * s * s) - misfit / (2.0 * s * s) +
           (nu + 1) * std::log(tau) + logAbsoluteMoment(nu, centre / tau);
}

} // namespace curvelab
