#include "latencystats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace curvelab::bench {

namespace {

// The value below which a fraction q of the sorted samples lie (nearest rank).
double quantile(const std::vector<double> &sorted, double q)
{
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank > 0 ? rank - 1 : 0)];
}

} // namespace

LatencySummary summarize(std::vector<double> samples, double bound)
{
    std::sort(samples.begin(), samples.end());
    LatencySummary s;
    s.median = quantile(samples, 0.5);
    s.p99 = quantile(samples, 0.99);
    s.mean =
        std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    s.max = samples.back();
    const auto within = std::upper_bound(samples.begin(), samples.end(), bound) - samples.begin();
    s.withinBound = static_cast<double>(within) / static_cast<double>(samples.size());
    return s;
}

} // namespace curvelab::bench
