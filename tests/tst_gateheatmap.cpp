#include "gateheatmap.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QTest>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace curvelab;

using Kind = GateHeatmap::ValueKind;
using Rows = QList<QList<float>>;

Q_DECLARE_METATYPE(GateHeatmap::ValueKind)

namespace {

std::vector<std::vector<float>> toMatrix(const Rows &rows)
{
    std::vector<std::vector<float>> matrix;
    for (const QList<float> &row : rows) {
        matrix.emplace_back(row.cbegin(), row.cend());
    }
    return matrix;
}

// A sequence whose every cell is different: unit u after point t + 1 rises with t, and units
// start at different levels, in 0..1.
std::vector<std::vector<float>> ramp(int points, int units)
{
    std::vector<std::vector<float>> rows;
    for (int t = 0; t < points; ++t) {
        std::vector<float> row;
        for (int u = 0; u < units; ++u) {
            row.push_back(std::fmod(0.1F * static_cast<float>(u) +
                                        0.6F * static_cast<float>(t) / std::max(points - 1, 1),
                                    1.0F));
        }
        rows.push_back(row);
    }
    return rows;
}

std::vector<std::vector<float>> constant(int points, int units, float value)
{
    return std::vector<std::vector<float>>(
        static_cast<std::size_t>(points),
        std::vector<float>(static_cast<std::size_t>(units), value));
}

QColor pixelAt(const QImage &image, const QPointF &pos)
{
    return image.pixelColor((pos * image.devicePixelRatio()).toPoint());
}

bool isWhitish(const QColor &c)
{
    return std::min({c.red(), c.green(), c.blue()}) >= 235;
}

bool isBluish(const QColor &c)
{
    return c.blue() > c.red() + 40;
}

bool isReddish(const QColor &c)
{
    return c.red() > c.blue() + 40;
}

bool inside(const QRectF &r, const QWidget &widget)
{
    const QRectF area(widget.rect());
    return area.contains(r.topLeft()) && area.contains(r.bottomRight());
}

} // namespace

class TestGateHeatmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsKeepTheDisplay_data();
    void refusalsKeepTheDisplay();
    void emptySequenceShowsNoCells();
    void gateCellsDarkenAsTheGateOpens_data();
    void gateCellsDarkenAsTheGateOpens();
    void signedCellsAreBlueWhiteRed_data();
    void signedCellsAreBlueWhiteRed();
    void unitOrderPutsTheChosenUnitOnTop_data();
    void unitOrderPutsTheChosenUnitOnTop();
    void badUnitOrdersAreRefused_data();
    void badUnitOrdersAreRefused();
    void unitOrderLastsWhileTheUnitCountDoes();
    void hoverNamesUnitPointAndQuantity_data();
    void hoverNamesUnitPointAndQuantity();
    void hoverShowsTheTooltipOnlyOverCells();
    void hitTestingAgreesWithCellRects_data();
    void hitTestingAgreesWithCellRects();
    void highlightFramesOnlyItsColumn();
    void paintsAtAnySize_data();
    void paintsAtAnySize();
};

void TestGateHeatmap::refusalsKeepTheDisplay_data()
{
    QTest::addColumn<Rows>("values");
    QTest::addColumn<bool>("accepted");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    QTest::addRow("rows of different lengths are refused") << Rows{{0.1F, 0.2F}, {0.3F}} << false;
    QTest::addRow("a NaN is refused") << Rows{{0.1F, nan}} << false;
    QTest::addRow("an infinity is refused") << Rows{{0.1F, 0.2F}, {-inf, 0.2F}} << false;
    QTest::addRow("points without units are refused") << Rows{{}, {}} << false;
    QTest::addRow("1025 units are refused") << Rows{QList<float>(1025, 0.5F)} << false;
    QTest::addRow("1024 units are accepted") << Rows{QList<float>(1024, 0.5F)} << true;
    QTest::addRow("values beyond the colour range are accepted")
        << Rows{{-3.0F, 4.5F}, {0.0F, 1.0F}} << true;
    QTest::addRow("no points is a drawing not yet begun") << Rows{} << true;
}

void TestGateHeatmap::refusalsKeepTheDisplay()
{
    QFETCH(Rows, values);
    QFETCH(bool, accepted);
    GateHeatmap heatmap;
    heatmap.resize(500, 320);
    QVERIFY(heatmap.setValues("Forget gate", ramp(5, 4), Kind::Gate));
    QVERIFY(heatmap.setUnitOrder({3, 1, 0, 2}));
    heatmap.setHighlightedPoint(2);
    const QImage before = heatmap.grab().toImage();

    QCOMPARE(heatmap.setValues("Hidden state", toMatrix(values), Kind::Signed), accepted);
    if (accepted) {
        QCOMPARE(heatmap.pointCount(), static_cast<int>(values.size()));
        QCOMPARE(heatmap.title(), QString("Hidden state"));
        QCOMPARE(heatmap.valueKind(), Kind::Signed);
        // A new unit count starts from the identity order.
        QCOMPARE(heatmap.unitOrder().size(), static_cast<std::size_t>(heatmap.unitCount()));
        if (!values.isEmpty()) {
            QCOMPARE(heatmap.value(1, 1), values[0][1]); // kept exactly, even beyond the range
        }
    } else {
        QCOMPARE(heatmap.pointCount(), 5);
        QCOMPARE(heatmap.unitCount(), 4);
        QCOMPARE(heatmap.title(), QString("Forget gate"));
        QCOMPARE(heatmap.valueKind(), Kind::Gate);
        QCOMPARE(heatmap.unitOrder(), (std::vector<int>{3, 1, 0, 2}));
        QCOMPARE(heatmap.value(3, 2), ramp(5, 4)[2][2]);
        QCOMPARE(heatmap.grab().toImage(), before);
    }
}

void TestGateHeatmap::emptySequenceShowsNoCells()
{
    GateHeatmap heatmap;
    heatmap.resize(400, 300);
    QVERIFY(heatmap.setValues("Cell state", {}, Kind::Signed));
    QCOMPARE(heatmap.pointCount(), 0);
    QCOMPARE(heatmap.unitCount(), 0);
    QVERIFY(heatmap.cellRect(1, 0).isNull());
    QCOMPARE(heatmap.pointAt(QPoint(200, 150)), 0);
    QCOMPARE(heatmap.unitAt(QPoint(200, 150)), -1);
    QVERIFY(heatmap.toolTipAt(QPoint(200, 150)).isEmpty());
    // The hint is drawn in the middle (on one line or two): something there is not background.
    const QImage image = heatmap.grab().toImage();
    bool text = false;
    for (int y = 120; y < 180 && !text; ++y) {
        for (int x = 0; x < 400 && !text; ++x) {
            text = pixelAt(image, QPointF(x, y)) != QColor(Qt::white);
        }
    }
    QVERIFY(text);

    // Cleared after a drawing: the cells go, and so does any order.
    QVERIFY(heatmap.setValues("Cell state", ramp(3, 2), Kind::Signed));
    heatmap.clear();
    QCOMPARE(heatmap.pointCount(), 0);
    QVERIFY(heatmap.unitOrder().empty());
}

void TestGateHeatmap::gateCellsDarkenAsTheGateOpens_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<bool>("largeText");
    QTest::addRow("one unit") << 1 << false;
    QTest::addRow("16 units, large text") << 16 << true;
    QTest::addRow("64 units") << 64 << false;
}

void TestGateHeatmap::gateCellsDarkenAsTheGateOpens()
{
    QFETCH(int, units);
    QFETCH(bool, largeText);
    const std::vector<float> levels = {0.0F, 0.2F, 0.4F, 0.6F, 0.8F, 1.0F};
    std::vector<std::vector<float>> values;
    for (float level : levels) {
        values.emplace_back(static_cast<std::size_t>(units), level);
    }
    GateHeatmap heatmap;
    heatmap.setLargeText(largeText);
    heatmap.resize(700, 500);
    QVERIFY(heatmap.setValues("Input gate", values, Kind::Gate));
    const QImage image = heatmap.grab().toImage();
    const int unit = units - 1;
    int previous = 256;
    for (int p = 1; p <= static_cast<int>(levels.size()); ++p) {
        const QColor c = pixelAt(image, heatmap.cellRect(p, unit).center());
        QVERIFY2(c.lightness() < previous, qPrintable(QString("point %1").arg(p)));
        previous = c.lightness();
        if (p == 1) {
            QVERIFY(isWhitish(c)); // a closed gate looks like the page
        }
    }
    QVERIFY(previous < 80); // an open gate is dark enough to see from the back of the room
}

void TestGateHeatmap::signedCellsAreBlueWhiteRed_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("-1 is blue") << -1.0F << "blue";
    QTest::addRow("-0.4 is blue") << -0.4F << "blue";
    QTest::addRow("0 is near white") << 0.0F << "white";
    QTest::addRow("0.4 is red") << 0.4F << "red";
    QTest::addRow("1 is red") << 1.0F << "red";
    QTest::addRow("a cell state of 3 is as red as 1") << 3.0F << "as 1";
    QTest::addRow("a cell state of -2.5 is as blue as -1") << -2.5F << "as -1";
}

void TestGateHeatmap::signedCellsAreBlueWhiteRed()
{
    QFETCH(float, value);
    QFETCH(QString, expected);
    // Points 1 and 2 hold the ends of the range to compare with; point 3 holds the value.
    GateHeatmap heatmap;
    heatmap.resize(500, 320);
    QVERIFY(heatmap.setValues("Hidden state", {{-1.0F, 0.5F}, {1.0F, 0.5F}, {value, 0.5F}},
                              Kind::Signed));
    const QImage image = heatmap.grab().toImage();
    const QColor c = pixelAt(image, heatmap.cellRect(3, 0).center());
    const QColor minusOne = pixelAt(image, heatmap.cellRect(1, 0).center());
    const QColor plusOne = pixelAt(image, heatmap.cellRect(2, 0).center());
    if (expected == "blue") {
        QVERIFY2(isBluish(c), qPrintable(c.name()));
    } else if (expected == "red") {
        QVERIFY2(isReddish(c), qPrintable(c.name()));
    } else if (expected == "white") {
        QVERIFY2(isWhitish(c), qPrintable(c.name()));
    } else if (expected == "as 1") {
        QCOMPARE(c, plusOne);
    } else {
        QCOMPARE(c, minusOne);
    }
    QCOMPARE(heatmap.value(3, 0), value); // the colour saturates, the value does not
}

void TestGateHeatmap::unitOrderPutsTheChosenUnitOnTop_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::addRow("identity") << QList<int>{0, 1, 2, 3, 4};
    QTest::addRow("reversed") << QList<int>{4, 3, 2, 1, 0};
    QTest::addRow("most active first") << QList<int>{2, 0, 4, 1, 3};
}

void TestGateHeatmap::unitOrderPutsTheChosenUnitOnTop()
{
    QFETCH(QList<int>, order);
    // Unit u holds u / 4 at every point, so each row's colour says which unit it is.
    std::vector<std::vector<float>> values(3);
    for (auto &row : values) {
        for (int u = 0; u < 5; ++u) {
            row.push_back(static_cast<float>(u) / 4.0F);
        }
    }
    GateHeatmap heatmap;
    heatmap.resize(500, 360);
    QVERIFY(heatmap.setValues("Output gate", values, Kind::Gate));
    QVERIFY(heatmap.setUnitOrder({order.cbegin(), order.cend()}));
    const QImage image = heatmap.grab().toImage();

    // Rows go down the widget in the order given.
    for (int row = 1; row < order.size(); ++row) {
        QVERIFY(heatmap.cellRect(1, order[row]).top() > heatmap.cellRect(1, order[row - 1]).top());
    }
    const QRectF top = heatmap.cellRect(2, order.first());
    QCOMPARE(heatmap.unitAt(top.center().toPoint()), order.first());

    // The top row shows the first unit's colour: compare with a heatmap of that unit alone.
    GateHeatmap alone;
    alone.resize(500, 360);
    const float level = static_cast<float>(order.first()) / 4.0F;
    QVERIFY(alone.setValues("Output gate", constant(3, 1, level), Kind::Gate));
    const QImage aloneImage = alone.grab().toImage();
    QCOMPARE(pixelAt(image, top.center()), pixelAt(aloneImage, alone.cellRect(2, 0).center()));
}

void TestGateHeatmap::badUnitOrdersAreRefused_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::addRow("a unit twice") << QList<int>{0, 1, 1, 3};
    QTest::addRow("a unit missing") << QList<int>{0, 1, 2};
    QTest::addRow("a unit too many") << QList<int>{0, 1, 2, 3, 4};
    QTest::addRow("a negative unit") << QList<int>{0, -1, 2, 3};
    QTest::addRow("a unit out of range") << QList<int>{0, 1, 2, 4};
    QTest::addRow("no units") << QList<int>{};
}

void TestGateHeatmap::badUnitOrdersAreRefused()
{
    QFETCH(QList<int>, order);
    GateHeatmap heatmap;
    heatmap.resize(500, 320);
    QVERIFY(heatmap.setValues("Forget gate", ramp(4, 4), Kind::Gate));
    QVERIFY(heatmap.setUnitOrder({2, 3, 0, 1}));
    const QImage before = heatmap.grab().toImage();
    QVERIFY(!heatmap.setUnitOrder({order.cbegin(), order.cend()}));
    QCOMPARE(heatmap.unitOrder(), (std::vector<int>{2, 3, 0, 1}));
    QCOMPARE(heatmap.grab().toImage(), before);
}

void TestGateHeatmap::unitOrderLastsWhileTheUnitCountDoes()
{
    GateHeatmap heatmap;
    heatmap.resize(500, 320);
    QVERIFY(heatmap.setValues("Forget gate", ramp(3, 4), Kind::Gate));
    QVERIFY(heatmap.setUnitOrder({3, 2, 1, 0}));
    // Another point on the canvas: same units, same rows.
    QVERIFY(heatmap.setValues("Forget gate", ramp(4, 4), Kind::Gate));
    QCOMPARE(heatmap.unitOrder(), (std::vector<int>{3, 2, 1, 0}));
    // Another model with more units: the old order means nothing for it.
    QVERIFY(heatmap.setValues("Forget gate", ramp(4, 6), Kind::Gate));
    QCOMPARE(heatmap.unitOrder(), (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

void TestGateHeatmap::hoverNamesUnitPointAndQuantity_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<float>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("a gate, title in the sentence")
        << "Forget gate" << Kind::Gate << 0.93F << "unit 2, point 3: forget gate 0.93";
    QTest::addRow("a negative hidden state")
        << "Hidden state" << Kind::Signed << -0.414F << "unit 2, point 3: hidden state -0.41";
    QTest::addRow("a cell state beyond the colours keeps its value")
        << "Cell state" << Kind::Signed << 2.5F << "unit 2, point 3: cell state 2.50";
    QTest::addRow("a tiny negative is not minus zero")
        << "Hidden state" << Kind::Signed << -0.001F << "unit 2, point 3: hidden state 0.00";
    QTest::addRow("an acronym keeps its capitals")
        << "GRU update gate" << Kind::Gate << 0.5F << "unit 2, point 3: GRU update gate 0.50";
}

void TestGateHeatmap::hoverNamesUnitPointAndQuantity()
{
    QFETCH(QString, title);
    QFETCH(Kind, kind);
    QFETCH(float, value);
    QFETCH(QString, expected);
    auto values = constant(4, 5, 0.25F);
    values[2][2] = value;
    GateHeatmap heatmap;
    heatmap.resize(500, 320);
    QVERIFY(heatmap.setValues(title, values, kind));
    QVERIFY(heatmap.setUnitOrder({4, 2, 0, 1, 3}));
    QCOMPARE(heatmap.cellText(3, 2), expected);
    const QRectF cell = heatmap.cellRect(3, 2);
    QCOMPARE(heatmap.toolTipAt(cell.center().toPoint()), expected);
    QCOMPARE(heatmap.toolTipAt(cell.topLeft().toPoint() + QPoint(1, 1)), expected);

    // The title, the row labels and the point numbers are not cells.
    QVERIFY(heatmap.toolTipAt(QPoint(2, 2)).isEmpty());
    QVERIFY(heatmap.toolTipAt(QPointF(4.0, cell.center().y()).toPoint()).isEmpty());
    const QRectF bottom = heatmap.cellRect(3, 3); // unit 3 is the last row
    QVERIFY(heatmap.toolTipAt(QPointF(cell.center().x(), bottom.bottom() + 8).toPoint()).isEmpty());
    QVERIFY(heatmap.cellText(5, 0).isEmpty());
    QVERIFY(heatmap.cellText(1, 5).isEmpty());
}

void TestGateHeatmap::hoverShowsTheTooltipOnlyOverCells()
{
    GateHeatmap heatmap;
    heatmap.resize(500, 320);
    QVERIFY(heatmap.setValues("Forget gate", ramp(4, 3), Kind::Gate));
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));

    const QPoint onCell = heatmap.cellRect(2, 1).center().toPoint();
    QHelpEvent overCell(QEvent::ToolTip, onCell, heatmap.mapToGlobal(onCell));
    QApplication::sendEvent(&heatmap, &overCell);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), heatmap.cellText(2, 1));

    // Over the title there is nothing to say: the tooltip goes and the event is not taken.
    const QPoint onTitle(4, 4);
    QHelpEvent overTitle(QEvent::ToolTip, onTitle, heatmap.mapToGlobal(onTitle));
    QApplication::sendEvent(&heatmap, &overTitle);
    QVERIFY(!overTitle.isAccepted());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestGateHeatmap::hitTestingAgreesWithCellRects_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("units");
    QTest::addColumn<QSize>("size");
    QTest::addRow("16 units, 8 points") << 8 << 16 << QSize(600, 400);
    QTest::addRow("one cell") << 1 << 1 << QSize(400, 300);
    QTest::addRow("64 units in rows a few pixels tall") << 40 << 64 << QSize(640, 300);
    QTest::addRow("200 points in columns a few pixels wide") << 200 << 8 << QSize(700, 300);
}

void TestGateHeatmap::hitTestingAgreesWithCellRects()
{
    QFETCH(int, points);
    QFETCH(int, units);
    QFETCH(QSize, size);
    GateHeatmap heatmap;
    heatmap.resize(size);
    QVERIFY(heatmap.setValues("Cell state", ramp(points, units), Kind::Signed));
    std::vector<int> order(static_cast<std::size_t>(units));
    std::iota(order.rbegin(), order.rend(), 0); // reversed, so row and unit differ
    QVERIFY(heatmap.setUnitOrder(order));

    QVERIFY(heatmap.cellRect(0, 0).isNull());
    QVERIFY(heatmap.cellRect(points + 1, 0).isNull());
    QVERIFY(heatmap.cellRect(1, -1).isNull());
    QVERIFY(heatmap.cellRect(1, units).isNull());
    const QRectF first = heatmap.cellRect(1, 0);
    for (int p = 1; p <= points; ++p) {
        for (int u = 0; u < units; ++u) {
            const QRectF cell = heatmap.cellRect(p, u);
            QVERIFY(inside(cell, heatmap));
            QVERIFY(qFuzzyCompare(cell.width(), first.width()));
            QVERIFY(qFuzzyCompare(cell.height(), first.height()));
            if (p > 1) {
                QVERIFY(qAbs(cell.left() - heatmap.cellRect(p - 1, u).right()) < 1e-6);
            }
            // Where a cell is big enough to aim at, the mouse finds it again.
            if (cell.width() >= 2.0 && cell.height() >= 2.0) {
                const QPoint centre = cell.center().toPoint();
                QCOMPARE(heatmap.pointAt(centre), p);
                QCOMPARE(heatmap.unitAt(centre), u);
            }
        }
    }
    QCOMPARE(heatmap.pointAt(QPoint(0, 0)), 0);
    QCOMPARE(heatmap.unitAt(QPoint(0, 0)), -1);
    QCOMPARE(heatmap.pointAt(QPoint(size.width() - 1, size.height() - 1)), 0);
    QCOMPARE(heatmap.unitAt(QPoint(size.width() - 1, size.height() - 1)), -1);
}

void TestGateHeatmap::highlightFramesOnlyItsColumn()
{
    GateHeatmap heatmap;
    heatmap.resize(600, 400);
    QVERIFY(heatmap.setValues("Forget gate", ramp(8, 16), Kind::Gate));
    const QImage plain = heatmap.grab().toImage();
    heatmap.setHighlightedPoint(3);
    QCOMPARE(heatmap.highlightedPoint(), 3);
    const QImage highlighted = heatmap.grab().toImage();

    // The frame is around the column, so its cells keep their colours.
    const QRectF column = heatmap.cellRect(3, 0).united(heatmap.cellRect(3, 15));
    for (int u = 0; u < 16; ++u) {
        const QPointF centre = heatmap.cellRect(3, u).center();
        QCOMPARE(pixelAt(highlighted, centre), pixelAt(plain, centre));
    }
    // Something changed on the column's edges, and nothing away from it.
    // Beside a cell, not beside a white row separator (a white ring would not show there).
    const QPointF edge(column.left() - 2.0, heatmap.cellRect(3, 5).center().y());
    QVERIFY(pixelAt(highlighted, edge) != pixelAt(plain, edge));
    const qreal frame = 4.0;
    const qreal dpr = plain.devicePixelRatio();
    for (int y = 0; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x) {
            const qreal at = x / dpr;
            if (at < column.left() - frame || at > column.right() + frame) {
                QVERIFY2(plain.pixel(x, y) == highlighted.pixel(x, y),
                         qPrintable(QString("pixel %1,%2").arg(x).arg(y)));
            }
        }
    }
    heatmap.setHighlightedPoint(0);
    QCOMPARE(heatmap.grab().toImage(), plain);
}

void TestGateHeatmap::paintsAtAnySize_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("units");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QSize>("size"); // empty: the minimum size hint
    QTest::addColumn<bool>("largeText");
    QTest::addRow("1 unit") << 12 << 1 << Kind::Gate << QSize(600, 400) << false;
    QTest::addRow("256 units") << 12 << 256 << Kind::Signed << QSize(600, 400) << false;
    QTest::addRow("1 point") << 1 << 16 << Kind::Gate << QSize(600, 400) << true;
    QTest::addRow("200 points") << 200 << 16 << Kind::Signed << QSize(600, 400) << false;
    QTest::addRow("1024 units, 200 points, large text")
        << 200 << 1024 << Kind::Signed << QSize(900, 700) << true;
    QTest::addRow("64 units at the minimum size") << 40 << 64 << Kind::Gate << QSize() << false;
    QTest::addRow("64 units at the minimum size, large text")
        << 40 << 64 << Kind::Gate << QSize() << true;
    QTest::addRow("squeezed below the minimum") << 40 << 64 << Kind::Gate << QSize(60, 40) << true;
}

void TestGateHeatmap::paintsAtAnySize()
{
    QFETCH(int, points);
    QFETCH(int, units);
    QFETCH(Kind, kind);
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    GateHeatmap heatmap;
    heatmap.setLargeText(largeText);
    QVERIFY(heatmap.setValues("Hidden state", ramp(points, units), kind));
    QVERIFY(heatmap.minimumSizeHint().width() > 0);
    QVERIFY(heatmap.sizeHint().width() >= heatmap.minimumSizeHint().width());
    QVERIFY(heatmap.sizeHint().height() >= heatmap.minimumSizeHint().height());
    heatmap.resize(size.isEmpty() ? heatmap.minimumSizeHint() : size);
    heatmap.setHighlightedPoint(points);
    const QImage image = heatmap.grab().toImage();
    QCOMPARE(image.size(), heatmap.size() * image.devicePixelRatio());
    if (size.isEmpty() || size.width() >= 200) {
        // Every corner cell is in the widget, where the view has room for cells at all.
        for (const QRectF &cell :
             {heatmap.cellRect(1, 0), heatmap.cellRect(points, 0), heatmap.cellRect(1, units - 1),
              heatmap.cellRect(points, units - 1)}) {
            QVERIFY(inside(cell, heatmap));
        }
        const QRectF last = heatmap.cellRect(points, units - 1);
        QCOMPARE(heatmap.pointAt(last.center().toPoint()), points);
    }
}

QTEST_MAIN(TestGateHeatmap)
#include "tst_gateheatmap.moc"
