#include "belieftimeline.h"
#include "familypalette.h"
#include "pointaxis.h"
#include "probabilitybars.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace curvelab;

namespace {

using Rows = QList<QList<float>>;

QStringList familyNames(int families)
{
    const QStringList all = {"line", "parabola", "sqrt", "cubic",
                             "exp",  "log",      "sine", "reciprocal"};
    return all.mid(0, families);
}

std::vector<float> toVector(const QList<float> &values)
{
    return {values.cbegin(), values.cend()};
}

std::vector<std::vector<float>> toMatrix(const Rows &rows)
{
    std::vector<std::vector<float>> matrix;
    for (const QList<float> &row : rows) {
        matrix.push_back(toVector(row));
    }
    return matrix;
}

// A drawing that the network reads more surely point by point: the winner starts level with the
// others and ends with `finalShare`, the rest share what is left equally.
std::vector<std::vector<float>> sharpening(int families, int points, int winner, float finalShare)
{
    std::vector<std::vector<float>> rows;
    const float level = 1.0F / static_cast<float>(families);
    for (int t = 0; t < points; ++t) {
        const float progress = points > 1 ? static_cast<float>(t) / (points - 1) : 1.0F;
        const float share = level + progress * (finalShare - level);
        const float rest = (1.0F - share) / static_cast<float>(families - 1);
        std::vector<float> row(static_cast<std::size_t>(families), rest);
        row[static_cast<std::size_t>(winner)] = share;
        rows.push_back(row);
    }
    return rows;
}

// Also for a bar of 0%, which is a line with no width.
bool inside(const QRectF &r, const QWidget &widget)
{
    const QRectF area(widget.rect());
    return area.contains(r.topLeft()) && area.contains(r.bottomRight());
}

QColor pixelAt(const QImage &image, const QPointF &pos)
{
    return image.pixelColor((pos * image.devicePixelRatio()).toPoint());
}

int colorDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// The palette colour whose translucent band over white looks most like `seen`.
int nearestBandFamily(const QColor &seen, int families)
{
    int best = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (int f = 0; f < families; ++f) {
        const QColor c = FamilyPalette::color(f);
        // Bands are drawn somewhat translucent; compare with the colour at 80% over white.
        auto mix = [](int channel) { return static_cast<int>(std::lround(0.8 * channel + 51)); };
        const QColor band(mix(c.red()), mix(c.green()), mix(c.blue()));
        const int d = std::min(colorDistance(seen, band), colorDistance(seen, c));
        if (d < bestDistance) {
            bestDistance = d;
            best = f;
        }
    }
    return best;
}

} // namespace

class TestCanvasViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barLengthsFollowProbabilities_data();
    void barLengthsFollowProbabilities();
    void barsRefuseBadInputAndKeepTheirGuess_data();
    void barsRefuseBadInputAndKeepTheirGuess();
    void barsClearedShowNoGuess();
    void timelineHasOneColumnPerPointLeftToRight_data();
    void timelineHasOneColumnPerPointLeftToRight();
    void timelineMarksWhereTheNetworkDecided_data();
    void timelineMarksWhereTheNetworkDecided();
    void timelineRefusesBadInputAndKeepsItsBeliefs_data();
    void timelineRefusesBadInputAndKeepsItsBeliefs();
    void timelineHoverNamesThePointAndFamilies_data();
    void timelineHoverNamesThePointAndFamilies();
    void timelineHighlightsOnlyTheHoveredColumn();
    void viewsPaintFamilyColoursAtAnySize_data();
    void viewsPaintFamilyColoursAtAnySize();
    void pointNumbersNeverTouchAndKeepTheHighlighted_data();
    void pointNumbersNeverTouchAndKeepTheHighlighted();
};

void TestCanvasViews::barLengthsFollowProbabilities_data()
{
    QTest::addColumn<QList<float>>("probabilities");
    QTest::addColumn<int>("favoured");
    QTest::addRow("three families, line favoured") << QList<float>{0.7F, 0.2F, 0.1F} << 0;
    QTest::addRow("three families, sqrt favoured") << QList<float>{0.05F, 0.15F, 0.8F} << 2;
    QTest::addRow("an even split favours the first") << QList<float>{0.5F, 0.5F} << 0;
    QTest::addRow("a certain guess") << QList<float>{0.0F, 1.0F, 0.0F} << 1;
    QTest::addRow("eight families, the last favoured")
        << QList<float>{0.01F, 0.02F, 0.03F, 0.04F, 0.05F, 0.1F, 0.15F, 0.6F} << 7;
}

void TestCanvasViews::barLengthsFollowProbabilities()
{
    QFETCH(QList<float>, probabilities);
    QFETCH(int, favoured);
    const int k = static_cast<int>(probabilities.size());
    ProbabilityBars bars;
    bars.resize(bars.sizeHint());
    QVERIFY(bars.setProbabilities(familyNames(k), toVector(probabilities)));
    QCOMPARE(bars.familyCount(), k);
    QCOMPARE(bars.favoured(), favoured);

    const QRectF track = bars.barRect(favoured);
    for (int i = 0; i < k; ++i) {
        QCOMPARE(bars.probability(i), probabilities[i]);
        const QRectF bar = bars.barRect(i);
        QVERIFY(inside(bar, bars));
        // All bars start at the same place, so a longer bar means a likelier family.
        QCOMPARE(bar.left(), track.left());
        for (int j = 0; j < k; ++j) {
            const QRectF other = bars.barRect(j);
            if (probabilities[i] > probabilities[j]) {
                QVERIFY2(bar.width() > other.width(),
                         qPrintable(QString("%1 vs %2").arg(i).arg(j)));
            } else if (probabilities[i] == probabilities[j]) {
                QCOMPARE(bar.width(), other.width());
            }
        }
        if (i + 1 < k) {
            QVERIFY(bar.bottom() < bars.barRect(i + 1).top()); // rows do not overlap
        }
    }
}

void TestCanvasViews::barsRefuseBadInputAndKeepTheirGuess_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<float>>("probabilities");
    QTest::addColumn<bool>("accepted");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    QTest::addRow("more names than probabilities is refused")
        << familyNames(3) << QList<float>{0.5F, 0.5F} << false;
    QTest::addRow("no names is refused") << QStringList{} << QList<float>{} << false;
    QTest::addRow("nine families are refused")
        << QStringList(9, "f") << QList<float>(9, 1.0F / 9) << false;
    QTest::addRow("a NaN probability is refused")
        << familyNames(3) << QList<float>{nan, 0.5F, 0.5F} << false;
    QTest::addRow("an infinite probability is refused")
        << familyNames(3) << QList<float>{inf, 0.0F, 0.0F} << false;
    QTest::addRow("a negative probability is refused")
        << familyNames(3) << QList<float>{-0.1F, 0.6F, 0.5F} << false;
    QTest::addRow("a probability above 1 is refused")
        << familyNames(3) << QList<float>{1.2F, 0.0F, 0.0F} << false;
    QTest::addRow("rounding just outside 0..1 is accepted")
        << familyNames(3) << QList<float>{1.00005F, -0.00005F, 0.0F} << true;
}

void TestCanvasViews::barsRefuseBadInputAndKeepTheirGuess()
{
    QFETCH(QStringList, names);
    QFETCH(QList<float>, probabilities);
    QFETCH(bool, accepted);
    ProbabilityBars bars;
    bars.resize(400, 200);
    QVERIFY(bars.setProbabilities(familyNames(3), {0.1F, 0.7F, 0.2F}));
    QCOMPARE(bars.setProbabilities(names, toVector(probabilities)), accepted);
    if (accepted) {
        QCOMPARE(bars.favoured(), 0);
        QCOMPARE(bars.probability(0), 1.0F); // drawn as a full bar, not past the track
        QCOMPARE(bars.probability(1), 0.0F);
    } else {
        QCOMPARE(bars.familyCount(), 3);
        QCOMPARE(bars.favoured(), 1);
        QCOMPARE(bars.probability(1), 0.7F);
    }
}

void TestCanvasViews::barsClearedShowNoGuess()
{
    ProbabilityBars bars;
    QCOMPARE(bars.favoured(), -1);
    QVERIFY(bars.setProbabilities(familyNames(3), {0.2F, 0.3F, 0.5F}));
    bars.clear();
    QCOMPARE(bars.familyCount(), 0);
    QCOMPARE(bars.favoured(), -1);
    QVERIFY(bars.barRect(0).isNull());
    bars.resize(bars.sizeHint());
    const QImage image = bars.grab().toImage();
    // Some muted text, and no family colour anywhere.
    bool anyText = false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            anyText = anyText || c != QColor(Qt::white);
            QVERIFY(std::abs(c.red() - c.blue()) < 8); // grey, not a family colour
        }
    }
    QVERIFY(anyText);
}

void TestCanvasViews::timelineHasOneColumnPerPointLeftToRight_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<QSize>("size");
    QTest::addRow("one point") << 1 << QSize(500, 300);
    QTest::addRow("a short drawing") << 7 << QSize(500, 300);
    QTest::addRow("a long drawing in a narrow view") << 120 << QSize(300, 200);
    QTest::addRow("more points than pixels") << 900 << QSize(400, 250);
}

void TestCanvasViews::timelineHasOneColumnPerPointLeftToRight()
{
    QFETCH(int, points);
    QFETCH(QSize, size);
    BeliefTimeline timeline;
    timeline.resize(size);
    QVERIFY(timeline.setBeliefs(familyNames(3), sharpening(3, points, 1, 0.9F)));
    QCOMPARE(timeline.pointCount(), points);
    QVERIFY(timeline.columnRect(0).isNull());
    QVERIFY(timeline.columnRect(points + 1).isNull());

    const QRectF first = timeline.columnRect(1);
    QVERIFY(first.width() > 0.0);
    for (int p = 1; p <= points; ++p) {
        const QRectF column = timeline.columnRect(p);
        QVERIFY(QRectF(timeline.rect()).contains(column));
        QVERIFY(qFuzzyCompare(column.width(), first.width())); // columns of equal width
        if (p > 1) {
            QVERIFY(column.left() > timeline.columnRect(p - 1).left());
            QVERIFY(qAbs(column.left() - timeline.columnRect(p - 1).right()) < 1e-6);
        }
        // Where a column is wide enough to aim at, the mouse finds it again.
        if (column.width() >= 2.0) {
            QCOMPARE(timeline.pointAt(column.center().toPoint()), p);
        }
    }
    QCOMPARE(timeline.pointAt(QPoint(0, 0)), 0);
    QCOMPARE(timeline.pointAt(QPoint(size.width() - 1, size.height() - 1)), 0);
    QCOMPARE(timeline.pointAt(QPointF(timeline.columnRect(points).right() - 0.5,
                                      timeline.columnRect(points).center().y())
                                  .toPoint()),
             points);
}

void TestCanvasViews::timelineMarksWhereTheNetworkDecided_data()
{
    QTest::addColumn<Rows>("beliefs");
    QTest::addColumn<int>("decided");
    QTest::addRow("flips at point 2 then stays")
        << Rows{{0.6F, 0.4F}, {0.3F, 0.7F}, {0.2F, 0.8F}, {0.1F, 0.9F}} << 2;
    QTest::addRow("sure from the first point")
        << Rows{{0.9F, 0.05F, 0.05F}, {0.95F, 0.03F, 0.02F}} << 1;
    QTest::addRow("never above 50%% is undecided")
        << Rows{{0.4F, 0.35F, 0.25F}, {0.45F, 0.3F, 0.25F}, {0.34F, 0.33F, 0.33F}} << 0;
    QTest::addRow("favoured changes at the last point")
        << Rows{{0.8F, 0.1F, 0.1F}, {0.7F, 0.2F, 0.1F}, {0.1F, 0.2F, 0.7F}} << 3;
    QTest::addRow("favoured but below 50%% for a while does not count")
        << Rows{{0.8F, 0.1F, 0.1F}, {0.45F, 0.3F, 0.25F}, {0.9F, 0.05F, 0.05F}} << 3;
    QTest::addRow("exactly 50%% is not decided") << Rows{{0.9F, 0.1F}, {0.5F, 0.5F}} << 0;
    QTest::addRow("no points yet") << Rows{} << 0;
}

void TestCanvasViews::timelineMarksWhereTheNetworkDecided()
{
    QFETCH(Rows, beliefs);
    QFETCH(int, decided);
    const int families = beliefs.isEmpty() ? 3 : static_cast<int>(beliefs.first().size());
    BeliefTimeline timeline;
    timeline.resize(500, 300);
    QVERIFY(timeline.setBeliefs(familyNames(families), toMatrix(beliefs)));
    QCOMPARE(timeline.decisionPoint(), decided);
    QVERIFY(!timeline.grab().isNull());
}

void TestCanvasViews::timelineRefusesBadInputAndKeepsItsBeliefs_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<Rows>("beliefs");
    QTest::addColumn<bool>("accepted");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    QTest::addRow("probabilities not summing to 1 are refused")
        << familyNames(2) << Rows{{0.5F, 0.5F}, {0.6F, 0.6F}} << false;
    QTest::addRow("a row shorter than the names is refused")
        << familyNames(3) << Rows{{0.5F, 0.3F, 0.2F}, {0.5F, 0.5F}} << false;
    QTest::addRow("a NaN belief is refused") << familyNames(2) << Rows{{nan, 1.0F}} << false;
    QTest::addRow("a negative belief is refused") << familyNames(2) << Rows{{-0.2F, 1.2F}} << false;
    QTest::addRow("no names are refused") << QStringList{} << Rows{} << false;
    QTest::addRow("nine families are refused")
        << QStringList(9, "f") << Rows{QList<float>(9, 1.0F / 9)} << false;
    QTest::addRow("rounding within 1e-3 of 1 is accepted")
        << familyNames(2) << Rows{{0.5004F, 0.5F}} << true;
    QTest::addRow("no points is a drawing not yet begun") << familyNames(3) << Rows{} << true;
}

void TestCanvasViews::timelineRefusesBadInputAndKeepsItsBeliefs()
{
    QFETCH(QStringList, names);
    QFETCH(Rows, beliefs);
    QFETCH(bool, accepted);
    BeliefTimeline timeline;
    timeline.resize(500, 300);
    QVERIFY(timeline.setBeliefs(
        familyNames(3),
        toMatrix(
            {{0.2F, 0.7F, 0.1F}, {0.1F, 0.8F, 0.1F}, {0.05F, 0.9F, 0.05F}, {0.05F, 0.9F, 0.05F}})));
    QCOMPARE(timeline.setBeliefs(names, toMatrix(beliefs)), accepted);
    if (accepted) {
        QCOMPARE(timeline.pointCount(), static_cast<int>(beliefs.size()));
    } else {
        QCOMPARE(timeline.pointCount(), 4);
        QCOMPARE(timeline.familyCount(), 3);
        QCOMPARE(timeline.decisionPoint(), 1);
        QCOMPARE(timeline.belief(3, 1), 0.9F);
    }
}

void TestCanvasViews::timelineHoverNamesThePointAndFamilies_data()
{
    QTest::addColumn<int>("point");
    QTest::addColumn<QString>("expected");
    QTest::addRow("first point, still unsure")
        << 1 << "After point 1: parabola 40.0%, sqrt 35.0%, line 25.0%";
    QTest::addRow("third point, most likely first")
        << 3 << "After point 3: line 91.2%, parabola 8.1%, sqrt 0.7%";
    QTest::addRow("a tie keeps family order") << 2
                                              << "After point 2: line 45.0%, sqrt 45.0%, "
                                                 "parabola 10.0%";
}

void TestCanvasViews::timelineHoverNamesThePointAndFamilies()
{
    QFETCH(int, point);
    QFETCH(QString, expected);
    BeliefTimeline timeline;
    timeline.resize(500, 300);
    QVERIFY(timeline.setBeliefs(
        familyNames(3),
        toMatrix({{0.25F, 0.4F, 0.35F}, {0.45F, 0.1F, 0.45F}, {0.912F, 0.081F, 0.007F}})));
    QCOMPARE(timeline.pointText(point), expected);
    const QRectF column = timeline.columnRect(point);
    QCOMPARE(timeline.toolTipAt(column.center().toPoint()), expected);
    QCOMPARE(timeline.toolTipAt(QPointF(column.center().x(), column.top() + 2).toPoint()),
             expected);
    // The legend above and the point numbers below are not the plot.
    QVERIFY(timeline.toolTipAt(QPointF(column.center().x(), 2).toPoint()).isEmpty());
    QVERIFY(
        timeline.toolTipAt(QPointF(column.center().x(), column.bottom() + 6).toPoint()).isEmpty());
}

void TestCanvasViews::timelineHighlightsOnlyTheHoveredColumn()
{
    BeliefTimeline timeline;
    timeline.resize(500, 300);
    QVERIFY(timeline.setBeliefs(familyNames(3), sharpening(3, 6, 0, 0.95F)));
    const QImage plain = timeline.grab().toImage();
    timeline.setHighlightedPoint(3);
    QCOMPARE(timeline.highlightedPoint(), 3);
    const QImage highlighted = timeline.grab().toImage();

    const QRectF column = timeline.columnRect(3);
    QVERIFY(pixelAt(plain, column.center()) != pixelAt(highlighted, column.center()));
    const QRectF far = timeline.columnRect(6);
    QCOMPARE(pixelAt(highlighted, far.center()), pixelAt(plain, far.center()));

    timeline.setHighlightedPoint(0);
    QCOMPARE(timeline.grab().toImage(), plain);
}

void TestCanvasViews::viewsPaintFamilyColoursAtAnySize_data()
{
    QTest::addColumn<int>("families");
    QTest::addColumn<bool>("small");
    QTest::addColumn<bool>("largeText");
    QTest::addRow("2 families, small") << 2 << true << false;
    QTest::addRow("2 families, large, large text") << 2 << false << true;
    QTest::addRow("8 families, small, large text") << 8 << true << true;
    QTest::addRow("8 families, large") << 8 << false << false;
}

void TestCanvasViews::viewsPaintFamilyColoursAtAnySize()
{
    QFETCH(int, families);
    QFETCH(bool, small);
    QFETCH(bool, largeText);
    const QStringList names = familyNames(families);
    const int winner = families - 1;
    const auto beliefs = sharpening(families, 12, winner, 0.8F);

    ProbabilityBars bars;
    bars.setLargeText(largeText);
    QVERIFY(bars.setProbabilities(names, beliefs.back()));
    bars.resize(small ? bars.minimumSizeHint() : QSize(900, 600));
    const QImage barsImage = bars.grab().toImage();
    QCOMPARE(barsImage.size(), bars.size() * barsImage.devicePixelRatio());
    for (int i = 0; i < families; ++i) {
        const QRectF bar = bars.barRect(i);
        QVERIFY(inside(bar, bars));
        if (bar.width() >= 4.0 && bar.height() >= 4.0) {
            QCOMPARE(pixelAt(barsImage, bar.center()), FamilyPalette::color(i));
        }
    }
    QVERIFY(bars.barRect(winner).width() >= 4.0);

    BeliefTimeline timeline;
    timeline.setLargeText(largeText);
    QVERIFY(timeline.setBeliefs(names, beliefs));
    timeline.resize(small ? timeline.minimumSizeHint() : QSize(1200, 700));
    const QImage timelineImage = timeline.grab().toImage();
    QCOMPARE(timelineImage.size(), timeline.size() * timelineImage.devicePixelRatio());
    // Bands stack in family order from 0% up, so the winner (the last family) is the top band.
    const QRectF last = timeline.columnRect(timeline.pointCount());
    const QPointF inWinner(last.center().x(), last.top() + last.height() * 0.8 / 2.0);
    QCOMPARE(nearestBandFamily(pixelAt(timelineImage, inWinner), families), winner);
}

void TestCanvasViews::pointNumbersNeverTouchAndKeepTheHighlighted_data()
{
    // The numbers under the belief timeline's and the gate heat map's columns.
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("highlighted");
    QTest::addColumn<double>("columnWidth");
    QTest::newRow("8 roomy columns") << 8 << 0 << 60.0;
    QTest::newRow("16 columns, 7 hovered") << 16 << 7 << 30.0;
    QTest::newRow("100 narrow columns, 37 hovered") << 100 << 37 << 5.0;
    QTest::newRow("500 columns of a pixel, 499 hovered") << 500 << 499 << 1.0;
    QTest::newRow("one point") << 1 << 1 << 40.0;
}

void TestCanvasViews::pointNumbersNeverTouchAndKeepTheHighlighted()
{
    QFETCH(int, points);
    QFETCH(int, highlighted);
    QFETCH(double, columnWidth);
    constexpr qreal kGap = 6.0;
    const QFontMetricsF metrics{QFont()};
    const auto centre = [columnWidth](int p) { return (p - 0.5) * columnWidth; };
    const std::vector<PointAxisLabel> labels = pointAxisLabels(
        points, highlighted, columnWidth, centre, metrics, 100.0, metrics.height(), kGap);
    QVERIFY(!labels.empty());
    if (highlighted > 0) {
        QCOMPARE(labels.front().point, highlighted);
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        QCOMPARE(labels[i].text, QString::number(labels[i].point));
        QVERIFY(std::abs(labels[i].box.center().x() - centre(labels[i].point)) < 1e-9);
        for (std::size_t j = 0; j < i; ++j) {
            QVERIFY2(
                !labels[i].box.adjusted(-kGap, 0, kGap, 0).intersects(labels[j].box),
                qPrintable(QStringLiteral("%1 and %2").arg(labels[i].point).arg(labels[j].point)));
        }
    }
    // Where every number fits, every column has one.
    if (columnWidth >= metrics.horizontalAdvance(QString::number(points)) + 2 * kGap) {
        QCOMPARE(static_cast<int>(labels.size()), points);
    }
}

QTEST_MAIN(TestCanvasViews)
#include "tst_canvasviews.moc"
