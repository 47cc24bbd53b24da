#include "curvegenerator.h"

#include "message.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace curvelab {

namespace {

// The drawn world (docs/drawnworld.md). |k|, |b| and the right end of a unit-free family's x
// window span this many decades either side of 1: a person's units may be anything.
constexpr double kScaleDecades = 3.0;
// Share of unit-free windows that start at x = 0 (a measurement from rest, a curve drawn from
// the origin); the others start at a random share of their right end, up to this one (narrow
// windows far from 0, where every shape looks almost straight).
constexpr double kFromOriginShare = 0.2;
constexpr double kNarrowestStart = 0.6;
// A family that is not unit-free draws its window inside its own x range, from this share of the
// range up to all of it.
constexpr double kNarrowestShare = 0.1;
// Share of sequences whose x are spread evenly over the window, each within this share of a gap
// of its place.
constexpr double kEvenShare = 0.5;
constexpr double kEvenJitter = 0.3;
// Share of curves with b = 0: many measurements pass through the origin. The others are offset by
// up to this many decades either side of the curve's height.
constexpr double kOffsetDecades = 2.0;
constexpr double kZeroBShare = 0.2;
// As a hand clicks: now and then right to left, and an occasional slip between neighbours.
constexpr double kRightToLeftShare = 0.1;
constexpr double kSlipShare = 0.1;
// Probes of a curve's height across its window.
constexpr int kExtentProbes = 33;
// Draws of a jittered x before the aimed x is kept as it is (it must stay where the family is
// defined).
constexpr int kJitterAttempts = 16;

} // namespace

std::string toString(CurveWorld world)
{
    return world == CurveWorld::Drawn ? "drawn" : "seed";
}

std::string toString(XOrder order)
{
    switch (order) {
    case XOrder::Random:
        return "random";
    case XOrder::Sorted:
        return "sorted";
    case XOrder::MostlySorted:
        return "mostly-sorted";
    }
    return "random";
}

CurveWorld curveWorldFromString(const std::string &name)
{
    for (CurveWorld w : {CurveWorld::Seed, CurveWorld::Drawn}) {
        if (toString(w) == name) {
            return w;
        }
    }
    throw InvalidInput(Message(
        CURVELAB_WORDING("curvelab::curvegenerator", "unknown world \"%1\" (seed or drawn)"),
        {name}));
}

XOrder xOrderFromString(const std::string &name)
{
    for (XOrder o : {XOrder::Random, XOrder::Sorted, XOrder::MostlySorted}) {
        if (toString(o) == name) {
            return o;
        }
    }
    throw InvalidInput(Message(CURVELAB_WORDING("curvelab::curvegenerator",
                                                "unknown x order \"%1\" (random, sorted or "
                                                "mostly-sorted)"),
                               {name}));
}

NoisePrior noisePrior(CurveWorld world)
{
    // Seed: exact points most of the time, so that two or three exact points are still read as
    // sharply as a network trained on exact points alone (within a point of the ceiling), and
    // noise over five decades. Drawn: a quarter exact (typed values), the rest a hand's jitter.
    return world == CurveWorld::Seed ? NoisePrior{0.6, 1e-5} : NoisePrior{0.25, 1e-2};
}

void validateGenerator(const GeneratorConfig &config)
{
    validateFamilies(config.families);
    if (config.length < 1) {
        throw InvalidInput(Message(
            CURVELAB_WORDING("curvelab::curvegenerator", "sequence length must be at least 1")));
    }
    // The references square the noise level and sum over points: beyond this bound the Bayes
    // ceiling overflows and would fall below the model (measured at 1e300: 32% where 1e12 gives
    // the right 57%).
    constexpr double kMaxNoise = 1e12;
    if (!(config.noise >= 0.0) || !(config.noise <= kMaxNoise)) {
        throw InvalidInput(Message(CURVELAB_WORDING("curvelab::curvegenerator",
                                                    "noise must be a number between 0 and 1e12")));
    }
    if (config.world == CurveWorld::Drawn && config.kbMode == KbMode::FixedPerRun) {
        throw InvalidInput(Message(CURVELAB_WORDING("curvelab::curvegenerator",
                                                    "k and b fixed for a run belong to the seed "
                                                    "world (the accepted answer); the drawn world "
                                                    "draws them at any scale")));
    }
}

CurveGenerator::CurveGenerator(GeneratorConfig config)
    : m_config(std::move(config)), m_rng(m_config.seed)
{
    validateGenerator(m_config);
    m_shapes.reserve(m_config.families.size());
    for (const FunctionFamily &family : m_config.families) {
        m_shapes.emplace_back(family.shape);
        m_unitFree.push_back(m_config.world == CurveWorld::Drawn && isUnitFree(family));
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    m_fixedUk = unit(m_rng);
    m_fixedUb = unit(m_rng);
}

double CurveGenerator::draw(const Range &range)
{
    return std::uniform_real_distribution<double>(range.lo, range.hi)(m_rng);
}

double CurveGenerator::drawDefinedX(const FunctionFamily &family, const ShapeFunction &shape,
                                    const Range &range)
{
    // validateFamily() probes the range, but a pole between two probes (k/(x-5.001)+b) can still
    // be hit: draw again rather than feed NaN or infinity to the network.
    constexpr int kAttempts = 64;
    for (int i = 0; i < kAttempts; ++i) {
        const double x = draw(range);
        if (std::isfinite(shape(x))) {
            return x;
        }
    }
    throw Refusal(Message(CURVELAB_WORDING("curvelab::curvegenerator",
                                           "family \"%1\": %2 is undefined almost everywhere "
                                           "on its x range"),
                          {family.name, family.formula()}));
}

CurveGenerator CurveGenerator::reseeded(std::uint64_t seed) const
{
    CurveGenerator copy(*this);
    copy.m_config.seed = seed;
    copy.m_rng.seed(seed);
    return copy;
}

double CurveGenerator::fixedK(int family) const
{
    const Range &k = m_config.families.at(family).k;
    return k.lo + m_fixedUk * k.width();
}

double CurveGenerator::fixedB(int family) const
{
    const Range &b = m_config.families.at(family).b;
    return b.lo + m_fixedUb * b.width();
}

LabelledSequence CurveGenerator::next()
{
    return next(m_config.length);
}

LabelledSequence CurveGenerator::next(int length)
{
    const int familyCount = static_cast<int>(m_config.families.size());
    const int family = std::uniform_int_distribution<int>(0, familyCount - 1)(m_rng);
    return sample(family, length);
}

double CurveGenerator::drawNoiseLevel()
{
    if (m_config.noiseSpread == NoiseSpread::Fixed || m_config.noise == 0.0) {
        return m_config.noise;
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const NoisePrior prior = noisePrior(m_config.world);
    if (unit(m_rng) < prior.exactShare) {
        return 0.0;
    }
    return m_config.noise * std::pow(prior.lowestShare, unit(m_rng));
}

void CurveGenerator::order(PointSequence::iterator first, PointSequence::iterator last)
{
    const auto byX = [](const Point &a, const Point &b) { return a.x < b.x; };
    switch (m_config.xOrder) {
    case XOrder::Random:
        return;
    case XOrder::Sorted:
        std::sort(first, last, byX);
        return;
    case XOrder::MostlySorted: {
        std::sort(first, last, byX);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        if (unit(m_rng) < kRightToLeftShare) {
            std::reverse(first, last);
        }
        for (auto p = first; p != last && p + 1 != last; ++p) {
            if (unit(m_rng) < kSlipShare) {
                std::iter_swap(p, p + 1);
            }
        }
        return;
    }
    }
}

LabelledSequence CurveGenerator::sample(int family, int length)
{
    LabelledSequence s;
    s.label = family;
    s.points.resize(static_cast<std::size_t>(std::max(length, 0)));
    s.noise = drawNoiseLevel();
    const ShapeFunction &shape = m_shapes.at(static_cast<std::size_t>(family));
    if (m_config.world == CurveWorld::Drawn) {
        sampleDrawn(s, shape);
    } else {
        sampleSeed(s, shape);
    }
    return s;
}

void CurveGenerator::sampleSeed(LabelledSequence &s, const ShapeFunction &shape)
{
    const FunctionFamily &f = m_config.families[static_cast<std::size_t>(s.label)];
    if (m_config.kbMode == KbMode::FixedPerRun) {
        s.k = fixedK(s.label);
        s.b = fixedB(s.label);
    } else {
        s.k = draw(f.k);
        s.b = draw(f.b);
    }
    for (Point &p : s.points) {
        p.x = drawDefinedX(f, shape, f.x);
    }
    order(s.points.begin(), s.points.end());
    std::normal_distribution<double> noise(0.0, 1.0);
    for (Point &p : s.points) {
        p.y = s.k * shape(p.x) + s.b;
        if (s.noise > 0.0) {
            p.y += s.noise * noise(m_rng);
        }
    }
}

Range CurveGenerator::drawWindow(int family)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const FunctionFamily &f = m_config.families[static_cast<std::size_t>(family)];
    if (!m_unitFree[static_cast<std::size_t>(family)]) {
        const double width = f.x.width() * std::pow(kNarrowestShare, unit(m_rng));
        const double lo = f.x.lo + (f.x.width() - width) * unit(m_rng);
        return {lo, lo + width};
    }
    const double hi = std::pow(10.0, kScaleDecades * (2.0 * unit(m_rng) - 1.0));
    const double start = unit(m_rng) < kFromOriginShare ? 0.0 : kNarrowestStart * unit(m_rng);
    return {start * hi, hi};
}

void CurveGenerator::placeAcross(PointSequence::iterator first, PointSequence::iterator last,
                                 int family, const Range &window)
{
    const FunctionFamily &f = m_config.families[static_cast<std::size_t>(family)];
    const ShapeFunction &shape = m_shapes[static_cast<std::size_t>(family)];
    const auto count = static_cast<double>(last - first);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // Half the time the x are spread evenly, as a hand spreads its clicks along a curve or a lab
    // table its settings; else drawn uniformly.
    const bool even = unit(m_rng) < kEvenShare && count > 1;
    for (auto p = first; p != last; ++p) {
        const double place =
            (static_cast<double>(p - first) + kEvenJitter * (2.0 * unit(m_rng) - 1.0)) /
            (count - 1.0);
        const double x = window.lo + window.width() * std::clamp(place, 0.0, 1.0);
        p->x = even && std::isfinite(shape(x)) ? x : drawDefinedX(f, shape, window);
    }
    order(first, last);
}

void CurveGenerator::sampleDrawn(LabelledSequence &s, const ShapeFunction &shape)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto magnitude = [&] {
        return std::pow(10.0, kScaleDecades * (2.0 * unit(m_rng) - 1.0));
    };
    const auto sign = [&] { return unit(m_rng) < 0.5 ? -1.0 : 1.0; };
    const FunctionFamily &f = m_config.families[static_cast<std::size_t>(s.label)];
    const bool unitFree = m_unitFree[static_cast<std::size_t>(s.label)];
    const Range window = drawWindow(s.label);
    s.k = sign() * magnitude();
    // The curve's height over its window: the plot a person draws on is fitted to it.
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int i = 0; i < kExtentProbes; ++i) {
        const double g = shape(window.at(static_cast<double>(i) / (kExtentProbes - 1)));
        if (std::isfinite(g)) {
            lo = std::min(lo, g);
            hi = std::max(hi, g);
        }
    }
    const double height = hi > lo ? std::abs(s.k) * (hi - lo) : 0.0;
    // An offset of any size, but measured against the curve's own height: no drawing or
    // measurement shows a curve 10^12 times smaller than its distance from 0.
    s.b = unit(m_rng) < kZeroBShare
              ? 0.0
              : sign() * height * std::pow(10.0, kOffsetDecades * (2.0 * unit(m_rng) - 1.0));
    // Where a jittered x may land: x > 0 for a unit-free family, its own range for another.
    const Range allowed = unitFree ? Range{0.0, std::numeric_limits<double>::infinity()} : f.x;
    std::normal_distribution<double> noise(0.0, 1.0);
    // A first pass across the whole curve, then more points on it: the guess after the first
    // pass is that of a complete drawing of a few points, and the later ones refine it.
    const std::size_t firstPass =
        s.points.size() < 2 ? s.points.size()
                            : std::uniform_int_distribution<std::size_t>(2, s.points.size())(m_rng);
    placeAcross(s.points.begin(), s.points.begin() + static_cast<std::ptrdiff_t>(firstPass),
                s.label, window);
    placeAcross(s.points.begin() + static_cast<std::ptrdiff_t>(firstPass), s.points.end(), s.label,
                window);
    for (Point &p : s.points) {
        // The hand aims at a point of the curve and misses by a little in x and in y.
        p.y = s.k * shape(p.x) + s.b + s.noise * height * noise(m_rng);
        for (int i = 0; i < kJitterAttempts && s.noise > 0.0; ++i) {
            const double x = p.x + s.noise * window.width() * noise(m_rng);
            if (x > allowed.lo && allowed.contains(x) && std::isfinite(shape(x))) {
                p.x = x;
                break;
            }
        }
    }
}

std::vector<LabelledSequence> CurveGenerator::batch(int count, int length)
{
    std::vector<LabelledSequence> out;
    out.reserve(static_cast<std::size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        out.push_back(next(length));
    }
    return out;
}

} // namespace curvelab
