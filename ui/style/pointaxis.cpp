#include "pointaxis.h"

#include "ticksteps.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace curvelab {

std::vector<PointAxisLabel> pointAxisLabels(int n, int highlighted, qreal columnWidth,
                                            const std::function<qreal(int point)> &centreX,
                                            const QFontMetricsF &metrics, qreal top,
                                            qreal lineHeight, qreal gap)
{
    const qreal widest = metrics.horizontalAdvance(QString::number(n));
    const int step = labelEvery(columnWidth, widest + 2.0 * gap);
    std::vector<int> candidates; // most important first
    if (highlighted >= 1 && highlighted <= n) {
        candidates.push_back(highlighted);
    }
    for (int p = step; p <= n; p += step) {
        candidates.push_back(p);
    }
    candidates.push_back(1);
    candidates.push_back(n);

    std::vector<PointAxisLabel> placed;
    for (int p : candidates) {
        const QString text = QString::number(p);
        const qreal width = metrics.horizontalAdvance(text);
        const QRectF box(centreX(p) - width / 2.0, top, width, lineHeight);
        const QRectF padded = box.adjusted(-gap, 0, gap, 0);
        const bool overlaps =
            std::any_of(placed.cbegin(), placed.cend(),
                        [&padded](const PointAxisLabel &l) { return l.box.intersects(padded); });
        if (!overlaps) {
            placed.push_back({p, text, box});
        }
    }
    return placed;
}

QSize widgetSizeForPlot(const QSizeF &plot, const std::function<QRectF(const QSize &)> &plotAt)
{
    constexpr int kRoomy = 10'000;
    const QRectF wide = plotAt(QSize(kRoomy, kRoomy));
    const int width = static_cast<int>(std::ceil(kRoomy - wide.width() + plot.width()));
    const QRectF atWidth = plotAt(QSize(width, kRoomy));
    return {width, static_cast<int>(std::ceil(kRoomy - atWidth.height() + plot.height()))};
}

} // namespace curvelab
