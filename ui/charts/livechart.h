#pragma once

#include "styledview.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace curvelab {

class SeriesBuffer;

// A line chart of named series that grow while a model trains (loss, test accuracy), and the one
// place that knows Qt Charts: the other charts are built on it, so that a move to Qt Graphs
// (Qt Charts is deprecated from 6.10 on) rewrites this file and little else.
//
// addPoint() only appends to a buffer; a timer pushes the buffers to the chart at most every
// kFlushIntervalMs, so a trainer reporting thousands of times a second costs one redraw per tick.
// Long runs are decimated (min and max per bucket), never truncated: the whole run stays in view.
// Points are expected in non-decreasing x, as training steps are. GUI thread only: feed it from
// the trainer's queued progress signals.
class LiveChart : public QWidget, public StyledView
{
    Q_OBJECT

public:
    enum class YScale
    {
        Linear,  // grows to fit the data, never shrinks (loss)
        Log,     // decades that grow to fit; values <= 0 are drawn at kLogFloor
        Percent, // fractions 0..1 in (as core reports accuracy), a fixed 0..100% axis out
    };

    struct SeriesStyle
    {
        QColor color = Qt::black;
        qreal width = 2.0; // in pixels at line scale 1
        Qt::PenStyle penStyle = Qt::SolidLine;
        bool markers = false;
    };

    struct AxisRange
    {
        double min = 0.0;
        double max = 0.0;
    };

    // The push rate: smooth enough to look live, rare enough to leave the GUI thread idle.
    static constexpr int kFlushIntervalMs = 50;
    // Points per series on screen: about one per horizontal pixel of a full-HD chart.
    static constexpr int kDefaultMaxPoints = 2000;
    // What a log axis shows for a value <= 0, which it cannot place.
    static constexpr double kLogFloor = 1e-9;

    explicit LiveChart(QWidget *parent = nullptr);
    ~LiveChart() override;

    // Returns the series index for addPoint().
    int addSeries(const QString &name, const SeriesStyle &style);
    // A companion that follows `source` with a debiased exponential moving average (as
    // TensorBoard's smoothing): each point is smoothing * previous + (1 - smoothing) * new.
    // addPoint(source, ...) feeds it; do not add points to it directly.
    int addSmoothedSeries(int source, const QString &name, const SeriesStyle &style,
                          double smoothing = 0.95);
    int seriesCount() const { return static_cast<int>(m_series.size()); }

    void addPoint(int series, double x, double y);
    // Replaces all points of one series (for charts redrawn as a whole, not grown).
    void setPoints(int series, const QList<QPointF> &points);
    // Empties every series and lets the axes start small again.
    void clear();
    // Pushes pending points now instead of at the next tick (end of a run, export, tests).
    void flush();

    void setTitle(const QString &title);
    void setXAxisTitle(const QString &title);
    void setYAxisTitle(const QString &title);
    // May change at any time (a "log scale" check box), the data is kept.
    void setYScale(YScale scale);
    YScale yScale() const { return m_yScale; }
    // Pins the x axis (for a chart over 1..N points seen), ticks every tickInterval from 0;
    // growing is the default.
    void setFixedXRange(double min, double max, double tickInterval);
    void setSeriesVisible(int series, bool visible);
    void setSeriesStyle(int series, const SeriesStyle &style);
    void setSeriesName(int series, const QString &name);

    // Text sizes, pen widths and colours; fonts and pens are rebuilt at once, the data is kept.
    void setViewStyle(const ViewStyle &style) override;

    // At least 16; fewer would leave nothing of the run's shape.
    void setMaxPointsPerSeries(int cap);
    int maxPointsPerSeries() const { return m_maxPoints; }

    // What the chart shows now, in axis units (percent for YScale::Percent).
    QList<QPointF> seriesPoints(int series) const;
    AxisRange xRange() const;
    AxisRange yRange() const;
    // How many times the chart was handed new points since construction or clear() (one per
    // changed series per push).
    int replaceCount() const { return m_replaceCount; }
    // The hover text for the point of `series` nearest to `x`.
    QString toolTipText(int series, double x) const;

    // What Qt Charts draws now, read back from it, so that nothing outside this class (tests
    // included) needs to know Qt Charts.
    // The index of the shown series of this name, or -1.
    int shownSeriesNamed(const QString &name) const;
    bool isSeriesShown(int series) const;
    // Points in the drawn line (after decimation).
    int drawnPointCount(int series) const;
    qreal drawnPenWidth(int series) const;
    QColor drawnPenColor(int series) const;
    qreal titlePointSize() const;
    qreal tickLabelPointSize() const; // the x axis'
    bool isXAxisTitleShown() const;
    // The colour behind the lines (the first stop of the theme's gradient, where it has one).
    QColor backgroundColor() const;

    QSize sizeHint() const override { return {640, 400}; }

Q_SIGNALS:
    // After each push of buffered points to the chart.
    void flushed();

private:
    struct Series
    {
        QString name;
        SeriesStyle style;
        QLineSeries *line = nullptr; // owned by m_chart
        std::unique_ptr<SeriesBuffer> buffer;
        int smoothedBy = -1; // index of the companion that smooths this series, if any
        double smoothing = 0.0;
        double emaValue = 0.0;
        double emaDecay = 1.0; // smoothing^n, to debias the average's start from zero
        bool dirty = false;
    };

    void appendToBuffer(int series, double x, double y);
    void feedSmoothed(int companion, double x, double y);
    void scheduleFlush();
    void trackExtent(double x, double y);
    void pushSeries(Series &series);
    double toAxisUnits(double y) const;
    void updateXAxis();
    void updateYAxis();
    void installYAxis();
    // The percent axis' tick step and the y title's visibility for the plot's height now.
    double percentTick() const;
    void fitToPlotArea();
    void updateLegend();
    void applyFonts();
    void applyPen(Series &series);
    void showHoverText(int series, const QPointF &point, bool entered);

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr; // owned by m_view
    QValueAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr; // a QValueAxis or a QLogValueAxis, after m_yScale
    std::vector<Series> m_series;
    QString m_xTitle;
    QString m_yTitle;
    QTimer m_flushTimer;
    YScale m_yScale = YScale::Linear;
    int m_maxPoints = kDefaultMaxPoints;
    int m_replaceCount = 0;
    bool m_fixedX = false;
    bool m_hasData = false;
    double m_dataXMin = 0.0;
    double m_dataXMax = 0.0;
    double m_dataYMin = 0.0;
    double m_dataYMax = 0.0;
    double m_dataYMinPositive = 0.0; // for the log axis
};

} // namespace curvelab
