#include "canvasaxes.h"

#include "canvasnumbers.h"
#include "paintkit.h"
#include "textcontrast.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

constexpr qreal kGap = CanvasAxes::kLabelGap;
// The tick marks' length in pixels.
constexpr qreal kTickLength = 5.0;
// Text sizes at font scale 1, in points; 12 pt tick labels stay readable on a projector, like
// the charts beside the canvas.
constexpr qreal kTickPointSize = 12.0;
constexpr qreal kTitlePointSize = 13.0;
// Room each tick label asks for along its axis, at font scale 1.
constexpr qreal kPixelsPerXTick = 90.0;
constexpr qreal kPixelsPerYTick = 50.0;
// Ticks asked for on the shortest axis; three give a step of at most half the range.
constexpr int kMinTicks = 3;

const QColor kGridColor(0xEA, 0xEA, 0xEA);
const QColor kZeroLineColor(0xC4, 0xC4, 0xC4);

// On the pixel centre, so that 1-pixel lines stay crisp under antialiasing.
qreal crisp(qreal v)
{
    return std::floor(v) + 0.5;
}

} // namespace

CanvasAxes::CanvasAxes(const QFont &base, const ViewStyle &style, const QPaintDevice *device)
    : m_base(base), m_style(style), m_device(device)
{
}

QFont CanvasAxes::tickFont() const
{
    return fontOfSize(m_base, kTickPointSize * m_style.fontScale, /*bold=*/false);
}

QFont CanvasAxes::titleFont() const
{
    return fontOfSize(m_base, kTitlePointSize * m_style.fontScale, /*bold=*/true);
}

int CanvasAxes::maxTicks(qreal pixels, qreal perTick) const
{
    // Asking for two ticks allows a step as wide as the range, which may put both outside it: a
    // short axis (large text on a projector) would have no numbers at all.
    return std::max(kMinTicks, static_cast<int>(pixels / (perTick * m_style.fontScale)));
}

QRectF CanvasAxes::plotRect(const QRect &bounds, const CanvasTransform &view) const
{
    const QFontMetricsF tick(tickFont(), m_device);
    const QFontMetricsF title(titleFont(), m_device);
    const QRectF area = QRectF(bounds).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    // Half a label above the plot, so the top y label is not cut; below, the x labels and title.
    const qreal top = area.top() + std::ceil(tick.height() / 2.0);
    const qreal bottom =
        area.bottom() - std::ceil(title.height() + kGap + tick.height() + kTickLength + kGap);

    // The y labels decide the left margin, and they depend only on the height.
    const int yCount = maxTicks(bottom - top, kPixelsPerYTick);
    const double yStep = CanvasTransform::tickStep(view.yMin(), view.yMax(), yCount);
    qreal widestY = tick.horizontalAdvance(QStringLiteral("-000"));
    for (double v : CanvasTransform::ticks(view.yMin(), view.yMax(), yCount)) {
        widestY = std::max(widestY, tick.horizontalAdvance(tickLabel(v, yStep)));
    }
    const qreal left = area.left() + std::ceil(title.horizontalAdvance(QStringLiteral("y")) +
                                               2 * kGap + widestY + kTickLength);

    // Room on the right for half of the last x label, which is centred on its tick.
    const qreal provisional = area.right() - left;
    const int xCount = maxTicks(provisional, kPixelsPerXTick);
    const double xStep = CanvasTransform::tickStep(view.xMin(), view.xMax(), xCount);
    qreal widestX = tick.horizontalAdvance(QStringLiteral("00"));
    for (double v : CanvasTransform::ticks(view.xMin(), view.xMax(), xCount)) {
        widestX = std::max(widestX, tick.horizontalAdvance(tickLabel(v, xStep)));
    }
    const qreal right = area.right() - std::ceil(widestX / 2.0);

    return QRectF(
        QPointF(std::round(left), std::round(top)),
        QPointF(std::round(std::max(right, left + 1.0)), std::round(std::max(bottom, top + 1.0))));
}

Point CanvasAxes::gridStep(const CanvasTransform &view) const
{
    const QRectF plot = view.plotRect();
    return {CanvasTransform::tickStep(view.xMin(), view.xMax(),
                                      maxTicks(plot.width(), kPixelsPerXTick)),
            CanvasTransform::tickStep(view.yMin(), view.yMax(),
                                      maxTicks(plot.height(), kPixelsPerYTick))};
}

void CanvasAxes::paintGrid(QPainter &painter, const CanvasTransform &view) const
{
    const QRectF plot = view.plotRect();
    const std::vector<double> xs =
        CanvasTransform::ticks(view.xMin(), view.xMax(), maxTicks(plot.width(), kPixelsPerXTick));
    const std::vector<double> ys =
        CanvasTransform::ticks(view.yMin(), view.yMax(), maxTicks(plot.height(), kPixelsPerYTick));
    painter.setPen(QPen(kGridColor, m_style.thinLineWidth));
    for (double x : xs) {
        const qreal px = crisp(view.toWidget({x, 0.0}).x());
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    }
    for (double y : ys) {
        const qreal py = crisp(view.toWidget({0.0, y}).y());
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    }
    // The axes through 0, where they are in view, a little darker than the grid.
    painter.setPen(QPen(kZeroLineColor, m_style.thinLineWidth));
    const QPointF origin = view.toWidget({0.0, 0.0});
    if (view.xMin() < 0.0 && view.xMax() > 0.0) {
        const qreal px = crisp(origin.x());
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    }
    if (view.yMin() < 0.0 && view.yMax() > 0.0) {
        const qreal py = crisp(origin.y());
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    }
}

void CanvasAxes::paintAxes(QPainter &painter, const CanvasTransform &view) const
{
    const QRectF plot = view.plotRect();
    const QFont font = tickFont();
    const QFontMetricsF metrics(font, m_device);
    painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.top()),
                     QPointF(plot.left() - 0.5, plot.bottom() + 0.5));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.bottom() + 0.5),
                     QPointF(plot.right(), plot.bottom() + 0.5));

    painter.setFont(font);
    const int xCount = maxTicks(plot.width(), kPixelsPerXTick);
    const double xStep = CanvasTransform::tickStep(view.xMin(), view.xMax(), xCount);
    const qreal labelTop = plot.bottom() + kTickLength + kGap;
    for (double x : CanvasTransform::ticks(view.xMin(), view.xMax(), xCount)) {
        const qreal px = crisp(view.toWidget({x, 0.0}).x());
        painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + kTickLength));
        const QString label = tickLabel(x, xStep);
        const qreal width = metrics.horizontalAdvance(label);
        painter.setPen(kTextColor);
        painter.drawText(QRectF(px - width / 2.0 - 1.0, labelTop, width + 2.0, metrics.height()),
                         Qt::AlignCenter, label);
    }
    const int yCount = maxTicks(plot.height(), kPixelsPerYTick);
    const double yStep = CanvasTransform::tickStep(view.yMin(), view.yMax(), yCount);
    const qreal labelRight = plot.left() - kTickLength - kGap;
    for (double y : CanvasTransform::ticks(view.yMin(), view.yMax(), yCount)) {
        const qreal py = crisp(view.toWidget({0.0, y}).y());
        painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
        painter.drawLine(QPointF(plot.left() - kTickLength, py), QPointF(plot.left(), py));
        painter.setPen(kTextColor);
        painter.drawText(
            QRectF(kMargin, py - metrics.height() / 2.0, labelRight - kMargin, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickLabel(y, yStep));
    }

    const QFont title = titleFont();
    const QFontMetricsF titleMetrics(title, m_device);
    painter.setFont(title);
    painter.setPen(kTextColor);
    painter.drawText(QRectF(plot.left(), labelTop + metrics.height() + kGap, plot.width(),
                            titleMetrics.height()),
                     Qt::AlignCenter, QStringLiteral("x"));
    painter.drawText(QRectF(kMargin, plot.top(),
                            titleMetrics.horizontalAdvance(QStringLiteral("y")), plot.height()),
                     Qt::AlignCenter, QStringLiteral("y"));
}

} // namespace curvelab
