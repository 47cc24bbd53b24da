#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <functional>
#include <vector>

namespace curvelab {

// Where the canvas prints the points' numbers: beside each point, in the first of four corners
// (above right, below right, above left, below left) that lies inside the plot and clear of the
// numbers already placed and of the other points. The highlighted point and then the newest ones
// choose first: they are the ones people are looking at. A number that fits nowhere is left out
// rather than printed over another, except the first one's. Geometry only, in widget pixels; the
// buffers are kept between calls, so a repaint allocates nothing once they have grown.
class LabelPlacement
{
public:
    // Above this many points a number may cover another point: the overlap test would cost more
    // than the numbers are then worth.
    static constexpr int kMaxPointsForAvoidance = 200;

    // Whether a point of `radius` at `centre` reaches into `plot`, and so is drawn and numbered.
    static bool isShown(const QPointF &centre, const QRectF &plot, qreal radius);

    // Places the numbers of the points at `centres`, drawn with `radius`; `highlighted` (0-based,
    // -1 for none) first; `sizeOf(index)` is the size of the number of the point at `index`.
    void place(const std::vector<QPointF> &centres, const QRectF &plot, qreal radius,
               int highlighted, const std::function<QSizeF(int)> &sizeOf);

    // The rectangles of the numbers placed, and the point (0-based) each belongs to.
    const std::vector<QRectF> &boxes() const { return m_boxes; }
    const std::vector<int> &owners() const { return m_owners; }

private:
    bool isFree(const QRectF &box, int owner, const std::vector<QPointF> &centres,
                const QRectF &plot, qreal radius) const;

    std::vector<int> m_order;
    std::vector<QRectF> m_boxes;
    std::vector<int> m_owners;
};

} // namespace curvelab
