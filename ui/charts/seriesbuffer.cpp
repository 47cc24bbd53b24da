#include "seriesbuffer.h"

namespace curvelab {

void SeriesBuffer::append(const QPointF &p)
{
    m_latest = p;
    m_empty = false;
    if (m_bucketSize == 1) {
        m_kept.append(p);
    } else {
        if (m_bucketCount == 0 || p.y() < m_bucketLow.y()) {
            m_bucketLow = p;
        }
        // >= keeps the last of equal highs, as std::minmax_element does in compact(): a flat
        // bucket keeps its first and last point, so flat stretches keep their resolution.
        if (m_bucketCount == 0 || p.y() >= m_bucketHigh.y()) {
            m_bucketHigh = p;
        }
        if (++m_bucketCount == m_bucketSize) {
            closeBucket();
        }
    }
    if (overCap()) {
        compact();
    }
}

void SeriesBuffer::clear()
{
    m_kept.clear();
    m_bucketSize = 1;
    m_bucketCount = 0;
    m_empty = true;
}

void SeriesBuffer::setCap(int cap)
{
    m_cap = std::max(cap, kMinPoints);
    while (overCap()) {
        compact();
    }
}

void SeriesBuffer::appendExtremes(QList<QPointF> &out, const QPointF &low, const QPointF &high)
{
    if (low == high) {
        out.append(low);
    } else if (low.x() <= high.x()) {
        out.append(low);
        out.append(high);
    } else {
        out.append(high);
        out.append(low);
    }
}

void SeriesBuffer::closeBucket()
{
    appendExtremes(m_kept, m_bucketLow, m_bucketHigh);
    m_bucketCount = 0;
}

void SeriesBuffer::compact()
{
    // Groups of four kept points become two, so the kept list halves and each kept point stands
    // for twice as many raw ones.
    constexpr qsizetype kGroup = 4;
    QList<QPointF> merged;
    merged.reserve(m_kept.size() / 2 + 2);
    merged.append(m_kept.first());
    for (qsizetype start = 1; start < m_kept.size(); start += kGroup) {
        const auto begin = m_kept.cbegin() + start;
        const auto end = m_kept.cbegin() + std::min(start + kGroup, m_kept.size());
        const auto [low, high] = std::minmax_element(
            begin, end, [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        appendExtremes(merged, *low, *high);
    }
    m_kept = std::move(merged);
    m_bucketSize = m_bucketSize == 1 ? kGroup : 2 * m_bucketSize;
}

QList<QPointF> SeriesBuffer::points() const
{
    QList<QPointF> out = m_kept;
    if (m_bucketCount > 0) {
        appendExtremes(out, m_bucketLow, m_bucketHigh);
    }
    if (!m_empty && (out.isEmpty() || out.last() != m_latest)) {
        out.append(m_latest);
    }
    return out;
}

} // namespace curvelab
