#include "logquadrature.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace curvelab {

namespace {

constexpr double kPi = 3.14159265358979323846;
// Panels are cut at these multiples of a peak's width.
constexpr std::array<double, 7> kCutSds = {-kWindowSds, -3.0, -1.0, 0.0, 1.0, 3.0, kWindowSds};
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

} // namespace

void LogSum::add(double logTerm)
{
    if (!(logTerm > kLogZero)) {
        return;
    }
    if (logTerm > m_max) {
        m_sum = m_sum * std::exp(m_max - logTerm) + 1.0;
        m_max = logTerm;
    } else {
        m_sum += std::exp(logTerm - m_max);
    }
}

double LogSum::value() const
{
    return m_sum > 0.0 ? m_max + std::log(m_sum) : kLogZero;
}

double logIntegral(double lo, double hi, std::vector<double> cuts,
                   const std::function<double(double)> &logF)
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

std::vector<double> normalisedExp(const std::vector<double> &logs)
{
    double best = kLogZero;
    for (double l : logs) {
        best = std::max(best, l); // NaN never wins a comparison
    }
    std::vector<double> p(logs.size(), 1.0);
    if (best > kLogZero) {
        std::transform(logs.begin(), logs.end(), p.begin(),
                       [&](double l) { return l > kLogZero ? std::exp(l - best) : 0.0; });
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

} // namespace curvelab
