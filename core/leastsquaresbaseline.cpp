#include "leastsquaresbaseline.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace curvelab {

namespace {

// Residuals this close, relative to the size of y, differ by rounding alone (a residual is
// uncertain by a few eps times |y|): two points fit every family exactly, and that tie must go
// to the lowest index rather than to rounding noise. Any wider, and a tiny curve far from 0
// (k = 1e-3, b = -39) would tie every family however clearly one fits.
constexpr double kTieTolerance = 1e-13;

double yScale(const PointSequence &points)
{
    double scale = 1.0;
    for (const Point &p : points) {
        scale = std::max(scale, std::abs(p.y));
    }
    return scale;
}

bool hasTwoDistinct(const std::vector<double> &values)
{
    return std::any_of(values.begin(), values.end(), [&](double v) { return v != values.front(); });
}

} // namespace

LineFit fitLine(const std::vector<double> &f, const PointSequence &points)
{
    LineFit fit;
    fit.n = static_cast<int>(points.size());
    if (fit.n == 0) {
        return fit;
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        fit.fMean += f[i];
        fit.yMean += points[i].y;
    }
    fit.fMean /= fit.n;
    fit.yMean /= fit.n;
    double sfy = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double df = f[i] - fit.fMean;
        fit.sff += df * df;
        sfy += df * (points[i].y - fit.yMean);
    }
    fit.determined = hasTwoDistinct(f) && fit.sff > 0.0 && std::isfinite(sfy / fit.sff);
    fit.k = fit.determined ? sfy / fit.sff : 0.0;
    fit.b = fit.yMean - fit.k * fit.fMean;
    // Residuals from the centred values: k*f and b are each far larger than the residual.
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double r = (points[i].y - fit.yMean) - fit.k * (f[i] - fit.fMean);
        fit.rss += r * r;
    }
    return fit;
}

LeastSquaresBaseline::LeastSquaresBaseline(const std::vector<FunctionFamily> &families)
{
    m_shapes.reserve(families.size());
    for (const FunctionFamily &family : families) {
        m_shapes.emplace_back(family.shape);
    }
}

std::vector<FamilyFit> LeastSquaresBaseline::fit(const PointSequence &points) const
{
    std::vector<FamilyFit> fits;
    fits.reserve(m_shapes.size());
    std::vector<double> f(points.size());
    for (const ShapeFunction &shape : m_shapes) {
        std::transform(points.begin(), points.end(), f.begin(),
                       [&](const Point &p) { return shape(p.x); });
        const LineFit line = fitLine(f, points);
        const double residual = points.empty() ? 0.0 : std::sqrt(line.rss / line.n);
        fits.push_back({line.k, line.b, residual, line.determined});
    }
    return fits;
}

int LeastSquaresBaseline::classify(const PointSequence &points) const
{
    if (points.empty()) {
        return 0;
    }
    const std::vector<FamilyFit> fits = fit(points);
    // NaN (a shape undefined at some x) never compares smaller, so it is never picked.
    double best = std::numeric_limits<double>::infinity();
    for (const FamilyFit &f : fits) {
        best = std::min(best, f.residual);
    }
    const double tolerance = kTieTolerance * yScale(points);
    for (std::size_t i = 0; i < fits.size(); ++i) {
        if (fits[i].residual <= best + tolerance) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

} // namespace curvelab
