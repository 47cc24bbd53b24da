#include "handdrawing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace curvelab::bench {

namespace {

constexpr double kDecades = 3.0;
// Share of windows that start at x = 0, and share of clicks that slip past their neighbour.
constexpr double kFromOriginShare = 0.2;
constexpr double kSlipShare = 0.1;
// Clicks are evenly spread over the window, each within this share of a gap of its place.
constexpr double kSpacingJitter = 0.3;

double shape(int family, double x)
{
    switch (family) {
    case 0:
        return x;
    case 1:
        return x * x;
    default:
        return std::sqrt(x);
    }
}

} // namespace

HandDrawing::HandDrawing(HandDrawingOptions options) : m_options(options), m_rng(options.seed) {}

Drawing HandDrawing::draw(int family, int points)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    const auto magnitude = [&] { return std::pow(10.0, kDecades * (2.0 * unit(m_rng) - 1.0)); };
    const auto sign = [&] { return unit(m_rng) < 0.5 ? -1.0 : 1.0; };
    const double k = sign() * magnitude();
    const double b = sign() * magnitude();
    const double hi = magnitude();
    const double lo =
        unit(m_rng) < kFromOriginShare ? 0.0 : m_options.latestStart * unit(m_rng) * hi;
    const double yA = k * shape(family, lo) + b;
    const double yB = k * shape(family, hi) + b;
    const double yLo = std::min(yA, yB); // every shape is monotone on x >= 0
    const double yHi = std::max(yA, yB);
    const double xPerPixel = (hi - lo) / m_options.width;
    const double yPerPixel = (yHi - yLo) / m_options.height;

    Drawing d;
    d.family = family;
    for (int i = 0; i < points; ++i) {
        const double place = (i + kSpacingJitter * (2.0 * unit(m_rng) - 1.0)) / (points - 1);
        const double u = lo + (hi - lo) * std::clamp(place, 0.0, 1.0);
        Point p{u, k * shape(family, u) + b};
        // The click lands a few pixels off the curve; not left of the y axis, where the root is
        // not drawn at all.
        do {
            p.x = u + m_options.jitterPixels * xPerPixel * normal(m_rng);
        } while (p.x <= 0.0);
        p.y += m_options.jitterPixels * yPerPixel * normal(m_rng);
        d.points.push_back(p);
    }
    for (std::size_t i = 1; i < d.points.size(); ++i) {
        if (unit(m_rng) < kSlipShare) {
            std::swap(d.points[i - 1], d.points[i]);
        }
    }
    return d;
}

namespace {

constexpr double kG = 9.81;

struct Law
{
    const char *name;
    int family;
    double xLo; // the largest setting of x is drawn log-uniform in [xLo, xHi]
    double xHi;
    // y of x, with the law's constants drawn from `unit` (uniform in [0, 1)) once per set.
    std::function<std::function<double(double)>(const std::function<double()> &unit)> make;
};

double between(double lo, double hi, double u)
{
    return lo + (hi - lo) * u;
}

const std::array<Law, 10> &laws()
{
    using Unit = const std::function<double()> &;
    using Curve = std::function<double(double)>;
    static const std::array<Law, 10> all = {{
        {"Ohm's law V = R I (I in A)", 0, 0.01, 0.2,
         [](Unit u) -> Curve {
             const double r = std::pow(10.0, between(1.0, 4.0, u()));
             return [r](double i) { return r * i; };
         }},
        {"uniform motion s = s0 + v t (t in s)", 0, 5.0, 60.0,
         [](Unit u) -> Curve {
             const double s0 = between(0.0, 50.0, u());
             const double v = between(0.5, 30.0, u());
             return [s0, v](double t) { return s0 + v * t; };
         }},
        {"free fall d = g t^2 / 2 (t in s)", 1, 0.5, 3.0,
         [](Unit) -> Curve { return [](double t) { return 0.5 * kG * t * t; }; }},
        {"braking distance d = v^2 / (2 mu g) (v in km/h)", 1, 30.0, 130.0,
         [](Unit u) -> Curve {
             const double mu = between(0.3, 0.9, u());
             return [mu](double v) { return std::pow(v / 3.6, 2.0) / (2.0 * mu * kG); };
         }},
        {"kinetic energy E = m v^2 / 2 (v in m/s)", 1, 2.0, 40.0,
         [](Unit u) -> Curve {
             const double m = between(0.05, 1500.0, u());
             return [m](double v) { return 0.5 * m * v * v; };
         }},
        {"height in free fall h = h0 - g t^2 / 2 (t in s)", 1, 0.3, 1.4,
         [](Unit u) -> Curve {
             const double h0 = between(10.0, 50.0, u());
             return [h0](double t) { return h0 - 0.5 * kG * t * t; };
         }},
        {"pendulum period T = 2 pi sqrt(L / g) (L in m)", 2, 0.3, 2.5,
         [](Unit) -> Curve { return [](double l) { return 2.0 * M_PI * std::sqrt(l / kG); }; }},
        {"fall time t = sqrt(2 h / g) (h in m)", 2, 0.5, 20.0,
         [](Unit) -> Curve { return [](double h) { return std::sqrt(2.0 * h / kG); }; }},
        {"speed from a height v = sqrt(2 g h) (h in cm)", 2, 10.0, 200.0,
         [](Unit) -> Curve { return [](double h) { return std::sqrt(2.0 * kG * h / 100.0); }; }},
        {"waves on a string v = sqrt(F / mu) (F in N)", 2, 5.0, 200.0,
         [](Unit u) -> Curve {
             const double mu = between(0.001, 0.05, u());
             return [mu](double f) { return std::sqrt(f / mu); };
         }},
    }};
    return all;
}

} // namespace

LabMeasurements::LabMeasurements(double relativeNoise, std::uint64_t seed)
    : m_relativeNoise(relativeNoise), m_rng(seed)
{
}

Drawing LabMeasurements::measure(int points)
{
    std::uniform_real_distribution<double> unitDist(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    const std::function<double()> unit = [&] { return unitDist(m_rng); };
    const Law &law =
        laws()[std::uniform_int_distribution<std::size_t>(0, laws().size() - 1)(m_rng)];
    m_lastLaw = law.name;
    const std::function<double(double)> y = law.make(unit);
    const double top = law.xLo * std::pow(law.xHi / law.xLo, unit());
    Drawing d;
    d.family = law.family;
    for (int i = 1; i <= points; ++i) {
        const double x = top * i / points; // a table of evenly spaced settings
        d.points.push_back({x, y(x) * (1.0 + m_relativeNoise * normal(m_rng))});
    }
    return d;
}

} // namespace curvelab::bench
