// Where the canvas prints the points' numbers: beside their points, inside the plot, never over
// another number or another point.
#include "labelplacement.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace curvelab;

Q_DECLARE_METATYPE(std::vector<QPointF>)

namespace {

const QRectF kPlot(40.0, 10.0, 400.0, 300.0);
constexpr qreal kRadius = 7.0;

// About what an 11 pt bold number measures: wider with every digit.
QSizeF numberSize(int index)
{
    return QSizeF(4.0 + 7.0 * QString::number(index + 1).size(), 16.0);
}

void place(LabelPlacement &labels, const std::vector<QPointF> &centres, int highlighted = -1)
{
    labels.place(centres, kPlot, kRadius, highlighted, numberSize);
}

// How far p lies from the rectangle; 0 inside it.
qreal distance(const QPointF &p, const QRectF &r)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

std::vector<QPointF> scattered(int count, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<qreal> x(kPlot.left(), kPlot.right());
    std::uniform_real_distribution<qreal> y(kPlot.top(), kPlot.bottom());
    std::vector<QPointF> centres;
    for (int i = 0; i < count; ++i) {
        centres.emplace_back(x(rng), y(rng));
    }
    return centres;
}

} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreClearOfEachOtherAndOfPoints_data();
    void numbersAreClearOfEachOtherAndOfPoints();
    void loneNumberGoesAboveRight();
    void numberMovesAwayFromTheEdge_data();
    void numberMovesAwayFromTheEdge();
    void inAPileOnlyTheFirstChoiceIsNumbered_data();
    void inAPileOnlyTheFirstChoiceIsNumbered();
    void pointsOutOfViewAreNotNumbered();
    void manyPointsStillGetSeparateNumbers();
    void crowdPastTheLimitIsStillNumbered_data();
    void crowdPastTheLimitIsStillNumbered();
    void isShown_data();
    void isShown();
};

void TestLabelPlacement::numbersAreClearOfEachOtherAndOfPoints_data()
{
    QTest::addColumn<std::vector<QPointF>>("centres");
    QTest::addColumn<int>("highlighted");
    QTest::addColumn<int>("atLeastNumbered");

    QTest::newRow("a few points far apart: all numbered")
        << std::vector<QPointF>{{100, 100}, {300, 100}, {100, 250}, {300, 250}} << -1 << 4;
    // Far enough apart for one-digit numbers between them, not for two-digit ones.
    QTest::newRow("a row of close points") << [] {
        std::vector<QPointF> row;
        for (int i = 0; i < 12; ++i) {
            row.emplace_back(60.0 + 30.0 * i, 150.0);
        }
        return row;
    }() << 3 << 9;
    QTest::newRow("scattered points") << scattered(60, 1) << -1 << 20;
    QTest::newRow("scattered points, one highlighted") << scattered(150, 2) << 40 << 20;
    QTest::newRow("points along every edge")
        << std::vector<QPointF>{{40, 10}, {440, 10}, {40, 310}, {440, 310}, {240, 10}, {40, 160}}
        << -1 << 6;
}

void TestLabelPlacement::numbersAreClearOfEachOtherAndOfPoints()
{
    QFETCH(std::vector<QPointF>, centres);
    QFETCH(int, highlighted);
    QFETCH(int, atLeastNumbered);

    LabelPlacement labels;
    place(labels, centres, highlighted);
    const std::vector<QRectF> &boxes = labels.boxes();
    QCOMPARE(boxes.size(), labels.owners().size());
    QVERIFY2(static_cast<int>(boxes.size()) >= atLeastNumbered,
             qPrintable(QString::number(boxes.size())));
    for (std::size_t n = 0; n < boxes.size(); ++n) {
        const QRectF &box = boxes[n];
        const int owner = labels.owners()[n];
        QCOMPARE(box.size(), numberSize(owner));
        QVERIFY2(kPlot.contains(box), qPrintable(QStringLiteral("number %1").arg(owner + 1)));
        // Beside its own point, not over it.
        const QPointF own = centres[static_cast<std::size_t>(owner)];
        QVERIFY(distance(own, box) >= kRadius);
        QVERIFY(distance(own, box) < 2 * kRadius);
        for (std::size_t k = 0; k < centres.size(); ++k) {
            QVERIFY2(
                static_cast<int>(k) == owner || distance(centres[k], box) > kRadius,
                qPrintable(QStringLiteral("number %1 covers point %2").arg(owner + 1).arg(k + 1)));
        }
        for (std::size_t m = 0; m < n; ++m) {
            QVERIFY(!boxes[m].intersects(box));
        }
    }
    // Each point numbered once at most.
    std::vector<int> owners = labels.owners();
    std::sort(owners.begin(), owners.end());
    QVERIFY(std::adjacent_find(owners.begin(), owners.end()) == owners.end());
}

void TestLabelPlacement::loneNumberGoesAboveRight()
{
    LabelPlacement labels;
    const QPointF centre(200, 150);
    place(labels, {centre});
    QCOMPARE(labels.boxes().size(), std::size_t(1));
    const QRectF box = labels.boxes().front();
    QVERIFY(box.left() > centre.x());
    QVERIFY(box.bottom() < centre.y());
}

void TestLabelPlacement::numberMovesAwayFromTheEdge_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<bool>("right");
    QTest::addColumn<bool>("above");

    QTest::newRow("in the middle: above right") << QPointF(240, 160) << true << true;
    QTest::newRow("at the right edge: left") << QPointF(435, 160) << false << true;
    QTest::newRow("at the top: below") << QPointF(240, 15) << true << false;
    QTest::newRow("in the top right corner: below left") << QPointF(435, 15) << false << false;
    QTest::newRow("at the left edge: right") << QPointF(42, 160) << true << true;
}

void TestLabelPlacement::numberMovesAwayFromTheEdge()
{
    QFETCH(QPointF, centre);
    QFETCH(bool, right);
    QFETCH(bool, above);

    LabelPlacement labels;
    place(labels, {centre});
    QCOMPARE(labels.boxes().size(), std::size_t(1));
    const QRectF box = labels.boxes().front();
    QVERIFY(kPlot.contains(box));
    QCOMPARE(box.left() > centre.x(), right);
    QCOMPARE(box.bottom() < centre.y(), above);
}

void TestLabelPlacement::inAPileOnlyTheFirstChoiceIsNumbered_data()
{
    QTest::addColumn<int>("highlighted");
    QTest::addColumn<int>("numbered");

    QTest::newRow("nothing highlighted: the newest") << -1 << 29;
    QTest::newRow("the highlighted one, however old") << 5 << 5;
    QTest::newRow("a highlight beyond the points: the newest") << 40 << 29;
}

void TestLabelPlacement::inAPileOnlyTheFirstChoiceIsNumbered()
{
    QFETCH(int, highlighted);
    QFETCH(int, numbered);

    // Thirty points on top of each other: one number, where people look, rather than a heap.
    const std::vector<QPointF> pile(30, QPointF(200, 150));
    LabelPlacement labels;
    place(labels, pile, highlighted);
    QCOMPARE(labels.owners(), std::vector<int>{numbered});
}

void TestLabelPlacement::pointsOutOfViewAreNotNumbered()
{
    // Point 1 is in view, 2 is cut by the left edge but shows, 3 and 4 are wholly outside.
    const std::vector<QPointF> centres{{200, 150},
                                       {kPlot.left() - kRadius / 2, 150},
                                       {kPlot.left() - 3 * kRadius, 100},
                                       {600, 600}};
    LabelPlacement labels;
    place(labels, centres);
    std::vector<int> owners = labels.owners();
    std::sort(owners.begin(), owners.end());
    QCOMPARE(owners, (std::vector<int>{0, 1}));
}

void TestLabelPlacement::manyPointsStillGetSeparateNumbers()
{
    // Past kMaxPointsForAvoidance a number may cover a point, but never another number.
    const std::vector<QPointF> centres = scattered(LabelPlacement::kMaxPointsForAvoidance + 100, 3);
    LabelPlacement labels;
    place(labels, centres);
    const std::vector<QRectF> &boxes = labels.boxes();
    QVERIFY(boxes.size() > 20);
    for (std::size_t n = 0; n < boxes.size(); ++n) {
        QVERIFY(kPlot.contains(boxes[n]));
        for (std::size_t m = 0; m < n; ++m) {
            QVERIFY(!boxes[m].intersects(boxes[n]));
        }
    }
}

void TestLabelPlacement::crowdPastTheLimitIsStillNumbered_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("least");
    QTest::addColumn<int>("most");

    // Points 12 pixels apart in rows of 20: no number fits clear of the points but at the
    // crowd's corners. Past the limit the numbers stop avoiding points, so the crowd is numbered.
    QTest::newRow("at the limit: numbers only at the corners")
        << LabelPlacement::kMaxPointsForAvoidance << 1 << 5;
    QTest::newRow("past the limit: numbers over the crowd")
        << LabelPlacement::kMaxPointsForAvoidance + 40 << 20 << 1000;
}

void TestLabelPlacement::crowdPastTheLimitIsStillNumbered()
{
    QFETCH(int, count);
    QFETCH(int, least);
    QFETCH(int, most);

    std::vector<QPointF> crowd;
    for (int i = 0; i < count; ++i) {
        crowd.emplace_back(80.0 + 12.0 * (i % 20), 60.0 + 12.0 * (i / 20));
    }
    LabelPlacement labels;
    place(labels, crowd);
    const int numbered = static_cast<int>(labels.boxes().size());
    QVERIFY2(numbered >= least && numbered <= most, qPrintable(QString::number(numbered)));
}

void TestLabelPlacement::isShown_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<bool>("shown");

    QTest::newRow("inside") << QPointF(100, 100) << true;
    QTest::newRow("on the edge") << QPointF(kPlot.left(), 100) << true;
    QTest::newRow("outside by less than the radius") << QPointF(kPlot.right() + 5, 100) << true;
    QTest::newRow("outside by more than the radius") << QPointF(kPlot.right() + 8, 100) << false;
    QTest::newRow("below") << QPointF(100, kPlot.bottom() + 20) << false;
}

void TestLabelPlacement::isShown()
{
    QFETCH(QPointF, centre);
    QFETCH(bool, shown);

    QCOMPARE(LabelPlacement::isShown(centre, kPlot, kRadius), shown);
}

QTEST_GUILESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
