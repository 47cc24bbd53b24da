#include "belieftimeline.h"

#include "familypalette.h"
#include "localnumber.h"
#include "paintedtooltip.h"
#include "paintkit.h"
#include "pointaxis.h"
#include "textfit.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace curvelab {

namespace {

// Pixels between the axis labels and the plot (the margin and text size: paintkit.h).
constexpr qreal kGap = 6.0;
// Length of the tick marks under labelled points.
constexpr qreal kTick = 4.0;
// Below this many text lines of height the bands are too flat to read: shrink the text first.
constexpr qreal kMinPlotLines = 3.0;
// Plot size in pixels (at font scale 1) that sizeHint() asks for, and the least that still
// shows where the bands cross.
constexpr QSizeF kPreferredPlot(440.0, 200.0);
constexpr QSizeF kMinimumPlot(120.0, 60.0);
// Legend: swatch edge as a share of the text height, and the space between entries.
constexpr qreal kSwatchShare = 0.7;
constexpr qreal kSwatchGap = 5.0;
constexpr qreal kLegendSpacing = 18.0;
// Band fill opacity: opaque enough to keep the family colour, translucent enough that the grid
// lines beneath still show where 25%, 50% and 75% are.
constexpr int kBandAlpha = 200;
// Columns narrower than this many pixels get no separators: they would grey the whole plot.
constexpr qreal kMinSeparatedColumn = 12.0;
// Nor do more columns than this (paintBands says why).
constexpr int kMaxSeparatedColumns = 32;
const QColor kSeparatorColor(255, 255, 255, 110);
// Probabilities this far outside 0..1, and rows this far from summing to 1, are rounding.
constexpr float kSlack = 1e-4F;
constexpr double kSumSlack = 1e-3;
// The network has made up its mind once one family holds more than this.
constexpr float kDecided = 0.5F;

const QColor kGridColor(0x60, 0x60, 0x60);
// The highlighted column is lightened and outlined: it stands out on every band colour without
// hiding which family it shows.
const QColor kHighlightWash(255, 255, 255, 90);
const QColor kHighlightEdge(0, 0, 0, 170);

std::size_t index(int i)
{
    return static_cast<std::size_t>(i);
}

int argMax(const std::vector<float> &row)
{
    return static_cast<int>(std::max_element(row.cbegin(), row.cend()) - row.cbegin());
}

} // namespace

BeliefTimeline::BeliefTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Belief after every point"));
    setAccessibleDescription(tr("How the network's probability for each family changed as the "
                                "points came in, one column per point."));
}

bool BeliefTimeline::setBeliefs(const QStringList &names,
                                const std::vector<std::vector<float>> &perPoint)
{
    const auto k = static_cast<std::size_t>(names.size());
    if (k < 1 || k > kMaxFamilies) {
        return false;
    }
    for (const auto &row : perPoint) {
        if (row.size() != k) {
            return false;
        }
        double sum = 0.0;
        for (float p : row) {
            if (!std::isfinite(p) || p < -kSlack || p > 1.0F + kSlack) {
                return false;
            }
            sum += static_cast<double>(p);
        }
        if (std::abs(sum - 1.0) > kSumSlack) {
            return false;
        }
    }
    m_names = names;
    m_beliefs = perPoint;
    for (auto &row : m_beliefs) {
        for (float &p : row) {
            p = std::clamp(p, 0.0F, 1.0F);
        }
    }
    m_decisionPoint = computeDecisionPoint();
    updateGeometry();
    update();
    return true;
}

void BeliefTimeline::clear()
{
    m_names.clear();
    m_beliefs.clear();
    m_decisionPoint = 0;
    updateGeometry();
    update();
}

int BeliefTimeline::computeDecisionPoint() const
{
    if (m_beliefs.empty()) {
        return 0;
    }
    // Only one family can hold more than half, so "favoured and above 50%" is "above 50%" for
    // the family favoured at the end.
    const int family = argMax(m_beliefs.back());
    int first = pointCount() + 1;
    while (first > 1 && m_beliefs[index(first - 2)][index(family)] > kDecided) {
        --first;
    }
    return first <= pointCount() ? first : 0;
}

void BeliefTimeline::setHighlightedPoint(int point)
{
    point = std::max(point, 0);
    if (point != m_highlighted) {
        m_highlighted = point;
        update();
    }
}

void BeliefTimeline::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    updateGeometry();
    update();
}

float BeliefTimeline::belief(int point, int family) const
{
    if (point < 1 || point > pointCount() || family < 0 || family >= familyCount()) {
        return 0.0F;
    }
    return m_beliefs[index(point - 1)][index(family)];
}

QString BeliefTimeline::pointText(int point) const
{
    if (point < 1 || point > pointCount()) {
        return {};
    }
    std::vector<int> order(index(familyCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this, point](int a, int b) { return belief(point, a) > belief(point, b); });
    QStringList parts;
    for (int f : order) {
        parts << QStringLiteral("%1 %2%")
                     .arg(m_names[f])
                     .arg(localNumber(100.0 * static_cast<double>(belief(point, f)), 'f', 1));
    }
    return tr("After point %1: %2").arg(point).arg(parts.join(QStringLiteral(", ")));
}

QFont BeliefTimeline::labelFont(qreal fontScale, bool bold) const
{
    QFont f = font();
    f.setPointSizeF(kLabelPointSize * fontScale);
    f.setBold(bold);
    return f;
}

qreal BeliefTimeline::legendItemWidth(int family, qreal fontScale) const
{
    const QFontMetricsF metrics(labelFont(fontScale), this);
    return std::ceil(metrics.height() * kSwatchShare + kSwatchGap +
                     metrics.horizontalAdvance(m_names[family]));
}

BeliefTimeline::Geometry BeliefTimeline::geometryFor(const QSize &size) const
{
    auto tooFlat = [](const Geometry &g) { return g.plot.height() < kMinPlotLines * g.lineHeight; };
    const Geometry g = geometryAt(size, m_style.fontScale);
    if (!tooFlat(g)) {
        return g;
    }
    // The axis title goes before the text shrinks: the numbers under the columns say what they
    // count, and large text on a projector keeps its size.
    return shrinkTextToFit(
        m_style.fontScale,
        [&](qreal scale) { return geometryAt(size, scale, /*axisTitle=*/false); }, tooFlat);
}

BeliefTimeline::Geometry BeliefTimeline::geometryAt(const QSize &size, qreal fontScale,
                                                    bool axisTitle) const
{
    Geometry g;
    g.fontScale = fontScale;
    g.lineScale = m_style.lineScale * fontScale / m_style.fontScale;
    // Laid out for one point before the first arrives, so that size hints hold from the start.
    const int n = std::max(pointCount(), 1);
    const QRectF area =
        QRectF(QPointF(0, 0), QSizeF(size)).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetricsF metrics(labelFont(fontScale), this);
    const QFontMetricsF boldMetrics(labelFont(fontScale, /*bold=*/true), this);
    g.lineHeight = std::ceil(metrics.height());
    const qreal yLabels = std::ceil(metrics.horizontalAdvance(QStringLiteral("100%"))) + kGap;
    // The last point's label is centred under a column that may be narrower than the label.
    const qreal rightPad = std::ceil(boldMetrics.horizontalAdvance(QString::number(n)) / 2.0);
    const qreal left = area.left() + yLabels;
    const qreal right = std::max(area.right() - rightPad, left + 1.0);

    // The legend wraps onto as many lines as the names need.
    const qreal spacing = kLegendSpacing * fontScale;
    qreal x = left;
    qreal y = area.top();
    for (int f = 0; f < familyCount(); ++f) {
        const qreal width = legendItemWidth(f, fontScale);
        if (x > left && x + width > area.right()) {
            x = left;
            y += g.lineHeight;
        }
        g.legendItems.emplace_back(x, y, width, g.lineHeight);
        x += width + spacing;
    }
    g.legend = QRectF(left, area.top(), area.right() - left, y + g.lineHeight - area.top());

    g.decisionStrip = QRectF(left, g.legend.bottom() + kGap, right - left, g.lineHeight);
    if (axisTitle) {
        g.axisTitle = QRectF(left, area.bottom() - g.lineHeight, right - left, g.lineHeight);
    }
    g.tickLabelTop = area.bottom() - (axisTitle ? 2 : 1) * g.lineHeight;
    const qreal top = g.decisionStrip.bottom() + kGap / 2.0;
    const qreal bottom = std::max(g.tickLabelTop - kTick, top + 1.0);
    g.plot = QRectF(QPointF(left, std::round(top)), QPointF(right, std::round(bottom)));
    g.columnWidth = g.plot.width() / n;

    // Grid labels at every quarter where they have room, else at half, else only the ends.
    g.yStepPercent = g.plot.height() / 4.0 >= 1.2 * g.lineHeight   ? 25
                     : g.plot.height() / 2.0 >= 1.2 * g.lineHeight ? 50
                                                                   : 100;
    return g;
}

QSize BeliefTimeline::sizeFor(const QSizeF &plot, qreal fontScale) const
{
    return widgetSizeForPlot(plot,
                             [&](const QSize &size) { return geometryAt(size, fontScale).plot; });
}

QSize BeliefTimeline::sizeHint() const
{
    return sizeFor(kPreferredPlot * m_style.fontScale, m_style.fontScale);
}

QSize BeliefTimeline::minimumSizeHint() const
{
    // geometryFor() shrinks the text down to kMinFontScale before it squeezes the plot.
    return sizeFor(kMinimumPlot, std::min(m_style.fontScale, kMinFontScale));
}

QRectF BeliefTimeline::columnRect(int point) const
{
    if (point < 1 || point > pointCount()) {
        return {};
    }
    return geometryFor(size()).columnAt(point);
}

int BeliefTimeline::pointAt(const Geometry &g, const QPointF &pos) const
{
    if (pointCount() == 0 || !g.plot.contains(pos)) {
        return 0;
    }
    const int column = static_cast<int>(std::floor((pos.x() - g.plot.left()) / g.columnWidth));
    return std::clamp(column + 1, 1, pointCount());
}

int BeliefTimeline::pointAt(const QPoint &pos) const
{
    return pointAt(geometryFor(size()), QPointF(pos));
}

QString BeliefTimeline::toolTipAt(const QPoint &pos) const
{
    return pointText(pointAt(pos));
}

bool BeliefTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    auto *help = static_cast<QHelpEvent *>(event);
    return showPaintedToolTip(*this, *help, toolTipAt(help->pos()));
}

void BeliefTimeline::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void BeliefTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), kBackground);
    if (pointCount() == 0) {
        painter.setFont(labelFont(m_style.fontScale));
        painter.setPen(kMutedText);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Geometry g = geometryFor(size());
    paintLegend(painter, g);
    paintGrid(painter, g);
    paintBands(painter, g);
    paintHighlight(painter, g);
    paintXAxis(painter, g);
    paintDecision(painter, g);
}

void BeliefTimeline::paintLegend(QPainter &painter, const Geometry &g) const
{
    const qreal swatch = std::round(g.lineHeight * kSwatchShare);
    painter.setFont(labelFont(g.fontScale));
    for (int f = 0; f < familyCount(); ++f) {
        const QRectF item = g.legendItems[index(f)];
        const QRectF box(item.left(), std::round(item.center().y() - swatch / 2.0), swatch, swatch);
        painter.fillRect(box, m_style.familyColor(f));
        painter.setPen(kTextColor);
        painter.drawText(item.adjusted(swatch + kSwatchGap, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, m_names[f]);
    }
}

void BeliefTimeline::paintGrid(QPainter &painter, const Geometry &g) const
{
    painter.setFont(labelFont(g.fontScale));
    for (int percent = 0; percent <= 100; percent += 25) {
        const qreal y = std::round(g.yFor(percent / 100.0)) + 0.5;
        // 50% is the line a family must cross to be decided, so it is always drawn.
        QPen pen(kGridColor, (percent == 50 ? 1.5 : 1.0) * m_style.thinLineWidth);
        pen.setStyle(percent == 50 ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        if (percent % g.yStepPercent == 0) {
            painter.setPen(kTextColor);
            const QRectF label(g.plot.left() - kGap - 100.0, y - g.lineHeight / 2.0, 100.0,
                               g.lineHeight);
            painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(percent) + QLatin1Char('%'));
        }
    }
}

void BeliefTimeline::paintBands(QPainter &painter, const Geometry &g) const
{
    const int n = pointCount();
    // lower[t] is the share below the current family's band in column t + 1.
    std::vector<double> lower(index(n), 0.0);
    std::vector<QPolygonF> edges;
    for (int f = 0; f < familyCount(); ++f) {
        std::vector<double> upper(lower);
        for (int t = 0; t < n; ++t) {
            upper[index(t)] += static_cast<double>(m_beliefs[index(t)][index(f)]);
        }
        // One column is one belief, so the band steps at column edges instead of sloping.
        QPolygonF top;
        QPolygonF bottom;
        for (int t = 0; t < n; ++t) {
            const QRectF column = g.columnAt(t + 1);
            top << QPointF(column.left(), g.yFor(upper[index(t)]))
                << QPointF(column.right(), g.yFor(upper[index(t)]));
            bottom << QPointF(column.left(), g.yFor(lower[index(t)]))
                   << QPointF(column.right(), g.yFor(lower[index(t)]));
        }
        QPolygonF band = top;
        std::for_each(bottom.crbegin(), bottom.crend(), [&band](const QPointF &p) { band << p; });
        QColor fill = m_style.familyColor(f);
        fill.setAlpha(kBandAlpha);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(band);
        edges.push_back(top);
        lower = upper;
    }
    // Faint separators where columns are wide enough to count, so that a point's column can be
    // found even where the belief did not change.
    // Only for a hand-drawn number of points: Qt's raster engine hands every tall line to its
    // thread pool and waits, and on two cores a hundred such hand-offs cost more than a frame
    // (bench/canvas_latency); with more points the columns are too narrow to need them.
    if (g.columnWidth >= kMinSeparatedColumn && n <= kMaxSeparatedColumns) {
        QVector<QLineF> separators;
        for (int t = 1; t < n; ++t) {
            const qreal x = g.columnAt(t + 1).left();
            separators.append(QLineF(x, g.plot.top(), x, g.plot.bottom()));
        }
        painter.setPen(QPen(kSeparatorColor, m_style.thinLineWidth));
        painter.drawLines(separators);
    }
    // Edges after all fills, so that a band never hides its neighbour's outline.
    painter.setBrush(Qt::NoBrush);
    for (int f = 0; f < familyCount(); ++f) {
        painter.setPen(QPen(m_style.familyColor(f), 1.5 * g.lineScale, Qt::SolidLine, Qt::FlatCap,
                            Qt::MiterJoin));
        painter.drawPolyline(edges[index(f)]);
    }
    painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
    painter.drawLine(QPointF(g.plot.left(), g.plot.top()), QPointF(g.plot.left(), g.plot.bottom()));
    painter.drawLine(QPointF(g.plot.left(), g.plot.bottom()),
                     QPointF(g.plot.right(), g.plot.bottom()));
}

void BeliefTimeline::paintHighlight(QPainter &painter, const Geometry &g) const
{
    if (m_highlighted < 1 || m_highlighted > pointCount()) {
        return;
    }
    const QRectF column = g.columnAt(m_highlighted);
    painter.fillRect(column, kHighlightWash);
    painter.setPen(QPen(kHighlightEdge, 1.5 * g.lineScale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(column);
}

void BeliefTimeline::paintXAxis(QPainter &painter, const Geometry &g) const
{
    const int n = pointCount();
    const QFont regular = labelFont(g.fontScale);
    const QFont bold = labelFont(g.fontScale, /*bold=*/true);
    const QFontMetricsF metrics(bold, this);
    const auto centreX = [&g](int p) { return g.columnAt(p).center().x(); };
    for (const PointAxisLabel &label :
         pointAxisLabels(n, m_highlighted, g.columnWidth, centreX, metrics, g.tickLabelTop,
                         g.lineHeight, kGap)) {
        const qreal x = label.box.center().x();
        painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
        painter.drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + kTick));
        painter.setFont(label.point == m_highlighted ? bold : regular);
        painter.setPen(kTextColor);
        painter.drawText(label.box.adjusted(-kGap, 0, kGap, 0), Qt::AlignCenter, label.text);
    }
    painter.setFont(regular);
    painter.setPen(kMutedText.darker(130));
    if (!g.axisTitle.isEmpty()) {
        painter.drawText(g.axisTitle, Qt::AlignCenter, tr("point"));
    }
}

void BeliefTimeline::paintDecision(QPainter &painter, const Geometry &g) const
{
    if (m_decisionPoint == 0) {
        return;
    }
    const qreal x = std::round(g.columnAt(m_decisionPoint).left()) + 0.5;
    QPen pen(kTextColor, 2.0 * g.lineScale, Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(x, g.decisionStrip.top()), QPointF(x, g.plot.bottom()));

    const QFont font = labelFont(g.fontScale, /*bold=*/true);
    const QString text = tr("decided at point %1").arg(m_decisionPoint);
    const qreal width = QFontMetricsF(font, this).horizontalAdvance(text);
    // Right of the line where it fits, else left of it.
    const qreal gap = kGap * g.fontScale;
    const bool fitsRight = x + gap + width <= rect().right() - kMargin;
    const qreal left = fitsRight ? x + gap : std::max(x - gap - width, kMargin);
    const QRectF label(left, g.decisionStrip.top(), width, g.decisionStrip.height());
    painter.setFont(font);
    painter.setPen(kTextColor);
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace curvelab
