#pragma once

#include <cstdio>
#include <vector>

namespace curvelab::bench {

// The process's memory at one moment of a long training run.
struct MemorySample
{
    long step = 0;
    long sequences = 0;
    double seconds = 0.0; // since the soak began
    double rssMiB = 0.0;  // resident set, from /proc/self/statm
    // Bytes malloc has handed out and not taken back (mallinfo2, all arenas, mmapped blocks
    // included): growth here without RSS growth is harmless, growth in RSS without it is the
    // allocator holding freed memory.
    double heapMiB = 0.0;
};

// Reads the process's resident set and heap in use now. Throws std::runtime_error if
// /proc/self/statm cannot be read.
MemorySample sampleMemory(long step, long sequences, double seconds);

// The samples of a soak and its verdict: resident memory may grow while the run warms up (the
// allocator's pools, Adam's state, bounded histories filling), but by no more than a bound from
// the end of the warm-up to the end of the run.
class MemorySoak
{
public:
    struct Verdict
    {
        MemorySample start;      // the first sample
        MemorySample warm;       // the first sample at or after the warm-up step
        MemorySample end;        // the last sample
        double peakRssMiB = 0.0; // the largest RSS from the warm-up sample on
        double growthMiB = 0.0;  // end.rssMiB - warm.rssMiB
        bool passed = false;
    };

    MemorySoak(long warmupStep, double maxGrowthMiB);

    void record(const MemorySample &sample);
    const std::vector<MemorySample> &samples() const { return m_samples; }
    long warmupStep() const { return m_warmupStep; }

    // Throws std::logic_error unless some sample lies at or after the warm-up step.
    Verdict verdict() const;
    // At most `maxRows` samples, spread evenly, always with the first, the warm-up's and the
    // last; then the verdict. Returns whether the soak passed.
    bool print(std::FILE *out, std::size_t maxRows) const;

private:
    std::size_t warmIndex() const;

    long m_warmupStep = 0;
    double m_maxGrowthMiB = 0.0;
    std::vector<MemorySample> m_samples;
};

} // namespace curvelab::bench
