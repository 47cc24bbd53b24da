// What the canvas says about a drawn sequence it cannot fully judge, why a guess may surprise,
// and the training domain it opens on.
#include "guessexplanation.h"
#include "sequencenotes.h"
#include "trainingdomain.h"

#include <QTest>
#include <algorithm>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::PointSequence)
Q_DECLARE_METATYPE(curvelab::Preprocessing)
Q_DECLARE_METATYPE(std::vector<float>)

namespace {

// The text of every note, one per line.
QString texts(const std::vector<SequenceNote> &notes)
{
    QStringList lines;
    for (const SequenceNote &n : notes) {
        lines << QString::fromStdString(n.text());
    }
    return lines.join('\n');
}

PointSequence onLine(double k, double b, std::initializer_list<double> xs)
{
    PointSequence points;
    for (double x : xs) {
        points.push_back({x, k * x + b});
    }
    return points;
}

} // namespace

class TestSequenceNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notes_data();
    void notes();
    void unitFreeNotes_data();
    void unitFreeNotes();
    void surprisingGuessesAreExplained_data();
    void surprisingGuessesAreExplained();
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
        return QString::fromStdString(n.text()).contains(mentions);
    });
    QVERIFY2(it != notes.end(), qPrintable("no note mentions: " + mentions));
    QCOMPARE(QList<int>(it->points.begin(), it->points.end()), concerned);
    QCOMPARE(it->kind == SequenceNote::Kind::Warning, warning);
}

void TestSequenceNotes::unitFreeNotes_data()
{
    QTest::addColumn<PointSequence>("points");
    QTest::addColumn<QString>("mentions"); // empty: no note on where the points lie
    QTest::addRow("any scale is fine for a network that learned every scale")
        << PointSequence{{250, 1e5}, {300, 2e5}, {400, 3e5}} << QString();
    QTest::addRow("left of x = 0 it never looked")
        << PointSequence{{-3, 1}, {2, 2}, {4, 3}} << "Point 1 lies left of x = 0";
    QTest::addRow("a wave's shape depends on where x lies")
        << PointSequence{{1, 1}, {2, 2}, {9, 3}} << "Point 3 lies outside wave's x range";
}

void TestSequenceNotes::unitFreeNotes()
{
    QFETCH(PointSequence, points);
    QFETCH(QString, mentions);
    std::vector<FunctionFamily> families = originalFamilies();
    families.push_back({"wave", "k*sin(x)+b", {0, 6.3}, {0, 1}, {0, 1}});
    const QString said = texts(describeSequence(points, families, Preprocessing::UnitFree));
    QVERIFY2(!said.contains(QStringLiteral("x range trained on")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("far from every curve")), qPrintable(said));
    if (mentions.isEmpty()) {
        QVERIFY2(!said.contains(QStringLiteral(" lies")), qPrintable(said));
    } else {
        QVERIFY2(said.contains(mentions), qPrintable(said));
    }
}

void TestSequenceNotes::surprisingGuessesAreExplained_data()
{
    QTest::addColumn<PointSequence>("points");
    QTest::addColumn<Preprocessing>("preprocessing");
    QTest::addColumn<std::vector<float>>("belief");
    QTest::addColumn<QString>("mentions"); // empty: nothing to explain
    const PointSequence steep = onLine(9.7, 3.0, {6, 8, 10, 12, 14});
    QTest::addRow("a line the seed's network never saw: k beyond its range")
        << steep << Preprocessing::FamilyFit << std::vector<float>{0.0f, 1.0f, 0.0f}
        << "The best-fitting line has k = 9.7, but this network only saw line curves with k from "
           "0 to 1. That is why it does not believe a line here.";
    QTest::addRow("a unit-free network that disagrees with least squares")
        << steep << Preprocessing::UnitFree << std::vector<float>{0.1f, 0.8f, 0.1f}
        << "Least squares fits a line best";
    QTest::addRow("a network that cannot tell yet")
        << steep << Preprocessing::UnitFree << std::vector<float>{0.45f, 0.40f, 0.15f}
        << "The network cannot tell yet: line 45%, parabola 40%.";
    QTest::addRow("agreement with a sure guess needs no word")
        << steep << Preprocessing::UnitFree << std::vector<float>{0.9f, 0.05f, 0.05f} << QString();
    QTest::addRow("two points leave least squares without a verdict")
        << onLine(9.7, 3.0, {6, 8}) << Preprocessing::FamilyFit
        << std::vector<float>{0.0f, 1.0f, 0.0f} << QString();
}

void TestSequenceNotes::surprisingGuessesAreExplained()
{
    QFETCH(PointSequence, points);
    QFETCH(Preprocessing, preprocessing);
    QFETCH(std::vector<float>, belief);
    QFETCH(QString, mentions);
    ModelSpec spec;
    spec.preprocessing = preprocessing;
    const QString said = texts(explainGuess(points, spec, belief));
    if (mentions.isEmpty()) {
        QVERIFY2(said.isEmpty(), qPrintable(said));
    } else {
        QVERIFY2(said.contains(mentions), qPrintable(said));
    }
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
