#pragma once

#include <vector>

namespace curvelab::bench {

// What the latency benchmarks report of a set of timings.
struct LatencySummary
{
    double median = 0.0;
    double p99 = 0.0;
    double mean = 0.0;
    double max = 0.0;
    // Share of the samples at or below the bound given to summarize().
    double withinBound = 0.0;
};

// Nearest-rank quantiles; `samples` must not be empty.
LatencySummary summarize(std::vector<double> samples, double bound = 0.0);

} // namespace curvelab::bench
