#include "gateheatmap.h"

#include "localnumber.h"
#include "paintedtooltip.h"
#include "paintkit.h"
#include "pointaxis.h"
#include "textcontrast.h"
#include "textfit.h"
#include "ticksteps.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace curvelab {

namespace {

// Pixels between the labels and the cells (the margin and label size: paintkit.h).
constexpr qreal kGap = 6.0;
// Length of the tick marks beside thinned-out row labels and under labelled points.
constexpr qreal kTick = 4.0;
// The title's text size at font scale 1, in points.
constexpr qreal kTitlePointSize = 13.0;
// Below this many text lines of height the cells are too flat to read: shrink the text first.
constexpr qreal kMinPlotLines = 3.0;
// Cell area in pixels (at font scale 1) that sizeHint() asks for, and the least that is still a
// picture rather than a stripe. Fixed, not grown with the units, so the panel does not jump when
// another model is loaded.
constexpr QSizeF kPreferredPlot(440.0, 240.0);
constexpr QSizeF kMinimumPlot(120.0, 60.0);
// Legend gradient length at font scale 1, and its thickness as a share of the text height.
constexpr qreal kLegendLength = 120.0;
constexpr qreal kLegendThickness = 0.6;
// Cells at least this many pixels wide (tall) get white separators between columns (rows):
// neighbours of one colour still read as separate cells. Smaller cells would turn grey.
constexpr qreal kMinSeparatedCell = 8.0;
// Row labels need this much of a line of their own before every row gets one.
constexpr qreal kRowLabelRoom = 1.1;
// The highlight frame, inside out: a white ring that stands out on dark cells, then a dark one
// that stands out on light cells; in pixels at font scale 1.
constexpr qreal kHighlightInner = 1.0;
constexpr qreal kHighlightOuter = 2.0;

const QColor kHighlightEdge(0x11, 0x11, 0x11);

// Colour maps from ColorBrewer (colour-blind safe, and ordered by lightness so that they survive
// a grey-scale print or a washed-out projector). Gates: "Greens" from pure white, so a closed gate
// looks like the page; a hue of its own keeps gates apart from the signed views. Signed values:
// "RdBu" with negative blue, positive red and pure white at zero.
constexpr std::array<QRgb, 9> kGateStops = {0xFFFFFF, 0xE5F5E0, 0xC7E9C0, 0xA1D99B, 0x74C476,
                                            0x41AB5D, 0x238B45, 0x006D2C, 0x00441B};
constexpr std::array<QRgb, 11> kSignedStops = {0x053061, 0x2166AC, 0x4393C3, 0x92C5DE,
                                               0xD1E5F0, 0xFFFFFF, 0xFDDBC7, 0xF4A582,
                                               0xD6604D, 0xB2182B, 0x67001F};
// Entries per colour table: finer than any eye tells apart, coarse enough to build instantly.
constexpr int kTableSize = 256;
using ColorTable = std::array<QRgb, kTableSize>;

template <std::size_t N> ColorTable tableFrom(const std::array<QRgb, N> &stops)
{
    ColorTable table{};
    for (int i = 0; i < kTableSize; ++i) {
        const double at = static_cast<double>(i) / (kTableSize - 1) * (N - 1);
        const auto low = std::min(static_cast<std::size_t>(at), N - 2);
        const double t = at - static_cast<double>(low);
        auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + t * (b - a))); };
        const QRgb a = stops[low];
        const QRgb b = stops[low + 1];
        table[static_cast<std::size_t>(i)] =
            qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
    }
    return table;
}

const ColorTable &tableFor(GateHeatmap::ValueKind kind)
{
    static const ColorTable gate = tableFrom(kGateStops);
    static const ColorTable signedValues = tableFrom(kSignedStops);
    return kind == GateHeatmap::ValueKind::Gate ? gate : signedValues;
}

// Where a value falls on its kind's colour map, 0..1 (beyond the range it saturates).
double mapPosition(GateHeatmap::ValueKind kind, float value)
{
    const double v = static_cast<double>(value);
    return kind == GateHeatmap::ValueKind::Gate ? std::clamp(v, 0.0, 1.0)
                                                : (std::clamp(v, -1.0, 1.0) + 1.0) / 2.0;
}

QRgb colorFor(GateHeatmap::ValueKind kind, float value)
{
    const auto i = std::lround(mapPosition(kind, value) * (kTableSize - 1));
    return tableFor(kind)[static_cast<std::size_t>(i)];
}

bool outsideMap(GateHeatmap::ValueKind kind, float value)
{
    const float low = kind == GateHeatmap::ValueKind::Gate ? 0.0F : -1.0F;
    return value < low || value > 1.0F;
}

std::size_t index(int i)
{
    return static_cast<std::size_t>(i);
}

// A ring between two rectangles as one fill: Qt's raster engine hands every tall fill to its
// thread pool and waits, so four edges drawn one by one would cost four hand-offs.
void fillRing(QPainter &painter, const QRectF &outer, const QRectF &inner, const QColor &color)
{
    QPainterPath ring;
    ring.setFillRule(Qt::OddEvenFill);
    ring.addRect(outer);
    ring.addRect(inner);
    painter.fillPath(ring, color);
}

// The title as part of a sentence: "Forget gate" reads "forget gate", "LSTM output" stays.
QString inSentence(const QString &title)
{
    if (title.size() >= 2 && title[1].isUpper()) {
        return title;
    }
    QString text = title;
    if (!text.isEmpty()) {
        text[0] = text[0].toLower();
    }
    return text;
}

QString valueText(float value)
{
    QString text = QString::number(static_cast<double>(value), 'f', 2);
    // -0.001 would otherwise read "-0.00", a sign with no value behind it.
    if (text == QLatin1String("-0.00")) {
        text.remove(0, 1);
    }
    return withLocalDecimalMark(text);
}

} // namespace

GateHeatmap::GateHeatmap(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Gate heatmap"));
    setAccessibleDescription(tr("The values inside the cell at each point, one row per unit "
                                "and one column per point, as colours."));
}

bool GateHeatmap::setValues(const QString &title, const std::vector<std::vector<float>> &perPoint,
                            ValueKind kind)
{
    const std::size_t units = perPoint.empty() ? 0 : perPoint.front().size();
    if (!perPoint.empty() && (units < 1 || units > kMaxUnits)) {
        return false;
    }
    bool beyond = false;
    for (const auto &row : perPoint) {
        if (row.size() != units) {
            return false;
        }
        for (float v : row) {
            if (!std::isfinite(v)) {
                return false;
            }
            beyond = beyond || outsideMap(kind, v);
        }
    }
    m_title = title;
    m_kind = kind;
    m_values = perPoint;
    m_beyondRange = beyond;
    if (static_cast<int>(units) != m_units) {
        m_units = static_cast<int>(units);
        m_order.resize(units);
        std::iota(m_order.begin(), m_order.end(), 0);
        m_rowOf = m_order;
    }
    rebuildImage();
    updateGeometry();
    update();
    return true;
}

void GateHeatmap::clear()
{
    setValues(m_title, {}, m_kind);
}

bool GateHeatmap::setUnitOrder(const std::vector<int> &order)
{
    if (order.size() != index(m_units)) {
        return false;
    }
    std::vector<int> rowOf(order.size(), -1);
    for (std::size_t row = 0; row < order.size(); ++row) {
        const int unit = order[row];
        if (unit < 0 || unit >= m_units || rowOf[index(unit)] != -1) {
            return false;
        }
        rowOf[index(unit)] = static_cast<int>(row);
    }
    m_order = order;
    m_rowOf = std::move(rowOf);
    rebuildImage();
    update();
    return true;
}

void GateHeatmap::rebuildImage()
{
    if (pointCount() == 0 || m_units == 0) {
        m_image = QImage();
        return;
    }
    m_image = QImage(pointCount(), m_units, QImage::Format_RGB32);
    for (int row = 0; row < m_units; ++row) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(row));
        const auto unit = index(m_order[index(row)]);
        for (int t = 0; t < pointCount(); ++t) {
            line[t] = colorFor(m_kind, m_values[index(t)][unit]);
        }
    }
}

void GateHeatmap::setHighlightedPoint(int point)
{
    point = std::max(point, 0);
    if (point != m_highlighted) {
        m_highlighted = point;
        update();
    }
}

void GateHeatmap::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    updateGeometry();
    update();
}

float GateHeatmap::value(int point, int unit) const
{
    if (point < 1 || point > pointCount() || unit < 0 || unit >= m_units) {
        return 0.0F;
    }
    return m_values[index(point - 1)][index(unit)];
}

QString GateHeatmap::cellText(int point, int unit) const
{
    if (point < 1 || point > pointCount() || unit < 0 || unit >= m_units) {
        return {};
    }
    const QString quantity = m_title.isEmpty() ? tr("value") : inSentence(m_title);
    return tr("unit %1, point %2: %3 %4")
        .arg(unit)
        .arg(point)
        .arg(quantity, valueText(value(point, unit)));
}

QString GateHeatmap::unitLabel(int unit) const
{
    return tr("unit %1").arg(unit);
}

QString GateHeatmap::legendText(int stop) const
{
    // Colours saturate beyond the map's range: the end labels say so when the data goes there.
    const QString atMost = m_beyondRange ? QString(QChar(0x2264)) : QString();
    const QString atLeast = m_beyondRange ? QString(QChar(0x2265)) : QString();
    if (m_kind == ValueKind::Gate) {
        const QString texts[] = {atMost + QStringLiteral("0"), QStringLiteral("0.5"),
                                 atLeast + QStringLiteral("1")};
        return texts[stop];
    }
    // A true minus sign: a hyphen is easily lost from the back of the room.
    const QString texts[] = {atMost + QChar(0x2212) + QStringLiteral("1"), QStringLiteral("0"),
                             atLeast + QStringLiteral("1")};
    return texts[stop];
}

QFont GateHeatmap::labelFont(qreal fontScale, bool bold) const
{
    return fontOfSize(font(), kLabelPointSize * fontScale, bold);
}

QFont GateHeatmap::titleFont(qreal fontScale) const
{
    return fontOfSize(font(), kTitlePointSize * fontScale, /*bold=*/true);
}

GateHeatmap::Geometry GateHeatmap::geometryFor(const QSize &size) const
{
    return shrinkTextToFit(
        m_style.fontScale, [&](qreal scale) { return geometryAt(size, scale); },
        [](const Geometry &g) {
            return g.plot.height() < kMinPlotLines * g.lineHeight ||
                   g.plot.width() < kMinimumPlot.width();
        });
}

GateHeatmap::Geometry GateHeatmap::geometryAt(const QSize &size, qreal fontScale) const
{
    Geometry g;
    g.fontScale = fontScale;
    g.lineScale = m_style.lineScale * fontScale / m_style.fontScale;
    // Laid out for one cell before the first point arrives, so that size hints hold from the start.
    const int n = std::max(pointCount(), 1);
    const int units = std::max(m_units, 1);
    const QRectF area =
        QRectF(QPointF(0, 0), QSizeF(size)).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetricsF metrics(labelFont(fontScale), this);
    const QFontMetricsF boldMetrics(labelFont(fontScale, /*bold=*/true), this);
    const QFontMetricsF titleMetrics(titleFont(fontScale), this);
    g.lineHeight = std::ceil(metrics.height());

    // Header: the title on the left, the legend on the right, or under the title where both do
    // not fit on one line.
    const qreal titleHeight = std::ceil(titleMetrics.height());
    const qreal titleWidth = std::ceil(titleMetrics.horizontalAdvance(m_title));
    const qreal legendPad = std::ceil(std::max(metrics.horizontalAdvance(legendText(0)),
                                               metrics.horizontalAdvance(legendText(2))) /
                                      2.0);
    const qreal legendLength = std::round(kLegendLength * fontScale);
    const qreal legendWidth = legendLength + 2.0 * legendPad;
    const qreal barHeight = std::round(g.lineHeight * kLegendThickness);
    const qreal legendHeight = barHeight + 2.0 + g.lineHeight;
    const bool oneLine = titleWidth + 3.0 * kGap + legendWidth <= area.width();
    g.title = QRectF(area.left(), area.top(), std::min(titleWidth, area.width()), titleHeight);
    const qreal legendTop = oneLine ? area.top() : g.title.bottom() + kGap / 2.0;
    g.legendBar =
        QRectF(area.right() - legendPad - legendLength, legendTop, legendLength, barHeight);
    const qreal headerBottom =
        oneLine ? area.top() + std::max(titleHeight, legendHeight) : legendTop + legendHeight;

    const qreal rowLabels =
        std::ceil(metrics.horizontalAdvance(unitLabel(units - 1))) + kGap + kTick;
    // The last point's label is centred under a column that may be narrower than the label.
    const qreal rightPad = std::ceil(boldMetrics.horizontalAdvance(QString::number(n)) / 2.0);
    const qreal left = area.left() + rowLabels;
    const qreal right = std::max(area.right() - rightPad, left + 1.0);
    g.axisTitle = QRectF(left, area.bottom() - g.lineHeight, right - left, g.lineHeight);
    g.tickLabelTop = g.axisTitle.top() - g.lineHeight;
    // Room above the cells for half a row label: the top row's label is centred on a row that
    // may be one pixel tall.
    const qreal top =
        std::max(headerBottom + kGap, g.title.bottom() + kGap / 2.0 + g.lineHeight / 2.0);
    const qreal bottom = std::max(g.tickLabelTop - kTick, top + 1.0);
    // Whole pixels, so that the cell image's edges do not blur.
    g.plot = QRectF(QPointF(std::round(left), std::round(top)),
                    QPointF(std::round(right), std::round(bottom)));
    g.columnWidth = g.plot.width() / n;
    g.rowHeight = g.plot.height() / units;
    return g;
}

QSize GateHeatmap::sizeFor(const QSizeF &plot, qreal fontScale) const
{
    return widgetSizeForPlot(plot,
                             [&](const QSize &size) { return geometryAt(size, fontScale).plot; });
}

QSize GateHeatmap::sizeHint() const
{
    return sizeFor(kPreferredPlot * m_style.fontScale, m_style.fontScale);
}

QSize GateHeatmap::minimumSizeHint() const
{
    // geometryFor() shrinks the text down to kMinFontScale before it squeezes the cells.
    return sizeFor(kMinimumPlot, std::min(m_style.fontScale, kMinFontScale));
}

int GateHeatmap::columnAt(const Geometry &g, const QPointF &pos) const
{
    if (pointCount() == 0 || !g.plot.contains(pos)) {
        return -1;
    }
    const int column = static_cast<int>(std::floor((pos.x() - g.plot.left()) / g.columnWidth));
    return std::clamp(column, 0, pointCount() - 1);
}

int GateHeatmap::rowAt(const Geometry &g, const QPointF &pos) const
{
    if (pointCount() == 0 || !g.plot.contains(pos)) {
        return -1;
    }
    const int row = static_cast<int>(std::floor((pos.y() - g.plot.top()) / g.rowHeight));
    return std::clamp(row, 0, m_units - 1);
}

QRectF GateHeatmap::cellRect(int point, int unit) const
{
    if (point < 1 || point > pointCount() || unit < 0 || unit >= m_units) {
        return {};
    }
    return geometryFor(size()).cellAt(point - 1, m_rowOf[index(unit)]);
}

int GateHeatmap::pointAt(const QPoint &pos) const
{
    return columnAt(geometryFor(size()), QPointF(pos)) + 1;
}

int GateHeatmap::unitAt(const QPoint &pos) const
{
    const int row = rowAt(geometryFor(size()), QPointF(pos));
    return row < 0 ? -1 : m_order[index(row)];
}

QString GateHeatmap::toolTipAt(const QPoint &pos) const
{
    const Geometry g = geometryFor(size());
    const int column = columnAt(g, QPointF(pos));
    const int row = rowAt(g, QPointF(pos));
    if (column < 0 || row < 0) {
        return {};
    }
    return cellText(column + 1, m_order[index(row)]);
}

bool GateHeatmap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    auto *help = static_cast<QHelpEvent *>(event);
    return showPaintedToolTip(*this, *help, toolTipAt(help->pos()));
}

void GateHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), kBackground);
    const Geometry g = geometryFor(size());
    if (pointCount() == 0) {
        painter.setFont(titleFont(g.fontScale));
        painter.setPen(kTextColor);
        painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, m_title);
        painter.setFont(labelFont(m_style.fontScale));
        painter.setPen(kMutedText);
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Draw points on the canvas to see inside the cell"));
        return;
    }
    paintHeader(painter, g);
    paintCells(painter, g);
    paintRowLabels(painter, g);
    paintXAxis(painter, g);
    paintHighlight(painter, g);
}

void GateHeatmap::paintHeader(QPainter &painter, const Geometry &g) const
{
    painter.setFont(titleFont(g.fontScale));
    painter.setPen(kTextColor);
    painter.drawText(
        g.title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font(), this).elidedText(m_title, Qt::ElideRight, g.title.width()));

    // The gradient from the same colour table as the cells, so that it cannot drift from them.
    const QRectF bar = g.legendBar;
    const ColorTable &table = tableFor(m_kind);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    constexpr int kGradientStops = 16;
    for (int i = 0; i <= kGradientStops; ++i) {
        const auto at = index(i * (kTableSize - 1) / kGradientStops);
        gradient.setColorAt(static_cast<qreal>(i) / kGradientStops, QColor(table[at]));
    }
    painter.fillRect(bar, gradient);
    // Outlined, so that the white end is not lost on the white page.
    fillRing(painter, bar.adjusted(-1, -1, 1, 1), bar, kAxisColor);

    painter.setFont(labelFont(g.fontScale));
    const qreal labelTop = bar.bottom() + 2.0;
    for (int stop = 0; stop < 3; ++stop) {
        const qreal x = bar.left() + stop * bar.width() / 2.0;
        const QRectF label(x - 50.0, labelTop, 100.0, g.lineHeight);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, legendText(stop));
    }
}

void GateHeatmap::paintCells(QPainter &painter, const Geometry &g) const
{
    // One scaled image instead of a fill per cell: the raster engine would hand each tall fill
    // to its thread pool and wait, and thousands of those miss a frame on two cores. Nearest
    // neighbour keeps every cell one flat colour with sharp edges.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(g.plot, m_image, QRectF(m_image.rect()));

    QPainterPath separators;
    if (g.columnWidth >= kMinSeparatedCell) {
        for (int t = 1; t < pointCount(); ++t) {
            const qreal x = std::round(g.plot.left() + t * g.columnWidth);
            separators.addRect(QRectF(x, g.plot.top(), 1.0, g.plot.height()));
        }
    }
    if (g.rowHeight >= kMinSeparatedCell) {
        for (int r = 1; r < m_units; ++r) {
            const qreal y = std::round(g.plot.top() + r * g.rowHeight);
            separators.addRect(QRectF(g.plot.left(), y, g.plot.width(), 1.0));
        }
    }
    if (!separators.isEmpty()) {
        painter.fillPath(separators, kBackground);
    }
    fillRing(painter, g.plot.adjusted(-1, -1, 1, 1), g.plot, kAxisColor);
}

void GateHeatmap::paintRowLabels(QPainter &painter, const Geometry &g) const
{
    // Every row where rows are tall enough; else every k-th from the top (where a caller's
    // ordering puts the most telling units), with a tick to say which row a label belongs to.
    const int step = labelEvery(g.rowHeight, kRowLabelRoom * g.lineHeight);
    const bool ticks = step > 1;
    const qreal right = g.plot.left() - 1.0 - (ticks ? kTick + 2.0 : kGap);
    painter.setFont(labelFont(g.fontScale));
    QPainterPath tickMarks;
    for (int row = 0; row < m_units; row += step) {
        const qreal centre = g.plot.top() + (row + 0.5) * g.rowHeight;
        const QRectF label(kMargin, centre - g.lineHeight / 2.0, right - kMargin, g.lineHeight);
        painter.setPen(kTextColor);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, unitLabel(m_order[index(row)]));
        if (ticks) {
            tickMarks.addRect(QRectF(g.plot.left() - 1.0 - kTick, std::floor(centre), kTick, 1.0));
        }
    }
    if (!tickMarks.isEmpty()) {
        painter.fillPath(tickMarks, kAxisColor);
    }
}

void GateHeatmap::paintXAxis(QPainter &painter, const Geometry &g) const
{
    const int n = pointCount();
    const QFont regular = labelFont(g.fontScale);
    const QFont bold = labelFont(g.fontScale, /*bold=*/true);
    const QFontMetricsF metrics(bold, this);
    const auto centreX = [&g](int p) { return g.plot.left() + (p - 0.5) * g.columnWidth; };
    QPainterPath tickMarks;
    for (const PointAxisLabel &label :
         pointAxisLabels(n, m_highlighted, g.columnWidth, centreX, metrics, g.tickLabelTop,
                         g.lineHeight, kGap)) {
        const qreal x = centreX(label.point);
        tickMarks.addRect(QRectF(std::floor(x), g.plot.bottom() + 1.0, 1.0, kTick - 1.0));
        painter.setFont(label.point == m_highlighted ? bold : regular);
        painter.setPen(kTextColor);
        painter.drawText(label.box.adjusted(-kGap, 0, kGap, 0), Qt::AlignCenter, label.text);
    }
    painter.fillPath(tickMarks, kAxisColor);
    painter.setFont(regular);
    painter.setPen(kMutedText.darker(130));
    painter.drawText(g.axisTitle, Qt::AlignCenter, tr("point"));
}

void GateHeatmap::paintHighlight(QPainter &painter, const Geometry &g) const
{
    if (m_highlighted < 1 || m_highlighted > pointCount()) {
        return;
    }
    // Around the column, not over it: the cells inside stay readable.
    const qreal left = std::round(g.plot.left() + (m_highlighted - 1) * g.columnWidth);
    const qreal right = std::round(g.plot.left() + m_highlighted * g.columnWidth);
    const QRectF cells(QPointF(left, g.plot.top()), QPointF(right, g.plot.bottom()));
    const qreal inner = std::round(kHighlightInner * g.lineScale);
    const qreal outer = std::round(kHighlightOuter * g.lineScale);
    const QRectF white = cells.adjusted(-inner, -inner, inner, inner);
    fillRing(painter, white, cells, kBackground);
    fillRing(painter, white.adjusted(-outer, -outer, outer, outer), white, kHighlightEdge);
}

} // namespace curvelab
