#include "featureencoder.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace curvelab {

namespace {

// Features shared by every family: scaled x, squashed y, 1/(points seen).
constexpr int kCommonFeatures = 3;
// Per family: fitted k, fitted b, residual, spread of f(x), all points inside the x range.
constexpr int kFamilyFeatures = 5;
// Residuals below this (absolute y units) count as an exact fit; it sets the log's floor.
constexpr double kResidualFloor = 1e-3;
// Samples of f over the x range used to learn its typical spread.
constexpr int kSpreadProbes = 64;
// Features are clamped to +-this: absurd points (1e300, overflow to inf) must not feed the
// network NaN or inf, and a clamped value still says "far outside anything seen in training".
constexpr float kFeatureCap = 50.0f;

// Raw inputs keep their scale (it is the question's lesson) up to this bound.
constexpr double kRawCap = 1e6;

float sanitize(double v, double cap)
{
    if (std::isnan(v)) {
        return 0.0f;
    }
    return static_cast<float>(std::clamp(v, -cap, cap));
}

double squash(double value, const Range &range)
{
    return std::asinh((value - range.mid()) / (0.5 * range.width()));
}

double shapeSpread(const ShapeFunction &f, const Range &x)
{
    double mean = 0.0;
    double m2 = 0.0;
    for (int i = 0; i < kSpreadProbes; ++i) {
        const double v = f(x.lo + x.width() * (i + 0.5) / kSpreadProbes);
        const double delta = v - mean;
        mean += delta / (i + 1);
        m2 += delta * (v - mean);
    }
    const double sd = std::sqrt(m2 / kSpreadProbes);
    return sd > 0.0 ? sd : 1.0;
}

} // namespace

std::string toString(Preprocessing p)
{
    return p == Preprocessing::Raw ? "raw" : "family-fit";
}

Preprocessing preprocessingFromString(const std::string &name)
{
    for (Preprocessing p : {Preprocessing::Raw, Preprocessing::FamilyFit}) {
        if (toString(p) == name) {
            return p;
        }
    }
    throw std::invalid_argument("unknown preprocessing \"" + name + "\" (raw or family-fit)");
}

FeatureEncoder::FeatureEncoder(Preprocessing preprocessing,
                               const std::vector<FunctionFamily> &families)
    : m_preprocessing(preprocessing), m_families(families)
{
    if (families.empty()) {
        throw std::invalid_argument("the feature encoder needs at least one family");
    }
    m_xSpan = families.front().x;
    for (const FunctionFamily &family : families) {
        m_shapes.emplace_back(family.shape);
        m_spreads.push_back(shapeSpread(m_shapes.back(), family.x));
        m_xSpan.lo = std::min(m_xSpan.lo, family.x.lo);
        m_xSpan.hi = std::max(m_xSpan.hi, family.x.hi);
    }
    reset();
}

int FeatureEncoder::featureCount(Preprocessing preprocessing, int familyCount)
{
    return preprocessing == Preprocessing::Raw ? 2
                                               : kCommonFeatures + kFamilyFeatures * familyCount;
}

int FeatureEncoder::featureCount() const
{
    return featureCount(m_preprocessing, static_cast<int>(m_families.size()));
}

void FeatureEncoder::reset()
{
    m_count = 0;
    m_fits.assign(m_families.size(), FitState{});
}

void FeatureEncoder::restore(const State &state)
{
    if (state.fits.size() != m_families.size()) {
        throw std::invalid_argument("encoder state is for another set of families");
    }
    m_fits = state.fits;
    m_count = state.count;
}

std::vector<float> FeatureEncoder::push(const Point &p)
{
    std::vector<float> out;
    out.reserve(static_cast<std::size_t>(featureCount()));
    push(p, out);
    return out;
}

void FeatureEncoder::push(const Point &p, std::vector<float> &out)
{
    ++m_count;
    if (m_preprocessing == Preprocessing::Raw) {
        // The question's input, unscaled on purpose: it is the lesson.
        out.push_back(sanitize(p.x, kRawCap));
        out.push_back(sanitize(p.y, kRawCap));
        return;
    }
    const std::size_t first = out.size();
    pushFamilyFit(p, out);
    for (std::size_t i = first; i < out.size(); ++i) {
        out[i] = sanitize(out[i], kFeatureCap);
    }
}

void FeatureEncoder::pushFamilyFit(const Point &p, std::vector<float> &out)
{
    const double n = m_count;
    out.push_back(static_cast<float>((p.x - m_xSpan.mid()) / (0.5 * m_xSpan.width())));
    out.push_back(static_cast<float>(std::asinh(p.y) / 4.0));
    out.push_back(static_cast<float>(1.0 / n));

    for (std::size_t i = 0; i < m_families.size(); ++i) {
        const FunctionFamily &family = m_families[i];
        FitState &s = m_fits[i];
        double f = m_shapes[i](p.x);
        if (!std::isfinite(f)) {
            f = 0.0; // outside the shape's domain: the in-range flag below says so
        }
        // Welford co-moments: stable even when f(x) barely varies.
        const double df = f - s.meanF;
        const double dy = p.y - s.meanY;
        s.meanF += df / n;
        s.meanY += dy / n;
        s.cff += df * (f - s.meanF);
        s.cfy += df * (p.y - s.meanY);
        s.cyy += dy * (p.y - s.meanY);
        if (family.x.contains(p.x)) {
            ++s.inside;
        }

        const double spread = std::sqrt(std::max(s.cff, 0.0) / n) / m_spreads[i];
        const bool determined = spread > 1e-9;
        double kFeature = 0.0;
        double bFeature = 0.0;
        double rms = 0.0;
        if (determined) {
            const double k = s.cfy / s.cff;
            kFeature = squash(k, family.k);
            bFeature = squash(s.meanY - k * s.meanF, family.b);
            rms = std::sqrt(std::max(s.cyy - k * s.cfy, 0.0) / n);
        }
        out.push_back(static_cast<float>(kFeature));
        out.push_back(static_cast<float>(bFeature));
        out.push_back(static_cast<float>(std::log1p(rms / kResidualFloor) / 4.0));
        out.push_back(static_cast<float>(std::min(spread, 4.0)));
        out.push_back(s.inside == m_count ? 1.0f : 0.0f);
    }
}

std::vector<float> FeatureEncoder::encode(const PointSequence &points)
{
    reset();
    std::vector<float> out;
    out.reserve(points.size() * static_cast<std::size_t>(featureCount()));
    for (const Point &p : points) {
        push(p, out);
    }
    return out;
}

std::vector<std::string> FeatureEncoder::featureNames() const
{
    if (m_preprocessing == Preprocessing::Raw) {
        return {"x", "y"};
    }
    std::vector<std::string> names = {"x (scaled)", "asinh(y)/4", "1/points"};
    for (const FunctionFamily &family : m_families) {
        for (const char *what : {"fitted k", "fitted b", "residual", "spread of f", "x in range"}) {
            names.push_back(family.name + ": " + what);
        }
    }
    return names;
}

} // namespace curvelab
