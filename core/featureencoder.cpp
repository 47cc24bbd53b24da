#include "featureencoder.h"

#include "message.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace curvelab {

namespace {

// Features shared by every family: scaled x, squashed y, 1/(points seen).
constexpr int kCommonFeatures = 3;
// Per family: fitted k, fitted b, residual, spread of f(x), all points inside the x range.
constexpr int kFamilyFeatures = 5;
// UnitFree, shared: 1/(points seen), left end over right end of the x seen, where the newest x
// lies between them; x itself too when some family is not unit-free.
constexpr int kUnitFreeCommon = 3;
// UnitFree, per family: residual relative to the spread of y, distance across the curve relative
// to the points' height, each also against the best family's, all points where it is defined.
constexpr int kUnitFreeFamily = 5;
// Points the misfit across the curve looks back on: a drawing's worth, so that the encoder's
// state stays small however long a sequence grows.
constexpr std::size_t kAcrossHistory = 64;
// Relative step of the numerical slope g'(x).
constexpr double kSlopeStep = 1e-6;
// A relative residual below this counts as an exact fit; the feature's scale runs from it to 1.
constexpr double kRelativeFloor = 1e-4;
// Rounding makes y - mean(y) uncertain by about eps * |y|, so 1 - r^2 by about this many times
// eps * |mean| / sd; below the square root of that a residual says nothing (points far from 0
// with a tiny spread, e.g. 39.3647150 +- 0.0000003).
constexpr double kRoundingSlack = 4.0;
// Scale of the evidence gap between a family and the best one.
constexpr double kGapScale = 4.0;
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
        const double v = f(x.at((i + 0.5) / kSpreadProbes));
        const double delta = v - mean;
        mean += delta / (i + 1);
        m2 += delta * (v - mean);
    }
    const double sd = std::sqrt(m2 / kSpreadProbes);
    return sd > 0.0 ? sd : 1.0;
}

// A share on a log scale from kRelativeFloor (-1) to 1 (1).
double logShare(double share)
{
    const double floor = std::log10(kRelativeFloor);
    const double level = std::log10(std::max(share, kRelativeFloor));
    return (level - 0.5 * floor) / (-0.5 * floor);
}

// How much worse than `best` a misfit over n points is: with noise as large as the best misfit,
// n/2 (ratio^2 - 1) is the log of the likelihood ratio, here on a log scale so that a near tie
// (1.04 times worse over 12 points: 0.1) and a hopeless fit (10^4 times: 5) both read well.
double evidenceGap(double misfit, double best, double n)
{
    const double ratio = std::max(misfit, kRelativeFloor) / std::max(best, kRelativeFloor);
    return std::log1p(0.5 * n * (ratio * ratio - 1.0)) / kGapScale;
}

// How badly the family fits as a share of the spread of y, sqrt(1 - r^2), which a change of units
// leaves alone.
double relativeMisfit(const FeatureEncoder::FitState &s, double n)
{
    const double sdY = std::sqrt(std::max(s.cyy, 0.0) / n);
    const double sdF = std::sqrt(std::max(s.cff, 0.0) / n);
    double relative = 0.0; // all y equal: every family fits with k = 0
    if (sdY > 0.0) {
        relative = sdF > 0.0 ? std::sqrt(std::max(1.0 - s.cfy * s.cfy / (s.cff * s.cyy), 0.0))
                             : 1.0; // one x, several y: no curve fits
        const double conditioning =
            std::abs(s.meanY) / sdY + (sdF > 0.0 ? std::abs(s.meanF) / sdF : 0.0);
        const double rounding =
            std::sqrt(kRoundingSlack * std::numeric_limits<double>::epsilon() * conditioning);
        relative = std::max(relative, rounding);
    }
    return relative;
}

} // namespace

std::string toString(Preprocessing p)
{
    switch (p) {
    case Preprocessing::Raw:
        return "raw";
    case Preprocessing::FamilyFit:
        return "family-fit";
    case Preprocessing::UnitFree:
        return "unit-free";
    }
    return "family-fit";
}

Preprocessing preprocessingFromString(const std::string &name)
{
    for (Preprocessing p :
         {Preprocessing::Raw, Preprocessing::FamilyFit, Preprocessing::UnitFree}) {
        if (toString(p) == name) {
            return p;
        }
    }
    throw InvalidInput(Message(CURVELAB_WORDING("curvelab::featureencoder",
                                                "unknown preprocessing \"%1\" (raw, family-fit or "
                                                "unit-free)"),
                               {name}));
}

namespace {

// Whether unit-free features must also read x itself: some family's shape depends on where on
// the x axis the points lie.
bool needsAbsoluteX(const std::vector<FunctionFamily> &families)
{
    return !std::all_of(families.begin(), families.end(), isUnitFree);
}

} // namespace

FeatureEncoder::FeatureEncoder(Preprocessing preprocessing,
                               const std::vector<FunctionFamily> &families)
    : m_preprocessing(preprocessing), m_families(families)
{
    if (families.empty()) {
        throw std::invalid_argument("the feature encoder needs at least one family");
    }
    const bool unitFreeInput = preprocessing == Preprocessing::UnitFree;
    m_xSpan = {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (const FunctionFamily &family : families) {
        m_shapes.emplace_back(family.shape);
        m_spreads.push_back(shapeSpread(m_shapes.back(), family.x));
        m_unitFree.push_back(unitFreeInput && isUnitFree(family));
        if (!m_unitFree.back()) {
            m_xSpan.lo = std::min(m_xSpan.lo, family.x.lo);
            m_xSpan.hi = std::max(m_xSpan.hi, family.x.hi);
        }
    }
    m_absoluteX = unitFreeInput && m_xSpan.lo < m_xSpan.hi;
    m_featureCount = featureCount(preprocessing, families);
    reset();
}

int FeatureEncoder::featureCount(Preprocessing preprocessing,
                                 const std::vector<FunctionFamily> &families)
{
    const int count = static_cast<int>(families.size());
    switch (preprocessing) {
    case Preprocessing::Raw:
        return 2;
    case Preprocessing::FamilyFit:
        return kCommonFeatures + kFamilyFeatures * count;
    case Preprocessing::UnitFree:
        return kUnitFreeCommon + (needsAbsoluteX(families) ? 1 : 0) + kUnitFreeFamily * count;
    }
    return 0;
}

int FeatureEncoder::featureCount() const
{
    return m_featureCount;
}

void FeatureEncoder::reset()
{
    m_count = 0;
    m_xMin = 0.0;
    m_xMax = 0.0;
    m_yMin = 0.0;
    m_yMax = 0.0;
    m_recent.clear();
    m_fits.assign(m_families.size(), FitState{});
}

void FeatureEncoder::restore(const State &state)
{
    if (state.fits.size() != m_families.size()) {
        throw std::invalid_argument("encoder state is for another set of families");
    }
    m_fits = state.fits;
    m_count = state.count;
    m_xMin = state.xMin;
    m_xMax = state.xMax;
    m_yMin = state.yMin;
    m_yMax = state.yMax;
    m_recent = state.recent;
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
    m_xMin = m_count == 1 ? p.x : std::min(m_xMin, p.x);
    m_xMax = m_count == 1 ? p.x : std::max(m_xMax, p.x);
    m_yMin = m_count == 1 ? p.y : std::min(m_yMin, p.y);
    m_yMax = m_count == 1 ? p.y : std::max(m_yMax, p.y);
    updateFits(p);
    const std::size_t first = out.size();
    if (m_preprocessing == Preprocessing::UnitFree) {
        pushUnitFree(p, out);
    } else {
        pushFamilyFit(p, out);
    }
    for (std::size_t i = first; i < out.size(); ++i) {
        out[i] = sanitize(out[i], kFeatureCap);
    }
}

void FeatureEncoder::updateFits(const Point &p)
{
    const double n = m_count;
    for (std::size_t i = 0; i < m_families.size(); ++i) {
        FitState &s = m_fits[i];
        double f = m_shapes[i](p.x);
        // Family-fit input asks whether x lies in the range trained on; unit-free input only
        // whether the family is defined there, unless its shape depends on where x lies.
        const bool inside = m_unitFree[i] ? std::isfinite(f) : m_families[i].x.contains(p.x);
        if (!std::isfinite(f)) {
            f = 0.0; // outside the shape's domain: the in-range flag says so
        }
        // Welford co-moments: stable even when f(x) barely varies.
        const double df = f - s.meanF;
        const double dy = p.y - s.meanY;
        s.meanF += df / n;
        s.meanY += dy / n;
        s.cff += df * (f - s.meanF);
        s.cfy += df * (p.y - s.meanY);
        s.cyy += dy * (p.y - s.meanY);
        if (inside) {
            ++s.inside;
        }
    }
}

void FeatureEncoder::pushUnitFree(const Point &p, std::vector<float> &out)
{
    const double n = m_count;
    out.push_back(static_cast<float>(1.0 / n));
    // Where the points lie relative to x = 0 and to each other: a ratio and a position, which a
    // change of units leaves alone.
    out.push_back(static_cast<float>(m_xMax > 0.0 ? std::max(m_xMin / m_xMax, -1.0) : -1.0));
    out.push_back(static_cast<float>(m_xMax > m_xMin ? (p.x - m_xMin) / (m_xMax - m_xMin) : 1.0));
    if (m_absoluteX) {
        out.push_back(static_cast<float>((p.x - m_xSpan.mid()) / (0.5 * m_xSpan.width())));
    }
    remember(p);
    std::vector<double> misfit(m_fits.size());
    std::vector<double> across(m_fits.size());
    for (std::size_t i = 0; i < m_fits.size(); ++i) {
        misfit[i] = relativeMisfit(m_fits[i], n);
        across[i] = acrossMisfit(i);
    }
    // Against the best family: how clearly it loses, which near-ties need spelt out.
    const double bestMisfit = *std::min_element(misfit.begin(), misfit.end());
    const double bestAcross = *std::min_element(across.begin(), across.end());
    for (std::size_t i = 0; i < m_fits.size(); ++i) {
        out.push_back(static_cast<float>(logShare(misfit[i])));
        out.push_back(static_cast<float>(logShare(across[i])));
        out.push_back(static_cast<float>(evidenceGap(misfit[i], bestMisfit, n)));
        out.push_back(static_cast<float>(evidenceGap(across[i], bestAcross, n)));
        out.push_back(m_fits[i].inside == m_count ? 1.0f : 0.0f);
    }
}

void FeatureEncoder::remember(const Point &p)
{
    const std::size_t stride = 2 + 2 * m_families.size();
    if (m_recent.size() >= kAcrossHistory * stride) {
        m_recent.erase(m_recent.begin(), m_recent.begin() + static_cast<std::ptrdiff_t>(stride));
    }
    m_recent.push_back(p.x);
    m_recent.push_back(p.y);
    for (const ShapeFunction &g : m_shapes) {
        const double h = kSlopeStep * (std::abs(p.x) + (m_absoluteX ? m_xSpan.width() : 0.0));
        const double slope = h > 0.0 ? (g(p.x + h) - g(p.x - h)) / (2.0 * h) : 0.0;
        m_recent.push_back(g(p.x));
        m_recent.push_back(std::isfinite(slope) ? slope : 0.0);
    }
}

double FeatureEncoder::acrossMisfit(std::size_t i) const
{
    const double height = m_yMax - m_yMin;
    if (!(height > 0.0)) {
        return 0.0; // every point at one height: every family fits with k = 0
    }
    const FitState &s = m_fits[i];
    const double k = s.cff > 0.0 ? s.cfy / s.cff : 0.0;
    // A plot fitted to the points: one unit across is its width, one unit up its height. A hand
    // misses by about as much either way, so a steep stretch forgives a larger vertical miss.
    const double stretch = k * (m_xMax - m_xMin) / height;
    const std::size_t stride = 2 + 2 * m_families.size();
    double sum = 0.0;
    double count = 0.0;
    for (std::size_t at = 0; at < m_recent.size(); at += stride) {
        const double g = m_recent[at + 2 + 2 * i];
        if (!std::isfinite(g)) {
            continue;
        }
        const double slope = stretch * m_recent[at + 3 + 2 * i];
        const double r = ((m_recent[at + 1] - s.meanY) - k * (g - s.meanF)) / height;
        sum += r * r / (1.0 + slope * slope);
        count += 1.0;
    }
    if (count == 0.0) {
        return 1.0;
    }
    // Each residual is uncertain by about eps times the offsets it is taken from.
    const double rounding = kRoundingSlack * std::numeric_limits<double>::epsilon() *
                            (std::abs(s.meanY) + std::abs(k * s.meanF)) / height;
    return std::max(std::sqrt(sum / count), rounding);
}

void FeatureEncoder::pushFamilyFit(const Point &p, std::vector<float> &out)
{
    const double n = m_count;
    out.push_back(static_cast<float>((p.x - m_xSpan.mid()) / (0.5 * m_xSpan.width())));
    out.push_back(static_cast<float>(std::asinh(p.y) / 4.0));
    out.push_back(static_cast<float>(1.0 / n));

    for (std::size_t i = 0; i < m_families.size(); ++i) {
        const FunctionFamily &family = m_families[i];
        const FitState &s = m_fits[i];
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

std::vector<Message> FeatureEncoder::featureNames() const
{
    if (m_preprocessing == Preprocessing::Raw) {
        return {Message(CURVELAB_WORDING("curvelab::featureencoder", "x")),
                Message(CURVELAB_WORDING("curvelab::featureencoder", "y"))};
    }
    if (m_preprocessing == Preprocessing::UnitFree) {
        std::vector<Message> names = {
            Message(CURVELAB_WORDING("curvelab::featureencoder", "1/points")),
            Message(CURVELAB_WORDING("curvelab::featureencoder", "left x / right x")),
            Message(CURVELAB_WORDING("curvelab::featureencoder", "x between them"))};
        if (m_absoluteX) {
            names.emplace_back(CURVELAB_WORDING("curvelab::featureencoder", "x (scaled)"));
        }
        for (const FunctionFamily &family : m_families) {
            for (const Wording &what :
                 {CURVELAB_WORDING("curvelab::featureencoder", "%1: misfit"),
                  CURVELAB_WORDING("curvelab::featureencoder", "%1: misfit across"),
                  CURVELAB_WORDING("curvelab::featureencoder", "%1: gap to best"),
                  CURVELAB_WORDING("curvelab::featureencoder", "%1: gap across"),
                  CURVELAB_WORDING("curvelab::featureencoder", "%1: defined")}) {
                names.emplace_back(what, std::vector<MessageArgument>{family.name});
            }
        }
        return names;
    }
    std::vector<Message> names = {
        Message(CURVELAB_WORDING("curvelab::featureencoder", "x (scaled)")),
        Message(CURVELAB_WORDING("curvelab::featureencoder", "asinh(y)/4")),
        Message(CURVELAB_WORDING("curvelab::featureencoder", "1/points"))};
    for (const FunctionFamily &family : m_families) {
        for (const Wording &what :
             {CURVELAB_WORDING("curvelab::featureencoder", "%1: fitted k"),
              CURVELAB_WORDING("curvelab::featureencoder", "%1: fitted b"),
              CURVELAB_WORDING("curvelab::featureencoder", "%1: residual"),
              CURVELAB_WORDING("curvelab::featureencoder", "%1: spread of f"),
              CURVELAB_WORDING("curvelab::featureencoder", "%1: x in range")}) {
            names.emplace_back(what, std::vector<MessageArgument>{family.name});
        }
    }
    return names;
}

} // namespace curvelab
