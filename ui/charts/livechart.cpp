#include "livechart.h"

#include "localnumber.h"
#include "seriesbuffer.h"
#include "ticksteps.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

namespace curvelab {

namespace {

// Text sizes at font scale 1, in points; 12 pt tick labels stay readable on a projector.
constexpr qreal kLabelPointSize = 12.0;
constexpr qreal kAxisTitlePointSize = 13.0;
constexpr qreal kChartTitlePointSize = 15.0;
// Marker diameter in pixels at font scale 1: markers label points, like the text.
constexpr qreal kMarkerSize = 7.0;
// Near-black rather than the light theme's grey: the grey washes out on a projector.
const QColor kTextColor(0x22, 0x22, 0x22);
const QColor kMinorGridColor(0xF0, 0xF0, 0xF0);
// The fixed accuracy axis: 0..100% in steps of 20, or of 25 or 50 where a short plot (large text
// on a projector) has no room for six labels.
constexpr std::array<double, 3> kPercentTicks = {20.0, 25.0, 50.0};
// Labels closer than this many line heights run together.
constexpr qreal kLabelPitch = 1.3;
// The plot height, in x-label heights, below which the x axis title gives its room to the labels.
constexpr qreal kMinPlotLabelHeights = 3.5;
// Relative nudge of a log axis' minimum below its decade (see updateYAxis).
constexpr double kLogEdgeNudge = 1e-9;
// The x span before any data, so that an empty chart still has an axis.
constexpr double kInitialXSpan = 10.0;

void setValueAxis(QValueAxis *axis, double min, double max, double tickInterval,
                  const QString &labelFormat)
{
    // Qt lays the ticks out after every change: a range grown by 1000x under the old, fine
    // interval would ask for a million tick items for a moment. So the interval widens before
    // the range grows, and narrows after it shrinks.
    const bool coarser = tickInterval >= axis->tickInterval();
    if (coarser) {
        axis->setTickInterval(tickInterval);
    }
    axis->setRange(min, max);
    if (!coarser) {
        axis->setTickInterval(tickInterval);
    }
    axis->setTickAnchor(0.0);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setLabelFormat(labelFormat);
}

QFont scaledFont(QFont font, qreal pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString formatX(double x)
{
    if (std::abs(x) < 1e15 && x == std::round(x)) {
        return QString::number(static_cast<qint64>(x));
    }
    return localNumber(x, 'g', 6);
}

} // namespace

LiveChart::LiveChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // The style's layout margins put a blank line's height around the legend: room the plot
    // needs when large text fills a 1280x720 projector with four charts.
    m_chart->legend()->layout()->setContentsMargins(0, 0, 0, 0);
    connect(m_chart, &QChart::plotAreaChanged, this, &LiveChart::fitToPlotArea);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_xAxis = new QValueAxis;
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    installYAxis();
    updateXAxis();
    updateLegend();
    applyFonts();

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LiveChart::flush);
}

LiveChart::~LiveChart() = default;

int LiveChart::addSeries(const QString &name, const SeriesStyle &style)
{
    const int index = seriesCount();
    Series series;
    series.name = name;
    series.style = style;
    series.buffer = std::make_unique<SeriesBuffer>(m_maxPoints);
    series.line = new QLineSeries;
    series.line->setName(name);
    m_chart->addSeries(series.line);
    series.line->attachAxis(m_xAxis);
    series.line->attachAxis(m_yAxis);
    connect(
        series.line, &QXYSeries::hovered, this,
        [this, index](const QPointF &point, bool state) { showHoverText(index, point, state); });
    m_series.push_back(std::move(series));
    applyPen(m_series.back());
    updateLegend();
    return index;
}

int LiveChart::addSmoothedSeries(int source, const QString &name, const SeriesStyle &style,
                                 double smoothing)
{
    if (source < 0 || source >= seriesCount()) {
        return -1;
    }
    const int index = addSeries(name, style);
    m_series[static_cast<std::size_t>(index)].smoothing = std::clamp(smoothing, 0.0, 0.999);
    m_series[static_cast<std::size_t>(source)].smoothedBy = index;
    return index;
}

void LiveChart::addPoint(int series, double x, double y)
{
    // A NaN would break the line and the axis range; the trainer reports divergence itself.
    if (series < 0 || series >= seriesCount() || !std::isfinite(x) || !std::isfinite(y)) {
        return;
    }
    appendToBuffer(series, x, y);
    const int companion = m_series[static_cast<std::size_t>(series)].smoothedBy;
    if (companion >= 0) {
        feedSmoothed(companion, x, y);
    }
    scheduleFlush();
}

void LiveChart::setPoints(int series, const QList<QPointF> &points)
{
    if (series < 0 || series >= seriesCount()) {
        return;
    }
    Series &target = m_series[static_cast<std::size_t>(series)];
    target.buffer->clear();
    target.dirty = true;
    if (target.smoothedBy >= 0) {
        Series &companion = m_series[static_cast<std::size_t>(target.smoothedBy)];
        companion.buffer->clear();
        companion.emaValue = 0.0;
        companion.emaDecay = 1.0;
        companion.dirty = true;
    }
    for (const QPointF &p : points) {
        addPoint(series, p.x(), p.y());
    }
    scheduleFlush();
}

void LiveChart::appendToBuffer(int series, double x, double y)
{
    Series &target = m_series[static_cast<std::size_t>(series)];
    target.buffer->append(QPointF(x, y));
    target.dirty = true;
    trackExtent(x, y);
}

void LiveChart::feedSmoothed(int companion, double x, double y)
{
    Series &smoothed = m_series[static_cast<std::size_t>(companion)];
    smoothed.emaValue = smoothed.smoothing * smoothed.emaValue + (1.0 - smoothed.smoothing) * y;
    smoothed.emaDecay *= smoothed.smoothing;
    appendToBuffer(companion, x, smoothed.emaValue / (1.0 - smoothed.emaDecay));
}

void LiveChart::scheduleFlush()
{
    // Single shot, started by the first point after a push: at most one push per interval, and
    // an idle chart wakes nobody.
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void LiveChart::trackExtent(double x, double y)
{
    if (!m_hasData) {
        m_dataXMin = m_dataXMax = x;
        m_dataYMin = m_dataYMax = y;
        m_hasData = true;
    }
    m_dataXMin = std::min(m_dataXMin, x);
    m_dataXMax = std::max(m_dataXMax, x);
    m_dataYMin = std::min(m_dataYMin, y);
    m_dataYMax = std::max(m_dataYMax, y);
    if (y > 0.0 && (m_dataYMinPositive <= 0.0 || y < m_dataYMinPositive)) {
        m_dataYMinPositive = y;
    }
}

void LiveChart::clear()
{
    m_flushTimer.stop();
    for (Series &series : m_series) {
        series.buffer->clear();
        series.line->clear();
        series.emaValue = 0.0;
        series.emaDecay = 1.0;
        series.dirty = false;
    }
    m_hasData = false;
    m_dataYMinPositive = 0.0;
    m_replaceCount = 0;
    updateXAxis();
    updateYAxis();
}

void LiveChart::flush()
{
    m_flushTimer.stop();
    bool pushed = false;
    for (Series &series : m_series) {
        if (series.dirty) {
            pushSeries(series);
            pushed = true;
        }
    }
    if (!pushed) {
        return;
    }
    updateXAxis();
    updateYAxis();
    Q_EMIT flushed();
}

void LiveChart::pushSeries(Series &series)
{
    QList<QPointF> points = series.buffer->points();
    if (m_yScale != YScale::Linear) {
        for (QPointF &p : points) {
            p.setY(toAxisUnits(p.y()));
        }
    }
    series.line->replace(points);
    series.dirty = false;
    ++m_replaceCount;
}

double LiveChart::toAxisUnits(double y) const
{
    switch (m_yScale) {
    case YScale::Percent:
        return 100.0 * y;
    case YScale::Log:
        return std::max(y, kLogFloor);
    case YScale::Linear:
        break;
    }
    return y;
}

void LiveChart::updateXAxis()
{
    if (m_fixedX) {
        return;
    }
    const double min = m_hasData ? std::min(0.0, -niceCeil(-m_dataXMin)) : 0.0;
    const double max = std::max(m_hasData ? niceCeil(m_dataXMax) : 0.0, min + kInitialXSpan);
    const double interval = niceTickInterval(max - min);
    setValueAxis(m_xAxis, min, max, interval, labelFormatFor(interval));
}

void LiveChart::updateYAxis()
{
    if (m_yScale == YScale::Log) {
        const double low = m_dataYMinPositive > 0.0 ? m_dataYMinPositive : 0.1;
        const double high = std::max(m_hasData ? m_dataYMax : 1.0, low);
        const double min = std::pow(10.0, std::floor(std::log10(low)));
        const double max = std::max(std::pow(10.0, std::ceil(std::log10(high))), 10.0 * min);
        // Qt 6.4 drops the lowest label when the minimum is exactly a power of the base; a
        // nudge too small to see keeps it.
        static_cast<QLogValueAxis *>(m_yAxis)->setRange(min * (1.0 - kLogEdgeNudge), max);
        return;
    }
    auto *axis = static_cast<QValueAxis *>(m_yAxis);
    if (m_yScale == YScale::Percent) {
        setValueAxis(axis, 0.0, 100.0, percentTick(), QStringLiteral("%.0f%%"));
        return;
    }
    const double min = m_hasData ? std::min(0.0, -niceCeil(-m_dataYMin)) : 0.0;
    double max = m_hasData ? niceCeil(m_dataYMax) : 1.0;
    if (max <= min) {
        max = min + 1.0;
    }
    const double interval = niceTickInterval(max - min);
    setValueAxis(axis, min, max, interval, labelFormatFor(interval));
}

double LiveChart::percentTick() const
{
    const qreal plot = m_chart->plotArea().height();
    if (plot <= 0.0) {
        return kPercentTicks.front(); // not laid out yet
    }
    const qreal pitch = QFontMetricsF(m_yAxis->labelsFont()).height() * kLabelPitch;
    for (double tick : kPercentTicks) {
        if (plot * tick / 100.0 >= pitch) {
            return tick;
        }
    }
    return kPercentTicks.back();
}

void LiveChart::fitToPlotArea()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty()) {
        return; // not laid out yet
    }
    // An elided "acc…" reads worse than no y title; the chart's title names the quantity too.
    const qreal titleLength = QFontMetricsF(m_yAxis->titleFont()).horizontalAdvance(m_yTitle);
    m_yAxis->setTitleVisible(titleLength <= plot.height());
    // A short chart (presentation type beside a lesson) has Qt elide every x label to "…"; the
    // x title ("step") goes first. Shown again only once it fits with room to spare, so that
    // showing it cannot shrink the plot back under the bar and make the title flicker.
    const qreal labelHeight = QFontMetricsF(m_xAxis->labelsFont()).height();
    const qreal xTitleHeight = QFontMetricsF(m_xAxis->titleFont()).height();
    const qreal needed =
        kMinPlotLabelHeights * labelHeight + (m_xAxis->isTitleVisible() ? 0.0 : xTitleHeight);
    m_xAxis->setTitleVisible(plot.height() >= needed);
    if (m_yScale == YScale::Percent) {
        updateYAxis();
    }
}

void LiveChart::installYAxis()
{
    QAbstractAxis *axis = nullptr;
    if (m_yScale == YScale::Log) {
        auto *logAxis = new QLogValueAxis;
        logAxis->setBase(10.0);
        logAxis->setLabelFormat(QStringLiteral("%g"));
        logAxis->setMinorTickCount(-1);
        // Faint and solid: nine dashed lines a decade would drown the curve.
        logAxis->setMinorGridLinePen(QPen(kMinorGridColor, 1.0));
        axis = logAxis;
    } else {
        axis = new QValueAxis;
    }
    if (m_yAxis != nullptr) {
        m_chart->removeAxis(m_yAxis);
        delete m_yAxis;
    }
    m_yAxis = axis;
    m_yAxis->setTitleText(m_yTitle);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (Series &series : m_series) {
        series.line->attachAxis(m_yAxis);
    }
    updateYAxis();
}

void LiveChart::updateLegend()
{
    // One series needs no legend: the axis title names it.
    const auto visible = std::count_if(m_series.cbegin(), m_series.cend(),
                                       [](const Series &s) { return s.line->isVisible(); });
    m_chart->legend()->setVisible(visible > 1);
}

void LiveChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void LiveChart::setXAxisTitle(const QString &title)
{
    m_xTitle = title;
    m_xAxis->setTitleText(title);
}

void LiveChart::setYAxisTitle(const QString &title)
{
    m_yTitle = title;
    m_yAxis->setTitleText(title);
}

void LiveChart::setYScale(YScale scale)
{
    if (scale == m_yScale) {
        return;
    }
    m_yScale = scale;
    installYAxis();
    applyFonts();
    for (Series &series : m_series) {
        series.dirty = true;
    }
    flush();
}

void LiveChart::setFixedXRange(double min, double max, double tickInterval)
{
    m_fixedX = true;
    setValueAxis(m_xAxis, min, max, tickInterval, labelFormatFor(tickInterval));
}

void LiveChart::setSeriesVisible(int series, bool visible)
{
    if (series < 0 || series >= seriesCount()) {
        return;
    }
    QLineSeries *line = m_series[static_cast<std::size_t>(series)].line;
    line->setVisible(visible);
    for (QLegendMarker *marker : m_chart->legend()->markers(line)) {
        marker->setVisible(visible);
    }
    updateLegend();
}

void LiveChart::setSeriesStyle(int series, const SeriesStyle &style)
{
    if (series < 0 || series >= seriesCount()) {
        return;
    }
    Series &target = m_series[static_cast<std::size_t>(series)];
    target.style = style;
    applyPen(target);
}

void LiveChart::setSeriesName(int series, const QString &name)
{
    if (series < 0 || series >= seriesCount()) {
        return;
    }
    Series &target = m_series[static_cast<std::size_t>(series)];
    target.name = name;
    target.line->setName(name);
}

void LiveChart::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    applyFonts();
}

void LiveChart::applyFonts()
{
    const QFont base = font();
    const qreal s = m_style.fontScale;
    m_chart->setTitleFont(scaledFont(base, kChartTitlePointSize * s, /*bold=*/true));
    m_chart->setTitleBrush(kTextColor);
    m_chart->legend()->setFont(scaledFont(base, kLabelPointSize * s));
    m_chart->legend()->setLabelColor(kTextColor);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis), m_yAxis}) {
        axis->setLabelsFont(scaledFont(base, kLabelPointSize * s));
        axis->setLabelsColor(kTextColor);
        axis->setTitleFont(scaledFont(base, kAxisTitlePointSize * s, /*bold=*/true));
        axis->setTitleBrush(kTextColor);
    }
    for (Series &series : m_series) {
        applyPen(series);
    }
}

void LiveChart::applyPen(Series &series)
{
    QPen pen(series.style.color);
    pen.setWidthF(series.style.width * m_style.lineScale);
    pen.setStyle(series.style.penStyle);
    // Qt's own patterns read poorly in a short legend marker: its dash is longer than the marker
    // (which then shows a solid line) and its dots look like short dashes. Round dots and short
    // dashes tell the reference lines apart at a glance.
    if (series.style.penStyle == Qt::DotLine) {
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.0});
    } else if (series.style.penStyle == Qt::DashLine) {
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({3.0, 2.0});
    }
    series.line->setPen(pen);
    series.line->setBrush(series.style.color);
    series.line->setPointsVisible(series.style.markers);
    series.line->setMarkerSize(kMarkerSize * m_style.fontScale);
}

void LiveChart::setMaxPointsPerSeries(int cap)
{
    m_maxPoints = std::max(cap, SeriesBuffer::kMinPoints);
    for (Series &series : m_series) {
        series.buffer->setCap(m_maxPoints);
        series.dirty = true;
    }
    scheduleFlush();
}

QList<QPointF> LiveChart::seriesPoints(int series) const
{
    if (series < 0 || series >= seriesCount()) {
        return {};
    }
    return m_series[static_cast<std::size_t>(series)].line->points();
}

LiveChart::AxisRange LiveChart::xRange() const
{
    return {m_xAxis->min(), m_xAxis->max()};
}

LiveChart::AxisRange LiveChart::yRange() const
{
    if (m_yScale == YScale::Log) {
        const auto *axis = static_cast<const QLogValueAxis *>(m_yAxis);
        return {axis->min(), axis->max()};
    }
    const auto *axis = static_cast<const QValueAxis *>(m_yAxis);
    return {axis->min(), axis->max()};
}

int LiveChart::shownSeriesNamed(const QString &name) const
{
    for (int i = 0; i < seriesCount(); ++i) {
        if (m_series[static_cast<std::size_t>(i)].name == name && isSeriesShown(i)) {
            return i;
        }
    }
    return -1;
}

bool LiveChart::isSeriesShown(int series) const
{
    return m_series.at(static_cast<std::size_t>(series)).line->isVisible();
}

int LiveChart::drawnPointCount(int series) const
{
    return m_series.at(static_cast<std::size_t>(series)).line->count();
}

qreal LiveChart::drawnPenWidth(int series) const
{
    return m_series.at(static_cast<std::size_t>(series)).line->pen().widthF();
}

QColor LiveChart::drawnPenColor(int series) const
{
    return m_series.at(static_cast<std::size_t>(series)).line->pen().color();
}

qreal LiveChart::titlePointSize() const
{
    return m_chart->titleFont().pointSizeF();
}

qreal LiveChart::tickLabelPointSize() const
{
    return m_xAxis->labelsFont().pointSizeF();
}

bool LiveChart::isXAxisTitleShown() const
{
    return m_xAxis->isTitleVisible();
}

QColor LiveChart::backgroundColor() const
{
    const QBrush brush = m_chart->backgroundBrush();
    return brush.gradient() ? brush.gradient()->stops().constFirst().second : brush.color();
}

QString LiveChart::toolTipText(int series, double x) const
{
    const QList<QPointF> points = seriesPoints(series);
    if (points.isEmpty()) {
        return {};
    }
    auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                               [](const QPointF &p, double value) { return p.x() < value; });
    if (it == points.cend() || (it != points.cbegin() && x - (it - 1)->x() < it->x() - x)) {
        --it;
    }
    const QString value = m_yScale == YScale::Percent
                              ? localNumber(it->y(), 'f', 1) + QLatin1Char('%')
                              : localNumber(it->y(), 'g', 4);
    const QString xName = m_xTitle.isEmpty() ? QStringLiteral("x") : m_xTitle;
    return QStringLiteral("%1 %2\n%3: %4")
        .arg(xName, formatX(it->x()), m_series[static_cast<std::size_t>(series)].name, value);
}

void LiveChart::showHoverText(int series, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), toolTipText(series, point.x()), m_view);
}

} // namespace curvelab
