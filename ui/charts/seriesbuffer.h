#pragma once

#include <QList>
#include <QPointF>
#include <algorithm>

namespace curvelab {

// A bounded copy of an ever-growing series with the same resolution over the whole run. Once
// full, neighbours merge in buckets that keep their lowest and highest point (so spikes and the
// noise band survive, as they would at pixel resolution); later points are bucketed at the same
// coarseness. The first and the latest point are always kept.
// LiveChart keeps one per series and hands points() to Qt Charts: the data source apart from the
// push, as in Qt's openglseries example.
class SeriesBuffer
{
public:
    // Fewer points than this would leave nothing of a run's shape.
    static constexpr int kMinPoints = 16;

    explicit SeriesBuffer(int cap) : m_cap(std::max(cap, kMinPoints)) {}

    void append(const QPointF &p);
    void clear();
    void setCap(int cap);
    QList<QPointF> points() const;

private:
    // The open bucket's extremes and the latest point are added on output.
    static constexpr int kReserve = 3;

    void closeBucket();
    void compact();
    bool overCap() const { return m_kept.size() > m_cap - kReserve; }
    static void appendExtremes(QList<QPointF> &out, const QPointF &low, const QPointF &high);

    QList<QPointF> m_kept;
    int m_cap = kMinPoints;
    qint64 m_bucketSize = 1; // raw points per closed bucket; 1 until the first compaction
    qint64 m_bucketCount = 0;
    QPointF m_bucketLow;
    QPointF m_bucketHigh;
    QPointF m_latest;
    bool m_empty = true;
};

} // namespace curvelab
