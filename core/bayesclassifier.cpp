#include "bayesclassifier.h"

#include "drawnevidence.h"
#include "leastsquaresbaseline.h"
#include "logquadrature.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>

namespace curvelab {

namespace {

constexpr double kNegInf = kLogZero;
constexpr double kPi = 3.14159265358979323846;
constexpr double kSqrt2 = 1.41421356237309504880;

// Stand-in for zero noise, relative to the size of y. Rounding leaves a family that fits exactly
// a residual of about 1e-16 of y, which this floor forgives; any real misfit of three or more
// points costs so many floor-sigmas that the exact family wins outright.
constexpr double kNoiseFloor = 1e-9;
// Below this log-fit the zero-noise floor's Gaussian is more than kWindowSds sds from the points.
constexpr double kNoFitLog = -0.5 * kWindowSds * kWindowSds;
// Beyond this z, erfc(z/sqrt 2) nears underflow; log Q(z) comes from its asymptotic series.
constexpr double kTailZ = 35.0;
// log Q(z) = log P(Z > z) for a standard normal Z, finite however far out z is.
double logUpperTail(double z)
{
    if (z < kTailZ) {
        return std::log(0.5 * std::erfc(z / kSqrt2));
    }
    const double r = 1.0 / (z * z);
    return -0.5 * z * z - std::log(z) - 0.5 * std::log(2.0 * kPi) +
           std::log1p(r * (-1.0 + r * (3.0 + r * (-15.0 + r * 105.0))));
}

// log(e^a - e^b) for a >= b.
double logDiffExp(double a, double b)
{
    return b == kNegInf ? a : a + std::log(-std::expm1(b - a));
}

// log(Phi(hi) - Phi(lo)): works from the nearer tail so that neither end cancels away.
double logNormalMass(double lo, double hi)
{
    if (!(lo < hi)) {
        return kNegInf;
    }
    if (lo >= 0.0) {
        return logDiffExp(logUpperTail(lo), logUpperTail(hi));
    }
    if (hi <= 0.0) {
        return logDiffExp(logUpperTail(-hi), logUpperTail(-lo));
    }
    return std::log(0.5 * (std::erf(hi / kSqrt2) + std::erf(-lo / kSqrt2)));
}

double logNormalMass(const Range &range, double mean, double sd)
{
    return logNormalMass((range.lo - mean) / sd, (range.hi - mean) / sd);
}

// Noise below the floor is indistinguishable from rounding, and would overflow the Gaussian.
double effectiveNoise(double noise, const PointSequence &points)
{
    double scale = 1.0;
    for (const Point &p : points) {
        scale = std::max(scale, std::abs(p.y));
    }
    return std::max(noise, kNoiseFloor * scale);
}

// The points constrain (k, b) through
//   RSS(k, b) = rss + sff (k - kHat)^2 + n (b - (yMean - fMean k))^2,
// so given k, b is normal about yMean - fMean k with sd s / sqrt(n): the chance that it lands in
// the b range is a difference of two normal CDFs, and only an integral over k is left.
class KbBox
{
public:
    KbBox(const FunctionFamily &family, const LineFit &fit, double noise)
        : m_family(family), m_fit(fit), m_sdB(noise / std::sqrt(fit.n)),
          m_sdK(fit.determined ? noise / std::sqrt(fit.sff) : 0.0)
    {
    }

    // The sd of k about kHat when the points pin k down.
    double sdK() const { return m_sdK; }

    // log P(theta in the box) for theta ~ N(thetaHat, s^2 G^-1), when the points pin k down.
    double logPinnedK() const
    {
        const Range &range = m_family.k;
        const double lo = std::max(range.lo, m_fit.k - kWindowSds * m_sdK);
        const double hi = std::min(range.hi, m_fit.k + kWindowSds * m_sdK);
        if (!(lo < hi)) {
            // kHat lies far outside the range: the normal's sliver inside it sits at one edge.
            const double edge = m_fit.k < range.lo ? range.lo : range.hi;
            return logNormalMass(range, m_fit.k, m_sdK) + logBInRange(edge);
        }
        std::vector<double> cuts = stepCuts();
        appendCuts(cuts, m_fit.k, m_sdK);
        const double logPeak = -std::log(std::sqrt(2.0 * kPi) * m_sdK);
        return logIntegral(lo, hi, std::move(cuts), [&](double k) {
            const double z = (k - m_fit.k) / m_sdK;
            return logPeak - 0.5 * z * z + logBInRange(k);
        });
    }

    // log of the mean over the k range of P(b in range | k), when the points leave k free.
    double logFreeK() const
    {
        const Range &range = m_family.k;
        return logIntegral(range.lo, range.hi, stepCuts(),
                           [this](double k) { return logBInRange(k); }) -
               std::log(range.width());
    }

    // The zero-noise limit of logFreeK(): the share of the k range that puts yMean - k f in the
    // b range.
    double logReachableK() const
    {
        const Range &k = m_family.k;
        const Range &b = m_family.b;
        const double f = m_fit.fMean;
        if (f == 0.0) {
            return b.contains(m_fit.yMean) ? 0.0 : kNegInf;
        }
        const double a = (m_fit.yMean - b.hi) / f;
        const double c = (m_fit.yMean - b.lo) / f;
        const double length = std::min(k.hi, std::max(a, c)) - std::max(k.lo, std::min(a, c));
        return length > 0.0 ? std::log(length / k.width()) : kNegInf;
    }

private:
    double logBInRange(double k) const
    {
        return logNormalMass(m_family.b, m_fit.yMean - m_fit.fMean * k, m_sdB);
    }

    // Panel cuts around the edges of the b range as seen along k, where the CDFs step.
    std::vector<double> stepCuts() const
    {
        std::vector<double> cuts;
        if (m_fit.fMean != 0.0) {
            const double width = m_sdB / std::abs(m_fit.fMean);
            appendCuts(cuts, (m_fit.yMean - m_family.b.lo) / m_fit.fMean, width);
            appendCuts(cuts, (m_fit.yMean - m_family.b.hi) / m_fit.fMean, width);
        }
        return cuts;
    }

    const FunctionFamily &m_family;
    const LineFit &m_fit;
    double m_sdB;
    double m_sdK;
};

// log p(y | x, family) with k and b uniform on their ranges and Gaussian noise s:
//   (2 pi s^2)^(-(n-1)/2) n^(-1/2) exp(-rss / (2 s^2)) / (Wk Wb)
//   * integral over the k range of exp(-sff (k - kHat)^2 / (2 s^2)) P(b in range | k) dk,
// the integral being sqrt(2 pi) sdK P(box) when k is pinned down and Wk times a mean otherwise.
double logMarginalLikelihood(const FunctionFamily &family, const LineFit &fit, double noise,
                             bool noiseFree)
{
    const KbBox box(family, fit, noise);
    const double n = fit.n;
    double logScale = -std::log(family.k.width() * family.b.width()) -
                      0.5 * (n - 1.0) * std::log(2.0 * kPi * noise * noise) - 0.5 * std::log(n);
    // How well the family fits: a misfit and a chance, so at most 0 where the fit is perfect.
    double logFit = -fit.rss / (2.0 * noise * noise);
    if (fit.determined) {
        logScale += std::log(std::sqrt(2.0 * kPi) * box.sdK());
        logFit += box.logPinnedK();
    } else if (!noiseFree) {
        logScale += std::log(family.k.width());
        logFit += box.logFreeK();
    } else {
        // The k share is exact here, not a floor artefact, so it stays out of the fit test below.
        logScale += std::log(family.k.width()) + box.logReachableK();
    }
    // Without noise the floor is a numerical device: a family that the floor cannot bring within
    // many of its sds of the points cannot have produced them at all.
    if (noiseFree && logFit < kNoFitLog) {
        return kNegInf;
    }
    return logScale + logFit;
}

// log p(y | x) for known k and b. Without noise the points lie on the curve, to within the floor,
// or cannot have come from it.
double logKnownKbLikelihood(const std::vector<double> &f, const PointSequence &points, double k,
                            double b, double noise, bool noiseFree)
{
    double logL = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double r = points[i].y - (k * f[i] + b);
        if (noiseFree) {
            if (!(std::abs(r) <= noise)) {
                return kNegInf;
            }
        } else {
            logL += -0.5 * (r / noise) * (r / noise) - 0.5 * std::log(2.0 * kPi * noise * noise);
        }
    }
    return logL;
}

// Levels standing for NoiseSpread::PerSequence's log-uniform part, the midpoints of equal shares.
constexpr int kNoiseGrid = 20;

// The noise levels the generator draws, with their probabilities.
std::vector<std::pair<double, double>> noiseLevels(const GeneratorConfig &config)
{
    if (config.noiseSpread == NoiseSpread::Fixed || config.noise == 0.0) {
        return {{config.noise, 1.0}};
    }
    const NoisePrior prior = noisePrior(config.world);
    std::vector<std::pair<double, double>> levels{{0.0, prior.exactShare}};
    const double share = (1.0 - prior.exactShare) / kNoiseGrid;
    for (int i = 0; i < kNoiseGrid; ++i) {
        const double level = config.noise * std::pow(prior.lowestShare, (i + 0.5) / kNoiseGrid);
        levels.emplace_back(level, share);
    }
    return levels;
}

} // namespace

BayesClassifier::BayesClassifier(const CurveGenerator &generator)
    : m_config(generator.config()), m_levels(noiseLevels(m_config))
{
    for (std::size_t i = 0; i < m_config.families.size(); ++i) {
        m_shapes.emplace_back(m_config.families[i].shape);
        m_unitFree.push_back(isUnitFree(m_config.families[i]));
        m_fixedK.push_back(generator.fixedK(static_cast<int>(i)));
        m_fixedB.push_back(generator.fixedB(static_cast<int>(i)));
    }
}

std::vector<double> BayesClassifier::posterior(const PointSequence &points) const
{
    std::vector<double> logs(m_config.families.size(), 0.0);
    if (!points.empty()) {
        for (std::size_t i = 0; i < logs.size(); ++i) {
            logs[i] = logEvidence(static_cast<int>(i), points);
        }
    }
    // The families are equally likely a priori, so the evidence alone decides.
    return normalisedExp(logs);
}

int BayesClassifier::classify(const PointSequence &points) const
{
    const std::vector<double> p = posterior(points);
    return static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
}

double BayesClassifier::logEvidence(int family, const PointSequence &points) const
{
    const auto index = static_cast<std::size_t>(family);
    const FunctionFamily &fam = m_config.families[index];
    LogSum mixture; // over the noise levels the generator draws
    if (m_config.world == CurveWorld::Drawn) {
        const DrawnEvidence evidence(fam, m_shapes[index], m_unitFree[index], points);
        if (!evidence.possible()) {
            return kNegInf;
        }
        for (const auto &[level, probability] : m_levels) {
            mixture.add(std::log(probability) + evidence.logEvidence(level));
        }
        return mixture.value();
    }
    if (!std::all_of(points.begin(), points.end(),
                     [&](const Point &p) { return fam.x.contains(p.x); })) {
        return kNegInf;
    }
    std::vector<double> f(points.size());
    std::transform(points.begin(), points.end(), f.begin(),
                   [&](const Point &p) { return m_shapes[index](p.x); });
    const double logX = -static_cast<double>(points.size()) * std::log(fam.x.width());
    const LineFit fit = fitLine(f, points);
    for (const auto &[level, probability] : m_levels) {
        const double noise = effectiveNoise(level, points);
        const bool noiseFree = level == 0.0;
        const double logL = m_config.kbMode == KbMode::FixedPerRun
                                ? logKnownKbLikelihood(f, points, m_fixedK[index], m_fixedB[index],
                                                       noise, noiseFree)
                                : logMarginalLikelihood(fam, fit, noise, noiseFree);
        mixture.add(std::log(probability) + logL);
    }
    return logX + mixture.value();
}

} // namespace curvelab
