#pragma once

#include <QRectF>
#include <QSize>
#include <QString>
#include <functional>
#include <vector>

class QFontMetricsF;

namespace curvelab {

// The numbers under a row of point columns (the belief timeline, the gate heat map).
struct PointAxisLabel
{
    int point = 0; // 1-based
    QString text;
    QRectF box; // the text's own box; draw it centred in box widened by the gap on each side
};

// Which of points 1..n get a number, and where: the highlighted point first, then every k-th
// (k from labelEvery(), so that the widest number fits), then the first and the last. A label
// that would come within `gap` of one already placed is left out, which thins crowded ones
// without ever overlapping. `metrics` are of the boldest font a number is drawn in.
std::vector<PointAxisLabel> pointAxisLabels(int n, int highlighted, qreal columnWidth,
                                            const std::function<qreal(int point)> &centreX,
                                            const QFontMetricsF &metrics, qreal top,
                                            qreal lineHeight, qreal gap);

// The widget size whose plot (as plotAt lays it out for a widget size) is `plot`. Labels and
// margins take the same room at any size except that a legend may wrap in a narrower view, so
// the width is found first, then the height at that width.
QSize widgetSizeForPlot(const QSizeF &plot, const std::function<QRectF(const QSize &)> &plotAt);

} // namespace curvelab
