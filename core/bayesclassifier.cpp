#include "bayesclassifier.h"

#include "leastsquaresbaseline.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>

namespace curvelab {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();
constexpr double kPi = 3.14159265358979323846;
constexpr double kSqrt2 = 1.41421356237309504880;

// Stand-in for zero noise, relative to the size of y. Rounding leaves a family that fits exactly
// a residual of about 1e-16 of y, which this floor forgives; any real misfit of three or more
// points costs so many floor-sigmas that the exact family wins outright.
constexpr double kNoiseFloor = 1e-9;
// A normal's mass beyond this many standard deviations (about 2e-19) is below double precision.
constexpr double kWindowSds = 9.0;
// Where the integrand turns (a normal's peak and shoulders, the edges of the b range), panels
// are cut at these multiples of its width so that each panel sees a smooth, simple piece.
constexpr std::array<double, 7> kCutSds = {-kWindowSds, -3.0, -1.0, 0.0, 1.0, 3.0, kWindowSds};
// Below this log-fit the zero-noise floor's Gaussian is more than kWindowSds sds from the points.
constexpr double kNoFitLog = -0.5 * kWindowSds * kWindowSds;
// Beyond this z, erfc(z/sqrt 2) nears underflow; log Q(z) comes from its asymptotic series.
constexpr double kTailZ = 35.0;
// Gauss-Legendre nodes per panel.
constexpr int kNodes = 16;

struct GaussLegendre
{
    std::array<double, kNodes> node{};
    std::array<double, kNodes> weight{};
};

// Legendre polynomial P_kNodes(z) and its derivative, by the three-term recurrence.
std::pair<double, double> legendre(double z)
{
    double previous = 1.0;
    double current = z;
    for (int j = 2; j <= kNodes; ++j) {
        const double next = ((2 * j - 1) * z * current - (j - 1) * previous) / j;
        previous = current;
        current = next;
    }
    return {current, kNodes * (z * current - previous) / (z * z - 1.0)};
}

const GaussLegendre &gaussLegendre()
{
    static const GaussLegendre rule = [] {
        GaussLegendre r;
        for (int i = 0; i < kNodes; ++i) {
            double z = std::cos(kPi * (i + 0.75) / (kNodes + 0.5)); // close to root i
            for (int step = 0; step < 8; ++step) {
                const auto [p, dp] = legendre(z);
                z -= p / dp;
            }
            const double dp = legendre(z).second;
            r.node[i] = z;
            r.weight[i] = 2.0 / ((1.0 - z * z) * dp * dp);
        }
        return r;
    }();
    return rule;
}

// Sums terms given by their logarithms without overflow or underflow.
class LogSum
{
public:
    void add(double logTerm)
    {
        if (!(logTerm > kNegInf)) {
            return;
        }
        if (logTerm > m_max) {
            m_sum = m_sum * std::exp(m_max - logTerm) + 1.0;
            m_max = logTerm;
        } else {
            m_sum += std::exp(logTerm - m_max);
        }
    }
    double value() const { return m_sum > 0.0 ? m_max + std::log(m_sum) : kNegInf; }

private:
    double m_max = kNegInf;
    double m_sum = 0.0;
};

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

// log of the integral of exp(logF) over [lo, hi], in Gauss-Legendre panels cut at `cuts`.
template <typename LogF>
double logIntegral(double lo, double hi, std::vector<double> cuts, LogF logF)
{
    for (double &c : cuts) {
        c = std::isnan(c) ? lo : std::clamp(c, lo, hi); // NaN would break the sort
    }
    cuts.push_back(lo);
    cuts.push_back(hi);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const GaussLegendre &rule = gaussLegendre();
    LogSum sum;
    for (std::size_t p = 0; p + 1 < cuts.size(); ++p) {
        const double half = 0.5 * (cuts[p + 1] - cuts[p]);
        const double mid = 0.5 * (cuts[p + 1] + cuts[p]);
        for (int i = 0; i < kNodes; ++i) {
            sum.add(std::log(half * rule.weight[i]) + logF(mid + half * rule.node[i]));
        }
    }
    return sum.value();
}

void appendCuts(std::vector<double> &cuts, double centre, double sd)
{
    for (double m : kCutSds) {
        cuts.push_back(centre + m * sd);
    }
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

std::vector<double> normalisedExp(const std::vector<double> &logs)
{
    double best = kNegInf;
    for (double l : logs) {
        best = std::max(best, l); // NaN never wins a comparison
    }
    std::vector<double> p(logs.size(), 1.0);
    if (best > kNegInf) {
        std::transform(logs.begin(), logs.end(), p.begin(),
                       [&](double l) { return l > kNegInf ? std::exp(l - best) : 0.0; });
    }
    double total = 0.0;
    for (double v : p) {
        total += v;
    }
    for (double &v : p) {
        v /= total;
    }
    return p;
}

} // namespace

BayesClassifier::BayesClassifier(const CurveGenerator &generator) : m_config(generator.config())
{
    for (std::size_t i = 0; i < m_config.families.size(); ++i) {
        m_shapes.emplace_back(m_config.families[i].shape);
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
    if (!std::all_of(points.begin(), points.end(),
                     [&](const Point &p) { return fam.x.contains(p.x); })) {
        return kNegInf;
    }
    std::vector<double> f(points.size());
    std::transform(points.begin(), points.end(), f.begin(),
                   [&](const Point &p) { return m_shapes[index](p.x); });
    const double logX = -static_cast<double>(points.size()) * std::log(fam.x.width());
    const double noise = effectiveNoise(m_config.noise, points);
    const bool noiseFree = m_config.noise == 0.0;
    if (m_config.kbMode == KbMode::FixedPerRun) {
        return logX +
               logKnownKbLikelihood(f, points, m_fixedK[index], m_fixedB[index], noise, noiseFree);
    }
    return logX + logMarginalLikelihood(fam, fitLine(f, points), noise, noiseFree);
}

} // namespace curvelab
