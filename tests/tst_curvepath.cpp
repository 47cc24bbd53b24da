// The lines that draw a fitted curve over the canvas: where they go, where they stop, and how
// few points they need.
#include "canvastransform.h"
#include "curvepath.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <optional>

using namespace curvelab;

using Function = std::function<double(double)>;
Q_DECLARE_METATYPE(Function)
Q_DECLARE_METATYPE(std::optional<QLineF>)

namespace {

constexpr double kPi = 3.14159265358979323846;

// The view of most rows: x and y from -5 to 5 drawn into 400 x 300 pixels, away from the origin.
const QRectF kPlot(50.0, 20.0, 400.0, 300.0);

CanvasTransform view(double xlo, double xhi, double ylo, double yhi, const QRectF &plot = kPlot)
{
    CanvasTransform transform;
    transform.setView(xlo, xhi, ylo, yhi);
    transform.setPlotRect(plot);
    return transform;
}

CanvasTransform standardView()
{
    return view(-5.0, 5.0, -5.0, 5.0);
}

std::vector<QPolygonF> pieces(const CurvePath &path)
{
    std::vector<QPolygonF> result;
    for (int i = 0; i < path.pieceCount(); ++i) {
        const CurvePath::Piece piece = path.piece(i);
        result.emplace_back(piece.begin(), piece.end());
    }
    return result;
}

std::vector<QPolygonF> trace(const Function &f, const CanvasTransform &transform)
{
    CurvePath path;
    path.trace(f, transform);
    return pieces(path);
}

double dataX(const CanvasTransform &transform, qreal px)
{
    return transform.toData(QPointF(px, 0.0)).x;
}

// Distance from p to the straight line through a and b.
qreal distanceToLine(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF chord = b - a;
    const QPointF d = p - a;
    return std::abs(chord.x() * d.y() - chord.y() * d.x()) / std::hypot(chord.x(), chord.y());
}

} // namespace

class TestCurvePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineIsFewPointsOnTheLine_data();
    void lineIsFewPointsOnTheLine();
    void undefinedStretchIsNotDrawn_data();
    void undefinedStretchIsNotDrawn();
    void poleIsBrokenNotJoined_data();
    void poleIsBrokenNotJoined();
    void curveStaysInTheVisibleRange_data();
    void curveStaysInTheVisibleRange();
    void droppedSamplesLieOnTheLinesDrawn_data();
    void droppedSamplesLieOnTheLinesDrawn();
    void emptyFunctionDrawsNothing();
    void secondTraceForgetsTheFirst();
    void clippedSegment_data();
    void clippedSegment();
};

void TestCurvePath::lineIsFewPointsOnTheLine_data()
{
    QTest::addColumn<Function>("f");
    QTest::addColumn<double>("plotWidth");
    QTest::addColumn<int>("maxPoints");

    // kMaxDroppedSamples bounds the samples one straight piece replaces: a line across a plot a
    // hundred pixels wide is two points, across a wide plot one point every 64 samples.
    const Function rising = [](double x) { return 0.5 * x + 1.0; };
    QTest::newRow("rising line, narrow plot: two points") << rising << 100.0 << 2;
    QTest::newRow("flat line, narrow plot: two points")
        << Function([](double) { return 2.0; }) << 100.0 << 2;
    QTest::newRow("steep line into the margin, narrow plot: two points")
        << Function([](double x) { return 3.0 * x; }) << 100.0 << 2;
    QTest::newRow("rising line, 400 pixels: five points") << rising << 400.0 << 5;
}

void TestCurvePath::lineIsFewPointsOnTheLine()
{
    QFETCH(Function, f);
    QFETCH(double, plotWidth);
    QFETCH(int, maxPoints);

    const CanvasTransform transform =
        view(-5.0, 5.0, -5.0, 5.0, QRectF(kPlot.topLeft(), QSizeF(plotWidth, kPlot.height())));
    const std::vector<QPolygonF> lines = trace(f, transform);
    QCOMPARE(lines.size(), std::size_t(1));
    const QPolygonF &line = lines.front();
    QVERIFY2(line.size() <= maxPoints, qPrintable(QString::number(line.size())));
    // From edge to edge of the plot, every point on the line.
    QCOMPARE(line.front().x(), transform.plotRect().left());
    QCOMPARE(line.back().x(), transform.plotRect().right());
    for (const QPointF &p : line) {
        const double x = dataX(transform, p.x());
        QVERIFY(std::abs(p.y() - transform.toWidget({x, f(x)}).y()) < 1e-6);
    }
}

void TestCurvePath::undefinedStretchIsNotDrawn_data()
{
    QTest::addColumn<Function>("f");
    QTest::addColumn<double>("from"); // undefined from here...
    QTest::addColumn<double>("to");   // ...to here
    QTest::addColumn<int>("expectedPieces");

    QTest::newRow("sqrt is not drawn left of x=0")
        << Function([](double x) { return std::sqrt(x); }) << -5.0 << 0.0 << 1;
    QTest::newRow("sqrt(x - 2) is not drawn left of x=2")
        << Function([](double x) { return 2.0 * std::sqrt(x - 2.0); }) << -5.0 << 2.0 << 1;
    QTest::newRow("log is not drawn left of x=0")
        << Function([](double x) { return std::log(x); }) << -5.0 << 0.0 << 1;
    QTest::newRow("sqrt(x^2 - 1) has a gap between -1 and 1")
        << Function([](double x) { return std::sqrt(x * x - 1.0); }) << -1.0 << 1.0 << 2;
}

void TestCurvePath::undefinedStretchIsNotDrawn()
{
    QFETCH(Function, f);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, expectedPieces);

    const CanvasTransform transform = standardView();
    const std::vector<QPolygonF> lines = trace(f, transform);
    QCOMPARE(static_cast<int>(lines.size()), expectedPieces);
    for (const QPolygonF &line : lines) {
        for (int i = 1; i < line.size(); ++i) {
            // No point, and no segment, inside the undefined stretch.
            const double a = dataX(transform, line[i - 1].x());
            const double b = dataX(transform, line[i].x());
            QVERIFY2(b <= from || a >= to,
                     qPrintable(QStringLiteral("segment %1..%2").arg(a).arg(b)));
        }
    }
    // The defined part is drawn up to a sample or two from where it starts.
    const qreal edge = transform.toWidget({to, 0.0}).x();
    if (to < transform.xMax()) {
        bool reached = false;
        for (const QPolygonF &line : lines) {
            reached = reached || std::abs(line.front().x() - edge) <= 2 * CurvePath::kSampleStep;
        }
        QVERIFY(reached);
    }
}

void TestCurvePath::poleIsBrokenNotJoined_data()
{
    QTest::addColumn<Function>("f");
    QTest::addColumn<QList<double>>("breaks"); // x where the curve must not be joined across

    QTest::newRow("1/x is broken at 0")
        << Function([](double x) { return 1.0 / x; }) << QList<double>{0.0};
    // Gentle enough that the samples beside the pole stay near the plot: only the continuity
    // check tells the jump from a steep stretch.
    QTest::newRow("0.3/(x - 0.0125) is broken at its pole near the samples")
        << Function([](double x) { return 0.3 / (x - 0.0125); }) << QList<double>{0.0125};
    QTest::newRow("tan is broken at every pole in view")
        << Function([](double x) { return std::tan(x); })
        << QList<double>{-1.5 * kPi, -0.5 * kPi, 0.5 * kPi, 1.5 * kPi};
    QTest::newRow("1/(x-1)^2 is broken at 1")
        << Function([](double x) { return 1.0 / ((x - 1.0) * (x - 1.0)); }) << QList<double>{1.0};
    QTest::newRow("a steep but continuous rise is one piece")
        << Function([](double x) { return 12.0 * std::tanh(200.0 * x); }) << QList<double>{};
}

void TestCurvePath::poleIsBrokenNotJoined()
{
    QFETCH(Function, f);
    QFETCH(QList<double>, breaks);

    const CanvasTransform transform = standardView();
    const std::vector<QPolygonF> lines = trace(f, transform);
    QCOMPARE(static_cast<int>(lines.size()), breaks.size() + 1);
    for (const QPolygonF &line : lines) {
        for (int i = 1; i < line.size(); ++i) {
            const double a = dataX(transform, line[i - 1].x());
            const double b = dataX(transform, line[i].x());
            for (double pole : breaks) {
                QVERIFY2(
                    b < pole || a > pole,
                    qPrintable(QStringLiteral("joined across %1: %2..%3").arg(pole).arg(a).arg(b)));
            }
        }
    }
}

void TestCurvePath::curveStaysInTheVisibleRange_data()
{
    QTest::addColumn<Function>("f");
    QTest::addColumn<int>("expectedPieces");
    QTest::addColumn<bool>("edgeToEdge");

    QTest::newRow("a parabola in view runs edge to edge")
        << Function([](double x) { return 0.3 * x * x - 4.0; }) << 1 << true;
    QTest::newRow("a parabola leaving the top stops in the margin")
        << Function([](double x) { return 3.0 * x * x - 4.0; }) << 1 << false;
    QTest::newRow("a line far above the view is not drawn")
        << Function([](double) { return 1000.0; }) << 0 << false;
    QTest::newRow("exp leaves at the top and is cut there")
        << Function([](double x) { return std::exp(x); }) << 1 << false;
    QTest::newRow("a curve defined at one sample only is not drawn")
        << Function([](double x) { return std::abs(x) < 0.01 ? 0.0 : std::nan(""); }) << 0 << false;
    QTest::newRow("a fast sine stays one piece")
        << Function([](double x) { return 4.0 * std::sin(7.0 * x); }) << 1 << true;
}

void TestCurvePath::curveStaysInTheVisibleRange()
{
    QFETCH(Function, f);
    QFETCH(int, expectedPieces);
    QFETCH(bool, edgeToEdge);

    const CanvasTransform transform = standardView();
    const QRectF plot = transform.plotRect();
    // Points may reach kFarOff plot heights beyond the plot (the painter clips them), no further.
    const QRectF margin = plot.adjusted(0.0, -CurvePath::kFarOff * plot.height(), 0.0,
                                        CurvePath::kFarOff * plot.height());
    const std::vector<QPolygonF> lines = trace(f, transform);
    QCOMPARE(static_cast<int>(lines.size()), expectedPieces);
    for (const QPolygonF &line : lines) {
        QVERIFY(line.size() >= 2);
        for (const QPointF &p : line) {
            QVERIFY2(margin.contains(p),
                     qPrintable(QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y())));
        }
    }
    if (edgeToEdge) {
        QCOMPARE(lines.front().front().x(), plot.left());
        QCOMPARE(lines.back().back().x(), plot.right());
    }
}

void TestCurvePath::droppedSamplesLieOnTheLinesDrawn_data()
{
    QTest::addColumn<Function>("f");

    QTest::newRow("parabola") << Function([](double x) { return 0.3 * x * x - 4.0; });
    QTest::newRow("sine") << Function([](double x) { return 4.0 * std::sin(2.0 * x); });
    QTest::newRow("cubic") << Function([](double x) { return 0.03 * x * x * x; });
}

void TestCurvePath::droppedSamplesLieOnTheLinesDrawn()
{
    QFETCH(Function, f);

    const CanvasTransform transform = standardView();
    const QRectF plot = transform.plotRect();
    const std::vector<QPolygonF> lines = trace(f, transform);
    QCOMPARE(lines.size(), std::size_t(1));
    const QPolygonF &line = lines.front();
    const int samples = static_cast<int>(std::ceil(plot.width() / CurvePath::kSampleStep)) + 1;
    // Far fewer points than samples, yet no sample further than the tolerance off the line drawn.
    QVERIFY2(line.size() < samples / 2, qPrintable(QString::number(line.size())));
    int segment = 1;
    for (int i = 0; i < samples; ++i) {
        const qreal px = plot.left() + plot.width() * i / (samples - 1);
        const double x = dataX(transform, px);
        const QPointF sample(px, transform.toWidget({x, f(x)}).y());
        while (segment < line.size() - 1 && line[segment].x() < px) {
            ++segment;
        }
        QVERIFY2(distanceToLine(sample, line[segment - 1], line[segment]) <=
                     CurvePath::kFlatness + 1e-9,
                 qPrintable(QStringLiteral("sample at x = %1").arg(x)));
    }
}

void TestCurvePath::emptyFunctionDrawsNothing()
{
    CurvePath path;
    path.trace(Function(), standardView());
    QCOMPARE(path.pieceCount(), 0);
}

void TestCurvePath::secondTraceForgetsTheFirst()
{
    const CanvasTransform transform = view(-5.0, 5.0, -5.0, 5.0, QRectF(10.0, 10.0, 100.0, 80.0));
    CurvePath path;
    path.trace([](double x) { return std::tan(x); }, transform);
    QVERIFY(path.pieceCount() > 1);
    path.trace([](double x) { return x; }, transform);
    const std::vector<QPolygonF> lines = pieces(path);
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(lines.front(), QPolygonF({QPointF(10.0, 90.0), QPointF(110.0, 10.0)}));
}

void TestCurvePath::clippedSegment_data()
{
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<std::optional<QLineF>>("expected");

    const std::optional<QLineF> none;
    QTest::newRow("inside: unchanged")
        << QPointF(10, 10) << QPointF(90, 40) << std::optional(QLineF(10, 10, 90, 40));
    QTest::newRow("leaving on the right: cut at the edge")
        << QPointF(50, 50) << QPointF(150, 50) << std::optional(QLineF(50, 50, 100, 50));
    QTest::newRow("across the whole view: cut at both edges")
        << QPointF(-50, 25) << QPointF(150, 75) << std::optional(QLineF(0, 37.5, 100, 62.5));
    QTest::newRow("from above: cut at the top")
        << QPointF(50, -100) << QPointF(50, 50) << std::optional(QLineF(50, 0, 50, 50));
    QTest::newRow("wholly left: none") << QPointF(-30, 10) << QPointF(-10, 90) << none;
    QTest::newRow("parallel below: none") << QPointF(0, 120) << QPointF(100, 120) << none;
    QTest::newRow("past a corner: none") << QPointF(90, -20) << QPointF(120, 10) << none;
}

void TestCurvePath::clippedSegment()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(std::optional<QLineF>, expected);

    const std::optional<QLineF> clipped = curvelab::clippedSegment(a, b, QRectF(0, 0, 100, 100));
    QCOMPARE(clipped.has_value(), expected.has_value());
    if (expected) {
        QCOMPARE(clipped->p1(), expected->p1());
        QCOMPARE(clipped->p2(), expected->p2());
    }
}

QTEST_GUILESS_MAIN(TestCurvePath)
#include "tst_curvepath.moc"
