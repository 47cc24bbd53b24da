#include "memorysoak.h"

#include <algorithm>
#include <fstream>
#include <malloc.h>
#include <set>
#include <stdexcept>
#include <unistd.h>

namespace curvelab::bench {

namespace {

constexpr double kBytesPerMiB = 1024.0 * 1024.0;

} // namespace

MemorySample sampleMemory(long step, long sequences, double seconds)
{
    // statm counts pages: total program size, then resident.
    std::ifstream statm("/proc/self/statm");
    long sizePages = 0;
    long residentPages = 0;
    if (!(statm >> sizePages >> residentPages)) {
        throw std::runtime_error("cannot read /proc/self/statm");
    }
    const struct mallinfo2 heap = mallinfo2();
    MemorySample s;
    s.step = step;
    s.sequences = sequences;
    s.seconds = seconds;
    s.rssMiB = static_cast<double>(residentPages) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
               kBytesPerMiB;
    s.heapMiB = static_cast<double>(heap.uordblks + heap.hblkhd) / kBytesPerMiB;
    return s;
}

MemorySoak::MemorySoak(long warmupStep, double maxGrowthMiB)
    : m_warmupStep(warmupStep), m_maxGrowthMiB(maxGrowthMiB)
{
}

void MemorySoak::record(const MemorySample &sample)
{
    m_samples.push_back(sample);
}

std::size_t MemorySoak::warmIndex() const
{
    const auto it = std::find_if(m_samples.begin(), m_samples.end(),
                                 [&](const MemorySample &s) { return s.step >= m_warmupStep; });
    if (it == m_samples.end()) {
        throw std::logic_error("no memory sample at or after the warm-up step " +
                               std::to_string(m_warmupStep));
    }
    return static_cast<std::size_t>(it - m_samples.begin());
}

MemorySoak::Verdict MemorySoak::verdict() const
{
    const std::size_t warm = warmIndex();
    Verdict v;
    v.start = m_samples.front();
    v.warm = m_samples[warm];
    v.end = m_samples.back();
    for (std::size_t i = warm; i < m_samples.size(); ++i) {
        v.peakRssMiB = std::max(v.peakRssMiB, m_samples[i].rssMiB);
    }
    v.growthMiB = v.end.rssMiB - v.warm.rssMiB;
    v.passed = v.growthMiB <= m_maxGrowthMiB;
    return v;
}

bool MemorySoak::print(std::FILE *out, std::size_t maxRows) const
{
    const Verdict v = verdict();
    const std::size_t warm = warmIndex();
    const std::size_t last = m_samples.size() - 1;
    std::set<std::size_t> rows = {0, warm, last};
    const std::size_t spread = std::max<std::size_t>(maxRows, rows.size()) - rows.size();
    for (std::size_t r = 1; r <= spread && last > 0; ++r) {
        rows.insert(r * last / (spread + 1));
    }
    std::fprintf(out, "%10s %12s %9s %9s %9s\n", "step", "sequences", "seconds", "RSS MiB",
                 "heap MiB");
    for (const std::size_t i : rows) {
        const MemorySample &s = m_samples[i];
        std::fprintf(out, "%10ld %12ld %9.1f %9.1f %9.1f%s\n", s.step, s.sequences, s.seconds,
                     s.rssMiB, s.heapMiB, i == warm ? "   <- end of warm-up" : "");
    }
    std::fprintf(out,
                 "RSS: start %.1f MiB, after warm-up (step %ld) %.1f MiB, end %.1f MiB, peak after "
                 "warm-up %.1f MiB\n",
                 v.start.rssMiB, v.warm.step, v.warm.rssMiB, v.end.rssMiB, v.peakRssMiB);
    std::fprintf(out, "heap in use: after warm-up %.1f MiB, end %.1f MiB (%+.1f MiB)\n",
                 v.warm.heapMiB, v.end.heapMiB, v.end.heapMiB - v.warm.heapMiB);
    std::fprintf(out,
                 "verdict: %s: RSS grew %+.1f MiB after warm-up (bound %.1f MiB), %zu samples\n",
                 v.passed ? "PASS" : "FAIL", v.growthMiB, m_maxGrowthMiB, m_samples.size());
    return v.passed;
}

} // namespace curvelab::bench
