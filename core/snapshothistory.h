#pragma once

#include "modelspec.h"

#include <cstddef>
#include <vector>

namespace curvelab {

// Weight snapshots taken while training, at moments spread evenly over the whole run, for views
// that replay how the network changed. Memory is bounded whatever the run's length: at most
// `capacity` snapshots are kept, so bytes() <= capacity * one snapshot's bytes (64 snapshots of
// the recommended 64-unit LSTM take about 5.6 MB).
//
// The kept moments are a grid: the first snapshot offered at or after each multiple of an
// interval, counted from the first snapshot's step. When the grid is full the interval doubles,
// which merges neighbouring moments two by two and so drops every other one; the first snapshot
// always stays. The newest snapshot offered is always the last element, on the grid or not, so a
// view can show "now". Snapshots may come at any spacing (the worker publishes every step while
// slowed down, every few dozen otherwise); the first interval is the first gap seen.
class SnapshotHistory
{
public:
    // Throws std::invalid_argument for a capacity below 2 (the first and the newest).
    explicit SnapshotHistory(std::size_t capacity = 64);

    // Call with every snapshot the worker publishes. A snapshot of another model, or from a step
    // before the newest, begins a new run: the history starts over with it. One from the newest
    // step replaces it.
    void offer(const ModelSnapshot &snapshot);

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_kept.size(); }
    bool empty() const { return m_kept.empty(); }
    // Oldest first; throws std::out_of_range.
    const ModelSnapshot &at(std::size_t i) const { return m_kept.at(i); }
    // Steps of the kept snapshots, ascending.
    std::vector<long> steps() const;
    // Index of the kept snapshot closest to `step`, the earlier on a tie; throws std::out_of_range
    // when empty.
    std::size_t nearest(long step) const;
    void clear();
    // Weight values at 4 bytes each plus the weights' names: what the snapshots cost.
    std::size_t bytes() const;

private:
    long slotOf(long step) const;
    long lastGridStep() const;
    // Doubles the interval until a snapshot fits; the newest on the grid may go, since the one
    // being offered is newer.
    void thin();

    std::size_t m_capacity = 64;
    std::vector<ModelSnapshot> m_kept;
    bool m_newestOffGrid = false; // the last kept snapshot is there only for being the newest
    long m_interval = 0;          // steps between grid moments; 0 until a second snapshot
};

} // namespace curvelab
