// What the canvas says about a drawn sequence it cannot fully judge, and the training domain it
// opens on.
#include "sequencenotes.h"
#include "trainingdomain.h"

#include <QTest>
#include <algorithm>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::PointSequence)

class TestSequenceNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notes_data();
    void notes();
    void originalDomain();
    void domainOfAFlatFamilyIsNotEmpty();
};

void TestSequenceNotes::notes_data()
{
    QTest::addColumn<PointSequence>("points");
    QTest::addColumn<QString>("mentions"); // empty: no note at all
    QTest::addColumn<QList<int>>("concerned");
    QTest::addColumn<bool>("warning");

    QTest::addRow("a parabola inside the domain needs no note")
        << PointSequence{{6, 40}, {9, 80}, {12, 150}} << QString() << QList<int>{} << false;
    QTest::addRow("no points, no note") << PointSequence{} << QString() << QList<int>{} << false;
    QTest::addRow("one point fits every family")
        << PointSequence{{7, 30}} << "One point fits every family" << QList<int>{1} << false;
    QTest::addRow("two points fit every family exactly")
        << PointSequence{{7, 30}, {9, 50}} << "Two points fit every family exactly" << QList<int>{}
        << false;
    QTest::addRow("points sharing x fit no function")
        << PointSequence{{7, 30}, {8, 40}, {9, 50}, {8, 45}} << "Points 2 and 4 share x = 8"
        << QList<int>{2, 4} << true;
    QTest::addRow("a repeated point adds nothing")
        << PointSequence{{7, 30}, {8, 40}, {7, 30}} << "Points 1 and 3 are the same point"
        << QList<int>{1, 3} << true;
    QTest::addRow("x below 0 rules out sqrt")
        << PointSequence{{6, 10}, {-2, 3}, {-4, 1}} << "sqrt (y = k*sqrt(x) + b) is undefined at "
        << QList<int>{2, 3} << true;
    QTest::addRow("x outside the trained range is an extrapolation")
        << PointSequence{{6, 10}, {8, 12}, {25, 20}} << "Point 3 lies outside the x range"
        << QList<int>{3} << true;
    QTest::addRow("huge values were never seen")
        << PointSequence{{6, 10}, {8, 12}, {9, 1e6}} << "Point 3 lies far from every curve"
        << QList<int>{3} << true;
}

void TestSequenceNotes::notes()
{
    QFETCH(PointSequence, points);
    QFETCH(QString, mentions);
    QFETCH(QList<int>, concerned);
    QFETCH(bool, warning);

    const std::vector<SequenceNote> notes = describeSequence(points, originalFamilies());
    if (mentions.isEmpty()) {
        QVERIFY(notes.empty());
        return;
    }
    const auto it = std::find_if(notes.begin(), notes.end(), [&](const SequenceNote &n) {
        return QString::fromStdString(n.text).contains(mentions);
    });
    QVERIFY2(it != notes.end(), qPrintable("no note mentions: " + mentions));
    QCOMPARE(QList<int>(it->points.begin(), it->points.end()), concerned);
    QCOMPARE(it->kind == SequenceNote::Kind::Warning, warning);
}

void TestSequenceNotes::originalDomain()
{
    // x in [5, 15); y from the smallest line (k = b = 0) up to the steepest parabola 1*15^2 + 5.
    const TrainingDomain domain = trainingDomain(originalFamilies());
    QCOMPARE(domain.x.lo, 5.0);
    QCOMPARE(domain.x.hi, 15.0);
    QCOMPARE(domain.y.lo, 0.0);
    QCOMPARE(domain.y.hi, 230.0);
    QVERIFY(domain.near(10, 100, 0.0));
    QVERIFY(!domain.near(10, 1000, 1.0));
    QVERIFY(domain.near(20, 100, 1.0));
}

void TestSequenceNotes::domainOfAFlatFamilyIsNotEmpty()
{
    // k = 0 and one b: every curve is y = 2; the canvas still needs a y range to show.
    const TrainingDomain domain = trainingDomain({{"flat", "x", {0, 1}, {0, 0}, {2, 2}}});
    QVERIFY(domain.y.lo < 2.0 && domain.y.hi > 2.0);
}

QTEST_GUILESS_MAIN(TestSequenceNotes)
#include "tst_sequencenotes.moc"
