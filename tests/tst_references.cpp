#include "bayesclassifier.h"
#include "curvegenerator.h"
#include "leastsquaresbaseline.h"

#include <QList>
#include <QPointF>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>

using namespace curvelab;

namespace {

// Indices into originalFamilies().
constexpr int kLine = 0;
constexpr int kParabola = 1;
constexpr int kSqrt = 2;

// Seed of the sequences the accuracy rows measure on.
constexpr std::uint64_t kSeed = 2024;
// Sequences per accuracy row: sampling error stays near 0.16 points at 85%, well inside the
// tolerances, and the suite still runs in a few seconds.
constexpr int kSequences = 50000;
// Points per measured sequence; shorter lengths are evaluated on its prefixes.
constexpr int kLongest = 8;
// Posteriors and fitted parameters are exact up to rounding.
constexpr double kExact = 1e-9;

enum class Reference
{
    LeastSquares,
    Bayes
};

PointSequence toSequence(const QList<QPointF> &points)
{
    PointSequence out;
    for (const QPointF &p : points) {
        out.push_back({p.x(), p.y()});
    }
    return out;
}

QList<QPointF> pointsOn(int family, double k, double b, const QList<double> &xs)
{
    const ShapeFunction f(originalFamilies().at(static_cast<std::size_t>(family)).shape);
    QList<QPointF> out;
    for (double x : xs) {
        out.append({x, k * f(x) + b});
    }
    return out;
}

BayesClassifier bayesFor(double noise, KbMode kbMode = KbMode::PerSequence)
{
    GeneratorConfig config;
    config.noise = noise;
    config.kbMode = kbMode;
    return BayesClassifier(CurveGenerator(config));
}

bool isDistribution(const std::vector<double> &p)
{
    const bool inRange =
        std::all_of(p.begin(), p.end(), [](double v) { return v >= 0.0 && v <= 1.0; });
    return inRange && std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < kExact;
}

} // namespace

class TestReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leastSquaresRecoversParameters_data();
    void leastSquaresRecoversParameters();
    void leastSquaresIsStableFarFromZero();
    void leastSquaresLeavesResidualForWrongFamily_data();
    void leastSquaresLeavesResidualForWrongFamily();
    void leastSquaresUndetermined_data();
    void leastSquaresUndetermined();
    void leastSquaresClassifies_data();
    void leastSquaresClassifies();

    void bayesMatchesHandComputedPosterior_data();
    void bayesMatchesHandComputedPosterior();
    void bayesIsUniformWhenNothingExplainsPoints_data();
    void bayesIsUniformWhenNothingExplainsPoints();
    void bayesPosteriorIsAlwaysADistribution_data();
    void bayesPosteriorIsAlwaysADistribution();
    void bayesWithFixedKbRecognisesSampledFamily_data();
    void bayesWithFixedKbRecognisesSampledFamily();

    void accuracyMatchesIndependentMeasurement_data();
    void accuracyMatchesIndependentMeasurement();

private:
    const std::vector<LabelledSequence> &sequences(double noise);

    std::map<double, std::vector<LabelledSequence>> m_sequences;
};

void TestReferences::leastSquaresRecoversParameters_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("b");
    QTest::addColumn<QList<double>>("xs");

    QTest::addRow("line through two points fits exactly")
        << kLine << 0.3 << 2.0 << QList{6.0, 11.0};
    QTest::addRow("line through eight points fits exactly")
        << kLine << 0.8 << 4.5 << QList{5.5, 6.0, 7.25, 8.0, 9.5, 11.0, 13.0, 14.75};
    QTest::addRow("parabola through three points fits exactly")
        << kParabola << 0.7 << 4.2 << QList{5.5, 9.0, 14.5};
    QTest::addRow("sqrt through four points fits exactly")
        << kSqrt << 0.45 << 0.5 << QList{5.0, 6.5, 8.0, 9.9};
}

void TestReferences::leastSquaresRecoversParameters()
{
    QFETCH(int, family);
    QFETCH(double, k);
    QFETCH(double, b);
    QFETCH(QList<double>, xs);

    const LeastSquaresBaseline baseline(originalFamilies());
    const FamilyFit fit =
        baseline.fit(toSequence(pointsOn(family, k, b, xs))).at(static_cast<std::size_t>(family));

    QVERIFY(fit.determined);
    QVERIFY(std::abs(fit.k - k) < kExact);
    QVERIFY(std::abs(fit.b - b) < kExact);
    QVERIFY(fit.residual < kExact);
}

void TestReferences::leastSquaresIsStableFarFromZero()
{
    // Raw normal equations lose every digit of k here: sum x^2 and (sum x)^2 / n, both near 3e16,
    // differ by 2, below their rounding error.
    const double x0 = 1e8;
    const PointSequence points = toSequence(pointsOn(kLine, 0.25, 2.0, {x0, x0 + 1.0, x0 + 2.0}));

    const FamilyFit fit = LeastSquaresBaseline(originalFamilies()).fit(points).at(kLine);

    QVERIFY(fit.determined);
    QVERIFY(std::abs(fit.k - 0.25) < 1e-6);
    QVERIFY(fit.residual < 1e-6);
}

void TestReferences::leastSquaresLeavesResidualForWrongFamily_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<int>("family");

    QTest::addRow("a line fitted by a parabola leaves a residual")
        << pointsOn(kLine, 0.5, 1.0, {5.0, 10.0, 15.0}) << kParabola;
    QTest::addRow("a parabola fitted by a line leaves a residual")
        << pointsOn(kParabola, 0.5, 1.0, {5.0, 10.0, 15.0}) << kLine;
    QTest::addRow("a line fitted by a sqrt leaves a residual")
        << pointsOn(kLine, 0.5, 1.0, {5.0, 7.0, 9.0}) << kSqrt;
}

void TestReferences::leastSquaresLeavesResidualForWrongFamily()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(int, family);

    const std::vector<FamilyFit> fits =
        LeastSquaresBaseline(originalFamilies()).fit(toSequence(points));

    QVERIFY(fits.at(static_cast<std::size_t>(family)).residual > 0.01);
}

void TestReferences::leastSquaresUndetermined_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("residual");

    QTest::addRow("no points fit nothing") << QList<QPointF>{} << 0.0 << 0.0;
    QTest::addRow("one point fits its own y") << QList<QPointF>{{7.0, 3.0}} << 3.0 << 0.0;
    QTest::addRow("duplicate x fits the mean y")
        << QList<QPointF>{{7.0, 1.0}, {7.0, 3.0}} << 2.0 << 1.0;
}

void TestReferences::leastSquaresUndetermined()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, b);
    QFETCH(double, residual);

    for (const FamilyFit &fit : LeastSquaresBaseline(originalFamilies()).fit(toSequence(points))) {
        QVERIFY(!fit.determined);
        QCOMPARE(fit.k, 0.0);
        QVERIFY(std::abs(fit.b - b) < kExact);
        QVERIFY(std::abs(fit.residual - residual) < kExact);
    }
}

void TestReferences::leastSquaresClassifies_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<int>("family");

    QTest::addRow("no points go to the first family") << QList<QPointF>{} << kLine;
    QTest::addRow("two points fit every family, so the tie goes to the first")
        << pointsOn(kSqrt, 0.4, 1.0, {6.0, 8.0}) << kLine;
    QTest::addRow("three points on a parabola are a parabola")
        << pointsOn(kParabola, 0.2, 3.0, {6.0, 8.0, 12.0}) << kParabola;
    QTest::addRow("three points on a sqrt are a sqrt")
        << pointsOn(kSqrt, 0.9, 0.1, {5.0, 6.0, 9.5}) << kSqrt;
}

void TestReferences::leastSquaresClassifies()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(int, family);

    QCOMPARE(LeastSquaresBaseline(originalFamilies()).classify(toSequence(points)), family);
}

void TestReferences::bayesMatchesHandComputedPosterior_data()
{
    // Without noise, p(points | family) is p(x) for each point times the share of the (k, b) box
    // that reaches the points: for one point the share of the k range with y - k f(x) in [0, 5),
    // over the b width; for two, prior(k*) prior(b*) / |f(x2) - f(x1)| if (k*, b*) is in the box.
    // The prior density 1/5 is the same for every family and is left out. x widths: 10, 10, 5.
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<QList<double>>("weights"); // line, parabola, sqrt; unnormalised

    QTest::addRow("one point weighs the share of k that reaches it")
        << QList<QPointF>{{7.0, 3.0}} << QList{(3.0 / 7) / 10, (3.0 / 49) / 10, 1.0 / 5};
    QTest::addRow("one point with x beyond the sqrt range rules sqrt out")
        << QList<QPointF>{{12.0, 3.0}} << QList{(3.0 / 12) / 10, (3.0 / 144) / 10, 0.0};
    QTest::addRow("a repeated point weighs like one point, with p(x) twice")
        << QList<QPointF>{{7.0, 3.0}, {7.0, 3.0}}
        << QList{(3.0 / 7) / 100, (3.0 / 49) / 100, 1.0 / 25};
    QTest::addRow("two points weigh the prior over |f(x2) - f(x1)|")
        << QList<QPointF>{{6.0, 2.6}, {9.0, 2.9}}
        << QList{1.0 / (100 * 3), 1.0 / (100 * 45), 1.0 / (25 * (3 - std::sqrt(6.0)))};
    QTest::addRow("two points implying k above one rule sqrt out")
        << QList<QPointF>{{6.0, 4.0}, {8.0, 5.0}} << QList{1.0 / (100 * 2), 1.0 / (100 * 28), 0.0};
    QTest::addRow("two points implying b below zero rule line and sqrt out")
        << QList<QPointF>{{6.0, 0.5}, {8.0, 0.7}} << QList{0.0, 1.0 / (100 * 28), 0.0};
}

void TestReferences::bayesMatchesHandComputedPosterior()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(QList<double>, weights);

    const std::vector<double> posterior = bayesFor(/*noise=*/0.0).posterior(toSequence(points));

    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    QCOMPARE(posterior.size(), std::size_t(weights.size()));
    for (std::size_t i = 0; i < posterior.size(); ++i) {
        QVERIFY2(std::abs(posterior[i] - weights[i] / total) < kExact,
                 qPrintable(QString("family %1: %2, expected %3")
                                .arg(i)
                                .arg(posterior[i])
                                .arg(weights[i] / total)));
    }
}

void TestReferences::bayesIsUniformWhenNothingExplainsPoints_data()
{
    QTest::addColumn<double>("noise");
    QTest::addColumn<QList<QPointF>>("points");

    QTest::addRow("no points") << 0.0 << QList<QPointF>{};
    QTest::addRow("x beyond every family's range") << 0.0 << QList<QPointF>{{100.0, 3.0}};
    QTest::addRow("huge x with noise") << 0.01 << QList<QPointF>{{1e12, 1e12}};
    QTest::addRow("huge y without noise") << 0.0 << QList<QPointF>{{7.0, 1e12}, {8.0, 1e12}};
    QTest::addRow("without noise, duplicate x with two y values")
        << 0.0 << QList<QPointF>{{7.0, 1.0}, {7.0, 3.0}};
    QTest::addRow("without noise, three points off every curve")
        << 0.0 << QList<QPointF>{{6.0, 1.0}, {7.0, 4.5}, {8.0, 1.0}};
}

void TestReferences::bayesIsUniformWhenNothingExplainsPoints()
{
    QFETCH(double, noise);
    QFETCH(QList<QPointF>, points);

    for (double p : bayesFor(noise).posterior(toSequence(points))) {
        QVERIFY(std::abs(p - 1.0 / 3) < kExact);
    }
}

void TestReferences::bayesPosteriorIsAlwaysADistribution_data()
{
    QTest::addColumn<double>("noise");
    QTest::addColumn<KbMode>("kbMode");
    QTest::addColumn<QList<QPointF>>("points");

    const KbMode perSequence = KbMode::PerSequence;
    const KbMode fixed = KbMode::FixedPerRun;
    QTest::addRow("one point with noise") << 0.01 << perSequence << QList<QPointF>{{7.0, 3.0}};
    QTest::addRow("duplicate x with noise")
        << 0.01 << perSequence << QList<QPointF>{{7.0, 1.0}, {7.0, 3.0}};
    QTest::addRow("nearly duplicate x with noise")
        << 0.01 << perSequence << QList<QPointF>{{7.0, 3.0}, {7.0 + 1e-13, 3.1}};
    QTest::addRow("nearly duplicate x without noise")
        << 0.0 << perSequence << QList<QPointF>{{7.0, 3.0}, {7.0 + 1e-13, 3.0}, {7.0, 3.0}};
    QTest::addRow("huge y without noise") << 0.0 << perSequence << QList<QPointF>{{7.0, 1e12}};
    QTest::addRow("huge y of both signs with noise")
        << 0.01 << perSequence << QList<QPointF>{{7.0, 1e12}, {8.0, -1e12}, {9.0, 1e12}};
    QTest::addRow("y near the limit of double with noise")
        << 0.01 << perSequence << QList<QPointF>{{7.0, 1e308}, {8.0, -1e308}, {9.0, 1e308}};
    QTest::addRow("huge noise") << 1e12 << perSequence << QList<QPointF>{{7.0, 3.0}, {8.0, 4.0}};
    QTest::addRow("fixed k and b, huge y with noise")
        << 0.01 << fixed << QList<QPointF>{{7.0, 1e12}, {8.0, -1e12}};
    QTest::addRow("fixed k and b, duplicate x without noise")
        << 0.0 << fixed << QList<QPointF>{{7.0, 1.0}, {7.0, 3.0}};
}

void TestReferences::bayesPosteriorIsAlwaysADistribution()
{
    QFETCH(double, noise);
    QFETCH(KbMode, kbMode);
    QFETCH(QList<QPointF>, points);

    const std::vector<double> posterior = bayesFor(noise, kbMode).posterior(toSequence(points));

    QCOMPARE(posterior.size(), std::size_t(3));
    QVERIFY(isDistribution(posterior));
}

void TestReferences::bayesWithFixedKbRecognisesSampledFamily_data()
{
    QTest::addColumn<int>("family");

    QTest::addRow("fixed k and b: one point on the line is the line") << kLine;
    QTest::addRow("fixed k and b: one point on the parabola is the parabola") << kParabola;
    QTest::addRow("fixed k and b: one point on the sqrt is the sqrt") << kSqrt;
}

void TestReferences::bayesWithFixedKbRecognisesSampledFamily()
{
    QFETCH(int, family);

    GeneratorConfig config;
    config.kbMode = KbMode::FixedPerRun;
    config.seed = kSeed;
    CurveGenerator generator(config);
    const BayesClassifier bayes(generator);

    const PointSequence points = generator.sample(family, /*length=*/1).points;

    QCOMPARE(bayes.posterior(points).at(static_cast<std::size_t>(family)), 1.0);
}

const std::vector<LabelledSequence> &TestReferences::sequences(double noise)
{
    auto it = m_sequences.find(noise);
    if (it == m_sequences.end()) {
        GeneratorConfig config;
        config.noise = noise;
        config.seed = kSeed;
        it = m_sequences.emplace(noise, CurveGenerator(config).batch(kSequences, kLongest)).first;
    }
    return it->second;
}

void TestReferences::accuracyMatchesIndependentMeasurement_data()
{
    // Percentages measured independently. The exact optimum for one noise-free point is 84.57%
    // (a fine 2-D quadrature of max over families of p(x, y | family)), so 85.2 carries that
    // measurement's own sampling error; the tolerance covers both samples.
    QTest::addColumn<Reference>("reference");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("length");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    const Reference bayes = Reference::Bayes;
    const Reference leastSquares = Reference::LeastSquares;
    QTest::addRow("Bayes without noise, 1 point") << bayes << 0.0 << 1 << 85.2 << 1.5;
    QTest::addRow("Bayes without noise, 2 points") << bayes << 0.0 << 2 << 97.65 << 1.0;
    QTest::addRow("Bayes without noise, 3 points is always right")
        << bayes << 0.0 << 3 << 100.0 << 0.0;
    QTest::addRow("Bayes without noise, 8 points is always right")
        << bayes << 0.0 << 8 << 100.0 << 0.0;
    QTest::addRow("least squares, 2 points fit every family, so a third")
        << leastSquares << 0.0 << 2 << 33.0 << 1.5;
    QTest::addRow("Bayes with noise 0.01, 4 points") << bayes << 0.01 << 4 << 99.26 << 1.0;
    QTest::addRow("Bayes with noise 0.01, 8 points") << bayes << 0.01 << 8 << 99.92 << 1.0;
    QTest::addRow("least squares with noise 0.01, 4 points")
        << leastSquares << 0.01 << 4 << 81.9 << 1.5;
    QTest::addRow("least squares with noise 0.01, 8 points")
        << leastSquares << 0.01 << 8 << 89.4 << 1.5;
}

void TestReferences::accuracyMatchesIndependentMeasurement()
{
    QFETCH(Reference, reference);
    QFETCH(double, noise);
    QFETCH(int, length);
    QFETCH(double, expected);
    QFETCH(double, tolerance);

    GeneratorConfig config;
    config.noise = noise;
    const BayesClassifier bayes{CurveGenerator(config)};
    const LeastSquaresBaseline leastSquares(config.families);
    int correct = 0;
    for (const LabelledSequence &s : sequences(noise)) {
        // A prefix of a sequence is a valid shorter sequence.
        const PointSequence prefix(s.points.begin(), s.points.begin() + length);
        const int guess =
            reference == Reference::Bayes ? bayes.classify(prefix) : leastSquares.classify(prefix);
        correct += guess == s.label ? 1 : 0;
    }
    const double accuracy = 100.0 * correct / kSequences;

    qInfo("accuracy %.2f%%, expected %.2f%% +- %.1f", accuracy, expected, tolerance);
    QVERIFY(std::abs(accuracy - expected) <= tolerance);
}

QTEST_GUILESS_MAIN(TestReferences)

#include "tst_references.moc"
