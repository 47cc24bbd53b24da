#include "labelplacement.h"

namespace curvelab {

bool LabelPlacement::isShown(const QPointF &centre, const QRectF &plot, qreal radius)
{
    return plot.adjusted(-radius, -radius, radius, radius).contains(centre);
}

void LabelPlacement::place(const std::vector<QPointF> &centres, const QRectF &plot, qreal radius,
                           int highlighted, const std::function<QSizeF(int)> &sizeOf)
{
    const int count = static_cast<int>(centres.size());
    auto shown = [&](int i) {
        return i >= 0 && i < count && isShown(centres[static_cast<std::size_t>(i)], plot, radius);
    };
    m_order.clear();
    if (shown(highlighted)) {
        m_order.push_back(highlighted);
    }
    for (int i = count - 1; i >= 0; --i) {
        if (i != highlighted && shown(i)) {
            m_order.push_back(i);
        }
    }

    // Close enough that the number reads as the point's, clear of its outline.
    const qreal offset = radius * 0.75 + 1.0;
    m_boxes.clear();
    m_owners.clear();
    for (std::size_t n = 0; n < m_order.size(); ++n) {
        const int i = m_order[n];
        const QPointF c = centres[static_cast<std::size_t>(i)];
        const QSizeF size = sizeOf(i);
        const QPointF corners[4] = {
            {c.x() + offset, c.y() - offset - size.height()},
            {c.x() + offset, c.y() + offset},
            {c.x() - offset - size.width(), c.y() - offset - size.height()},
            {c.x() - offset - size.width(), c.y() + offset},
        };
        const QPointF *chosen = nullptr;
        for (const QPointF &corner : corners) {
            if (isFree(QRectF(corner, size), i, centres, plot, radius)) {
                chosen = &corner;
                break;
            }
        }
        if (!chosen && n == 0) {
            chosen = &corners[0];
        }
        if (chosen) {
            m_boxes.emplace_back(*chosen, size);
            m_owners.push_back(i);
        }
    }
}

bool LabelPlacement::isFree(const QRectF &box, int owner, const std::vector<QPointF> &centres,
                            const QRectF &plot, qreal radius) const
{
    if (!plot.contains(box)) {
        return false;
    }
    for (const QRectF &other : m_boxes) {
        if (other.intersects(box)) {
            return false;
        }
    }
    if (static_cast<int>(centres.size()) > kMaxPointsForAvoidance) {
        return true;
    }
    const QRectF near = box.adjusted(-radius, -radius, radius, radius);
    for (std::size_t k = 0; k < centres.size(); ++k) {
        if (static_cast<int>(k) != owner && near.contains(centres[k])) {
            return false;
        }
    }
    return true;
}

} // namespace curvelab
