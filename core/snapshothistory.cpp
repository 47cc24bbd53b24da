#include "snapshothistory.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace curvelab {

SnapshotHistory::SnapshotHistory(std::size_t capacity) : m_capacity(capacity)
{
    if (capacity < 2) {
        throw std::invalid_argument("a snapshot history keeps at least the first and the newest");
    }
}

long SnapshotHistory::slotOf(long step) const
{
    return (step - m_kept.front().step) / m_interval;
}

long SnapshotHistory::lastGridStep() const
{
    // The first snapshot is always on the grid, so an off-grid newest has one before it.
    return m_kept[m_kept.size() - (m_newestOffGrid ? 2 : 1)].step;
}

void SnapshotHistory::offer(const ModelSnapshot &snapshot)
{
    if (!m_kept.empty() &&
        (snapshot.spec != m_kept.back().spec || snapshot.step < m_kept.back().step)) {
        clear();
    }
    if (m_kept.empty()) {
        m_kept.push_back(snapshot);
        m_newestOffGrid = false;
        return;
    }
    if (snapshot.step == m_kept.back().step) {
        m_kept.back() = snapshot;
        return;
    }
    if (m_interval == 0) {
        m_interval = snapshot.step - m_kept.front().step;
    }
    bool onGrid = slotOf(snapshot.step) > slotOf(lastGridStep());
    if (m_newestOffGrid) {
        // Assigning over it reuses its buffers: on long runs most offers land here.
        m_kept.back() = snapshot;
        m_newestOffGrid = !onGrid;
        return;
    }
    if (m_kept.size() == m_capacity) {
        thin();
        onGrid = slotOf(snapshot.step) > slotOf(lastGridStep());
    }
    m_kept.push_back(snapshot);
    m_newestOffGrid = !onGrid;
}

void SnapshotHistory::thin()
{
    while (m_kept.size() >= m_capacity) {
        m_interval *= 2;
        std::size_t kept = 1;
        long lastSlot = 0;
        for (std::size_t i = 1; i < m_kept.size(); ++i) {
            const long slot = slotOf(m_kept[i].step);
            if (slot > lastSlot) {
                lastSlot = slot;
                if (kept != i) {
                    m_kept[kept] = std::move(m_kept[i]);
                }
                ++kept;
            }
        }
        m_kept.resize(kept);
    }
    m_newestOffGrid = false;
}

std::vector<long> SnapshotHistory::steps() const
{
    std::vector<long> out;
    out.reserve(m_kept.size());
    for (const ModelSnapshot &s : m_kept) {
        out.push_back(s.step);
    }
    return out;
}

std::size_t SnapshotHistory::nearest(long step) const
{
    if (m_kept.empty()) {
        throw std::out_of_range("the snapshot history is empty");
    }
    const auto after =
        std::lower_bound(m_kept.begin(), m_kept.end(), step,
                         [](const ModelSnapshot &s, long value) { return s.step < value; });
    if (after == m_kept.begin()) {
        return 0;
    }
    if (after == m_kept.end()) {
        return m_kept.size() - 1;
    }
    const auto before = after - 1;
    const std::size_t index = static_cast<std::size_t>(after - m_kept.begin());
    return step - before->step <= after->step - step ? index - 1 : index;
}

void SnapshotHistory::clear()
{
    m_kept.clear();
    m_newestOffGrid = false;
    m_interval = 0;
}

std::size_t SnapshotHistory::bytes() const
{
    std::size_t total = 0;
    for (const ModelSnapshot &s : m_kept) {
        for (const WeightTensor &w : s.weights) {
            total += w.values.size() * sizeof(float) + w.name.size();
        }
    }
    return total;
}

} // namespace curvelab
