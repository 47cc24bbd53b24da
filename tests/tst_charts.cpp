#include "accuracybylengthchart.h"
#include "chartexport.h"
#include "confusionmatrixview.h"
#include "livechart.h"
#include "viewstyle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace curvelab;

namespace {

// A trainer that reports far faster than the screen can follow.
constexpr int kBurst = 10'000;
// A run long enough that keeping every point would choke the chart.
constexpr int kLongRun = 1'000'000;

const LiveChart::SeriesStyle kRawStyle{Qt::darkGray, /*width=*/1.0, Qt::SolidLine, false};
const LiveChart::SeriesStyle kSmoothStyle{Qt::black, /*width=*/3.0, Qt::SolidLine, false};

bool isNiceBound(double v)
{
    if (v == 0.0) {
        return true;
    }
    const double mantissa = v / std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (std::abs(mantissa - m) < 1e-9) {
            return true;
        }
    }
    return false;
}

std::vector<std::vector<int>> diagonalHeavy(int classes)
{
    std::vector<std::vector<int>> counts(static_cast<std::size_t>(classes),
                                         std::vector<int>(static_cast<std::size_t>(classes), 1));
    for (int i = 0; i < classes; ++i) {
        counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(i)] = 100 + i;
    }
    return counts;
}

QStringList familyNames(int classes)
{
    const QStringList all = {"line", "parabola", "sqrt", "cubic",
                             "exp",  "log",      "sine", "reciprocal"};
    return all.mid(0, classes);
}

enum class ChartKind
{
    Live,
    AccuracyByLength,
    ConfusionMatrix,
};

} // namespace

Q_DECLARE_METATYPE(LiveChart::YScale)
Q_DECLARE_METATYPE(ChartKind)

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortChartGivesTheXTitlesRoomToTheLabels();
    void burstIsCoalescedIntoOneReplacePerSeries_data();
    void burstIsCoalescedIntoOneReplacePerSeries();
    void steadyStreamIsPushedAtMostEveryInterval();
    void longRunIsDecimatedNotTruncated_data();
    void longRunIsDecimatedNotTruncated();
    void smoothedSeriesFollowsItsSource();
    void accuracyAxisStaysZeroToHundred_data();
    void accuracyAxisStaysZeroToHundred();
    void stepAxisOnlyGrowsToNiceBounds_data();
    void stepAxisOnlyGrowsToNiceBounds();
    void lossAxisGrowsButNeverShrinks_data();
    void lossAxisGrowsButNeverShrinks();
    void clearEmptiesSeriesAndResetsAxes();
    void hoverTextNamesStepAndValue();
    void accuracyByLengthPlotsEachLine();
    void confusionMatrixPaintsAtAnySize_data();
    void confusionMatrixPaintsAtAnySize();
    void confusionMatrixHoverNamesTruthAndGuess_data();
    void confusionMatrixHoverNamesTruthAndGuess();
    void confusionMatrixRejectsBadInput_data();
    void confusionMatrixRejectsBadInput();
    void exportWritesImage_data();
    void exportWritesImage();
    void exportReportsFailure_data();
    void exportReportsFailure();
};

void TestCharts::burstIsCoalescedIntoOneReplacePerSeries_data()
{
    QTest::addColumn<bool>("smoothed");
    QTest::addColumn<int>("expectedReplaces");
    QTest::addRow("one series, 10000 points in a burst") << false << 1;
    QTest::addRow("raw and smoothed series, 10000 points in a burst") << true << 2;
}

void TestCharts::burstIsCoalescedIntoOneReplacePerSeries()
{
    QFETCH(bool, smoothed);
    QFETCH(int, expectedReplaces);
    LiveChart chart;
    chart.setMaxPointsPerSeries(2 * kBurst); // room for all: this test is about coalescing
    const int raw = chart.addSeries("loss", kRawStyle);
    if (smoothed) {
        chart.addSmoothedSeries(raw, "loss (smoothed)", kSmoothStyle);
    }
    QSignalSpy flushed(&chart, &LiveChart::flushed);

    for (int i = 0; i < kBurst; ++i) {
        chart.addPoint(raw, i, 1.0 / (1 + i));
    }
    QCOMPARE(chart.replaceCount(), 0); // buffered only, until the timer fires
    QVERIFY(flushed.wait(1000));

    QCOMPARE(chart.replaceCount(), expectedReplaces);
    for (int s = 0; s < chart.seriesCount(); ++s) {
        const QList<QPointF> points = chart.seriesPoints(s);
        QCOMPARE(points.size(), kBurst);
        QCOMPARE(points.last().x(), double(kBurst - 1));
    }
}

void TestCharts::steadyStreamIsPushedAtMostEveryInterval()
{
    LiveChart chart;
    const int series = chart.addSeries("loss", kRawStyle);
    constexpr int kStreamMs = 300;
    QElapsedTimer clock;
    clock.start();
    int x = 0;
    while (clock.elapsed() < kStreamMs) {
        for (int i = 0; i < 50; ++i, ++x) {
            chart.addPoint(series, x, 1.0);
        }
        QCoreApplication::processEvents();
    }
    const qint64 elapsed = clock.elapsed();
    chart.flush();
    QVERIFY2(chart.replaceCount() <= elapsed / LiveChart::kFlushIntervalMs + 2,
             qPrintable(QString("%1 pushes in %2 ms").arg(chart.replaceCount()).arg(elapsed)));
    QCOMPARE(chart.seriesPoints(series).last().x(), double(x - 1));
}

void TestCharts::longRunIsDecimatedNotTruncated_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("shape");
    QTest::addRow("rising line keeps both ends") << LiveChart::kDefaultMaxPoints << "ramp";
    QTest::addRow("a single spike survives") << LiveChart::kDefaultMaxPoints << "spike";
    QTest::addRow("noisy falling loss keeps its noise band")
        << LiveChart::kDefaultMaxPoints << "noisy";
    QTest::addRow("a small cap is kept too") << 100 << "ramp";
}

void TestCharts::longRunIsDecimatedNotTruncated()
{
    QFETCH(int, cap);
    QFETCH(QString, shape);
    constexpr int kSpikeAt = 123'457;
    constexpr double kSpike = 1e6;
    auto value = [&shape](int i) {
        if (shape == "ramp") {
            return double(i);
        }
        if (shape == "spike") {
            return i == kSpikeAt ? kSpike : 1.0;
        }
        // Rare outliers; 64-bit, as i * 7919 overflows an int within the run (UBSan).
        return std::exp(-i / 2e5) + ((qint64{i} * 7919) % 1000 == 0 ? 0.5 : 0.0);
    };
    LiveChart chart;
    chart.setMaxPointsPerSeries(cap);
    const int series = chart.addSeries("loss", kRawStyle);
    for (int i = 0; i < kLongRun; ++i) {
        chart.addPoint(series, i, value(i));
        if (i % 100'000 == 0) {
            chart.flush(); // pushes along the way must not grow the series either
        }
    }
    chart.flush();

    const QList<QPointF> points = chart.seriesPoints(series);
    QVERIFY2(points.size() <= cap, qPrintable(QString::number(points.size())));
    QVERIFY(points.size() >= cap / 4);
    QCOMPARE(points.first().x(), 0.0);
    QCOMPARE(points.last().x(), double(kLongRun - 1));
    QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    const auto [low, high] =
        std::minmax_element(points.cbegin(), points.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    double expectedHigh = value(0);
    double expectedLow = value(0);
    for (int i = 0; i < kLongRun; ++i) {
        expectedHigh = std::max(expectedHigh, value(i));
        expectedLow = std::min(expectedLow, value(i));
    }
    QCOMPARE(high->y(), expectedHigh);
    QCOMPARE(low->y(), expectedLow);
    // The shape over the whole run: points spread evenly over x, not bunched at one end.
    const auto half = std::count_if(points.cbegin(), points.cend(),
                                    [](const QPointF &p) { return p.x() < kLongRun / 2; });
    QVERIFY2(std::abs(double(half) / points.size() - 0.5) < 0.1, qPrintable(QString::number(half)));
}

void TestCharts::smoothedSeriesFollowsItsSource()
{
    LiveChart chart;
    const int raw = chart.addSeries("loss", kRawStyle);
    const int smooth = chart.addSmoothedSeries(raw, "loss (smoothed)", kSmoothStyle, 0.9);
    for (int i = 0; i < 200; ++i) {
        chart.addPoint(raw, i, i % 2 == 0 ? 1.0 : 0.0);
    }
    chart.flush();
    const QList<QPointF> points = chart.seriesPoints(smooth);
    QCOMPARE(points.size(), 200);
    // Debiased: the first smoothed value is the first raw one, not dragged towards zero.
    QCOMPARE(points.first().y(), 1.0);
    QVERIFY(std::abs(points.last().y() - 0.5) < 0.06);
}

void TestCharts::accuracyAxisStaysZeroToHundred_data()
{
    QTest::addColumn<QList<double>>("accuracies");
    QTest::addRow("rising to full accuracy") << QList<double>{0.33, 0.8, 0.97, 1.0};
    QTest::addRow("chance level only") << QList<double>{0.33, 0.34, 0.32};
    QTest::addRow("both ends exactly") << QList<double>{0.0, 1.0};
}

void TestCharts::accuracyAxisStaysZeroToHundred()
{
    QFETCH(QList<double>, accuracies);
    LiveChart chart;
    chart.setYScale(LiveChart::YScale::Percent);
    const int series = chart.addSeries("test accuracy", kSmoothStyle);
    for (int i = 0; i < accuracies.size(); ++i) {
        chart.addPoint(series, 100.0 * i, accuracies[i]);
        chart.flush();
        QCOMPARE(chart.yRange().min, 0.0);
        QCOMPARE(chart.yRange().max, 100.0);
    }
    QCOMPARE(chart.seriesPoints(series).last().y(), 100.0 * accuracies.last());
}

void TestCharts::stepAxisOnlyGrowsToNiceBounds_data()
{
    QTest::addColumn<QList<double>>("steps");
    QTest::addRow("a run of 6000 steps") << QList<double>{0, 1, 10, 99, 101, 1000, 2999, 6000};
    QTest::addRow("a run resumed at step 5000") << QList<double>{5000, 5001, 5100, 7000};
    QTest::addRow("a sudden far step") << QList<double>{1, 2, 3, 1'000'000};
}

void TestCharts::stepAxisOnlyGrowsToNiceBounds()
{
    QFETCH(QList<double>, steps);
    LiveChart chart;
    const int series = chart.addSeries("loss", kRawStyle);
    LiveChart::AxisRange previous = chart.xRange();
    for (double step : steps) {
        chart.addPoint(series, step, 0.5);
        chart.flush();
        const LiveChart::AxisRange range = chart.xRange();
        QVERIFY2(range.max >= previous.max, qPrintable(QString::number(range.max)));
        QCOMPARE(range.min, previous.min);
        QVERIFY(range.max >= step);
        QVERIFY2(isNiceBound(range.max), qPrintable(QString::number(range.max)));
        previous = range;
    }
}

void TestCharts::lossAxisGrowsButNeverShrinks_data()
{
    QTest::addColumn<LiveChart::YScale>("scale");
    QTest::addColumn<double>("expectedMin");
    QTest::addColumn<double>("expectedMax");
    QTest::addRow("linear loss keeps its first height") << LiveChart::YScale::Linear << 0.0 << 1.2;
    QTest::addRow("log loss spans whole decades") << LiveChart::YScale::Log << 0.01 << 10.0;
}

void TestCharts::lossAxisGrowsButNeverShrinks()
{
    QFETCH(LiveChart::YScale, scale);
    QFETCH(double, expectedMin);
    QFETCH(double, expectedMax);
    LiveChart chart;
    chart.setYScale(scale);
    const int series = chart.addSeries("loss", kRawStyle);
    double previousMax = 0.0;
    for (int i = 0; i <= 100; ++i) {
        chart.addPoint(series, i, 1.1 * std::pow(0.03 / 1.1, i / 100.0)); // 1.1 down to 0.03
        chart.flush();
        QVERIFY(chart.yRange().max >= previousMax);
        previousMax = chart.yRange().max;
    }
    // Within a hair: the log axis sits a nudge below its decade so that Qt labels it.
    QVERIFY2(std::abs(chart.yRange().min - expectedMin) <= 1e-6 * std::max(1.0, expectedMin),
             qPrintable(QString::number(chart.yRange().min)));
    QCOMPARE(chart.yRange().max, expectedMax);
}

void TestCharts::clearEmptiesSeriesAndResetsAxes()
{
    LiveChart chart;
    const int series = chart.addSeries("loss", kRawStyle);
    const LiveChart::AxisRange initial = chart.xRange();
    for (int i = 0; i < 5000; ++i) {
        chart.addPoint(series, i, 3.0);
    }
    chart.flush();
    QVERIFY(chart.xRange().max > initial.max);

    chart.clear();
    QVERIFY(chart.seriesPoints(series).isEmpty());
    QCOMPARE(chart.xRange().max, initial.max);
    QCOMPARE(chart.replaceCount(), 0);
    chart.addPoint(series, 0, 0.5);
    chart.flush();
    QCOMPARE(chart.seriesPoints(series).size(), 1);
}

void TestCharts::hoverTextNamesStepAndValue()
{
    LiveChart chart;
    chart.setXAxisTitle("step");
    const int loss = chart.addSeries("loss", kRawStyle);
    for (int i = 0; i <= 2000; i += 100) {
        chart.addPoint(loss, i, 0.5);
    }
    chart.flush();
    QCOMPARE(chart.toolTipText(loss, 1234.0), QString("step 1200\nloss: 0.5"));

    LiveChart accuracy;
    accuracy.setXAxisTitle("step");
    accuracy.setYScale(LiveChart::YScale::Percent);
    const int test = accuracy.addSeries("test accuracy", kSmoothStyle);
    accuracy.addPoint(test, 500, 0.973);
    accuracy.flush();
    QCOMPARE(accuracy.toolTipText(test, 480.0), QString("step 500\ntest accuracy: 97.3%"));
}

void TestCharts::accuracyByLengthPlotsEachLine()
{
    AccuracyByLengthChart chart;
    chart.setLengths({1, 2, 3, 4, 8});
    chart.setModel({0.80, 0.97, 0.997, 0.999, 1.0});
    chart.setBayes({0.847, 0.977, 1.0, 1.0, 1.0});

    const LiveChart &live = chart.chart();
    const QList<QPointF> model = live.seriesPoints(AccuracyByLengthChart::Model);
    QCOMPARE(model.size(), 5);
    QCOMPARE(model.last(), QPointF(8, 100));
    QCOMPARE(live.seriesPoints(AccuracyByLengthChart::Bayes).first(), QPointF(1, 84.7));
    QVERIFY(live.seriesPoints(AccuracyByLengthChart::LeastSquares).isEmpty());
    QCOMPARE(live.yRange().min, 0.0);
    QCOMPARE(live.yRange().max, 100.0);
    QVERIFY(live.xRange().min < 1.0 && live.xRange().max > 8.0);
    QCOMPARE(live.toolTipText(AccuracyByLengthChart::Model, 2.2),
             QString("points seen 2\nmodel: 97.0%"));
}

void TestCharts::confusionMatrixPaintsAtAnySize_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("emptyRow");
    QTest::addRow("2 classes at 640x400") << 2 << QSize(640, 400) << false;
    QTest::addRow("8 classes at 640x400") << 8 << QSize(640, 400) << false;
    QTest::addRow("8 classes squeezed to 120x90") << 8 << QSize(120, 90) << false;
    QTest::addRow("3 classes with a row never drawn") << 3 << QSize(400, 300) << true;
}

void TestCharts::confusionMatrixPaintsAtAnySize()
{
    QFETCH(int, classes);
    QFETCH(QSize, size);
    QFETCH(bool, emptyRow);
    auto counts = diagonalHeavy(classes);
    if (emptyRow) {
        std::fill(counts.back().begin(), counts.back().end(), 0);
    }
    ConfusionMatrixView view;
    QVERIFY(view.setMatrix(familyNames(classes), counts));
    view.resize(size);
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), size * image.devicePixelRatio());
    QVERIFY(view.sizeHint().width() > 0 && view.minimumSizeHint().height() > 0);
    // Every cell is inside the widget and cells do not overlap.
    const QRect first = view.cellRect(0, 0);
    const QRect last = view.cellRect(classes - 1, classes - 1);
    QVERIFY(view.rect().contains(first) && view.rect().contains(last));
    QVERIFY(!first.intersects(view.cellRect(0, 1)));
    if (emptyRow) {
        QCOMPARE(view.rowShare(classes - 1, 0), 0.0);
    }
}

void TestCharts::confusionMatrixHoverNamesTruthAndGuess_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    // Row r of diagonalHeavy holds 100 + r on the diagonal and 1 everywhere else.
    QTest::addRow("2 classes, a miss") << 2 << 1 << 0 << "true parabola, guessed line: 1 (1.0%)";
    QTest::addRow("3 classes, a hit")
        << 3 << 1 << 1 << "true parabola, guessed parabola: 101 (98.1%)";
    QTest::addRow("8 classes, the corner")
        << 8 << 7 << 0 << "true reciprocal, guessed line: 1 (0.9%)";
}

void TestCharts::confusionMatrixHoverNamesTruthAndGuess()
{
    QFETCH(int, classes);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    ConfusionMatrixView view;
    QVERIFY(view.setMatrix(familyNames(classes), diagonalHeavy(classes)));
    view.resize(640, 400);
    QCOMPARE(view.cellText(row, column), expected);
    QCOMPARE(view.toolTipAt(view.cellRect(row, column).center()), expected);
    QVERIFY(view.toolTipAt(QPoint(1, 1)).isEmpty()); // the corner holds labels, not cells
}

void TestCharts::confusionMatrixRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QList<int>>>("counts");
    QTest::addRow("one class") << QStringList{"line"} << QList<QList<int>>{{5}};
    QTest::addRow("nine classes") << QStringList(9, "f") << QList<QList<int>>(9, QList<int>(9, 1));
    QTest::addRow("a ragged row") << QStringList{"line", "sqrt"} << QList<QList<int>>{{1, 2}, {3}};
    QTest::addRow("a negative count")
        << QStringList{"line", "sqrt"} << QList<QList<int>>{{1, -2}, {3, 4}};
    QTest::addRow("names do not match the matrix")
        << QStringList{"line", "sqrt", "parabola"} << QList<QList<int>>{{1, 2}, {3, 4}};
}

void TestCharts::confusionMatrixRejectsBadInput()
{
    QFETCH(QStringList, names);
    QFETCH(QList<QList<int>>, counts);
    std::vector<std::vector<int>> matrix;
    for (const QList<int> &row : counts) {
        matrix.emplace_back(row.cbegin(), row.cend());
    }
    ConfusionMatrixView view;
    QVERIFY(view.setMatrix(familyNames(2), diagonalHeavy(2)));
    QVERIFY(!view.setMatrix(names, matrix));
    QCOMPARE(view.classCount(), 2); // what it showed before stays
}

void TestCharts::exportWritesImage_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("live chart as PNG") << ChartKind::Live << "loss.png";
    QTest::addRow("live chart as SVG") << ChartKind::Live << "loss.svg";
    QTest::addRow("accuracy by length as PNG") << ChartKind::AccuracyByLength << "acc.png";
    QTest::addRow("accuracy by length as SVG") << ChartKind::AccuracyByLength << "acc.svg";
    QTest::addRow("confusion matrix as PNG") << ChartKind::ConfusionMatrix << "cm.png";
    QTest::addRow("confusion matrix as SVG") << ChartKind::ConfusionMatrix << "cm.svg";
}

void TestCharts::exportWritesImage()
{
    QFETCH(ChartKind, kind);
    QFETCH(QString, fileName);
    LiveChart live;
    const int loss = live.addSeries("loss", kRawStyle);
    for (int i = 0; i < 100; ++i) {
        live.addPoint(loss, i, 1.0 / (1 + i)); // still buffered: export must push it
    }
    AccuracyByLengthChart accuracy;
    accuracy.setModel({0.8, 0.97, 1.0});
    ConfusionMatrixView matrix;
    QVERIFY(matrix.setMatrix(familyNames(3), diagonalHeavy(3)));
    QWidget *widget = kind == ChartKind::Live               ? static_cast<QWidget *>(&live)
                      : kind == ChartKind::AccuracyByLength ? static_cast<QWidget *>(&accuracy)
                                                            : &matrix;
    widget->resize(320, 200);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY_THROWS_NO_EXCEPTION(chartexport::save(*widget, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.size() > 100);
    if (fileName.endsWith(".png")) {
        QCOMPARE(QImage::fromData(data).size(), QSize(640, 400)); // drawn at twice the size
    } else {
        QVERIFY(data.contains("<svg"));
    }
    if (kind == ChartKind::Live) {
        QCOMPARE(live.seriesPoints(loss).size(), 100);
    }
}

void TestCharts::exportReportsFailure_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("PNG into a missing folder") << "/nonexistent-curvelab-dir/chart.png";
    QTest::addRow("SVG into a missing folder") << "/nonexistent-curvelab-dir/chart.svg";
    QTest::addRow("an unknown image type") << QDir::tempPath() + "/chart.bmp";
}

void TestCharts::exportReportsFailure()
{
    QFETCH(QString, path);
    ConfusionMatrixView view;
    QVERIFY(view.setMatrix(familyNames(2), diagonalHeavy(2)));
    view.resize(200, 200);
    QString error;
    try {
        chartexport::save(view, path);
    } catch (const chartexport::ChartExportError &e) {
        error = QString::fromStdString(e.what());
    }
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCharts::shortChartGivesTheXTitlesRoomToTheLabels()
{
    LiveChart chart; // as the window's loss chart: a title, two series, a legend
    chart.setTitle("Training loss");
    chart.setXAxisTitle("step");
    chart.setYAxisTitle("loss");
    chart.addSeries("loss", {Qt::blue, 1.0});
    chart.addSeries("smoothed", {Qt::black, 3.0});
    chart.setViewStyle(ViewStyle::presentation());
    chart.resize(480, 245); // a chart of the 2x2 grid beside a lesson, full screen at 1280x720
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.isXAxisTitleShown());
    chart.resize(640, 480);
    QTRY_VERIFY(chart.isXAxisTitleShown());
    // Stays shown: showing it must not shrink the plot back under the bar.
    QTest::qWait(50);
    QVERIFY(chart.isXAxisTitleShown());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
