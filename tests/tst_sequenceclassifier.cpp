// The canvas's classifier: predictions of an edited sequence equal a fresh Predictor run on the
// same points, while an edit costs only the steps from the edited point on.
#include "curvegenerator.h"
#include "predictor.h"
#include "sequenceclassifier.h"
#include "testsupport.h"
#include "trainer.h"

#include <QTest>
#include <algorithm>
#include <functional>

using namespace curvelab;

namespace {

using Edit = std::function<PointSequence(PointSequence)>;

ModelSnapshot weightsFor(CellType cell, int layers, std::uint64_t seed)
{
    TrainingConfig config = test::smallConfig();
    config.model.options.cell = cell;
    config.model.options.layers = layers;
    config.seed = seed;
    return Trainer(config).snapshot();
}

PointSequence drawn(int length)
{
    GeneratorConfig generator = test::smallConfig().generator;
    generator.seed = 7;
    return CurveGenerator(generator).next(length).points;
}

void comparePredictions(const std::vector<Prediction> &got, const std::vector<Prediction> &want)
{
    QCOMPARE(got.size(), want.size());
    for (std::size_t t = 0; t < got.size(); ++t) {
        QCOMPARE(got[t].probabilities, want[t].probabilities);
        QCOMPARE(got[t].guess, want[t].guess);
        QCOMPARE(got[t].features, want[t].features);
    }
}

} // namespace

class TestSequenceClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsMatchAFreshRun_data();
    void editsMatchAFreshRun();
    void appendingCostsOneStep();
    void probabilitiesSumToOne();
    void newWeightsRecomputeEverything();
    void withoutAModelThereAreNoPredictions();
    void badWeightsKeepThePreviousModel();
    void stateOfAnotherModelIsRefused();
};

void TestSequenceClassifier::editsMatchAFreshRun_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<long long>("steps"); // what the edit of a 10-point sequence may cost

    const Edit append = [](PointSequence p) {
        p.push_back({9.0, 40.0});
        return p;
    };
    const Edit moveMiddle = [](PointSequence p) {
        p[6].y += 3.0;
        return p;
    };
    const Edit deleteFirst = [](PointSequence p) {
        p.erase(p.begin());
        return p;
    };
    const Edit deleteLast = [](PointSequence p) {
        p.pop_back();
        return p;
    };
    const Edit clear = [](PointSequence) { return PointSequence{}; };
    const Edit nothing = [](PointSequence p) { return p; };
    const int lstm = static_cast<int>(CellType::Lstm);
    QTest::addRow("lstm: appending a point") << lstm << 1 << append << 1LL;
    QTest::addRow("lstm: moving point 7 of 10") << lstm << 1 << moveMiddle << 4LL;
    QTest::addRow("lstm: deleting the first point") << lstm << 1 << deleteFirst << 9LL;
    QTest::addRow("lstm: deleting the last point") << lstm << 1 << deleteLast << 0LL;
    QTest::addRow("lstm: clearing") << lstm << 1 << clear << 0LL;
    QTest::addRow("lstm: an unchanged sequence") << lstm << 1 << nothing << 0LL;
    QTest::addRow("2-layer lstm: moving point 7") << lstm << 2 << moveMiddle << 4LL;
    QTest::addRow("gru: moving point 7")
        << static_cast<int>(CellType::Gru) << 1 << moveMiddle << 4LL;
    QTest::addRow("rnn: deleting the first point")
        << static_cast<int>(CellType::Rnn) << 1 << deleteFirst << 9LL;
    QTest::addRow("mlp: moving point 7, its window restored")
        << static_cast<int>(CellType::Mlp) << 2 << moveMiddle << 4LL;
}

void TestSequenceClassifier::editsMatchAFreshRun()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(Edit, edit);
    QFETCH(long long, steps);

    const ModelSnapshot weights = weightsFor(static_cast<CellType>(cell), layers, 3);
    SequenceClassifier classifier;
    classifier.setSnapshot(weights);
    const PointSequence before = drawn(10);
    classifier.setPoints(before);
    QCOMPARE(classifier.stepsComputed(), 10LL);

    const PointSequence after = edit(before);
    classifier.setPoints(after);
    QCOMPARE(classifier.stepsComputed() - 10, steps);
    comparePredictions(classifier.predictions(), Predictor(weights).run(after));
}

void TestSequenceClassifier::appendingCostsOneStep()
{
    SequenceClassifier classifier;
    classifier.setSnapshot(weightsFor(CellType::Lstm, 1, 1));
    PointSequence points;
    for (const Point &p : drawn(16)) {
        points.push_back(p);
        const long long before = classifier.stepsComputed();
        classifier.setPoints(points);
        QCOMPARE(classifier.stepsComputed() - before, 1LL);
        QCOMPARE(classifier.predictions().size(), points.size());
    }
}

void TestSequenceClassifier::probabilitiesSumToOne()
{
    SequenceClassifier classifier;
    classifier.setSnapshot(weightsFor(CellType::Lstm, 1, 2));
    // Far-away and repeated points too: the guess must stay a distribution.
    PointSequence points = drawn(6);
    points.push_back({-1e6, 1e9});
    points.push_back(points.front());
    classifier.setPoints(points);
    for (const Prediction &p : classifier.predictions()) {
        double sum = 0.0;
        for (float v : p.probabilities) {
            QVERIFY(v >= 0.0f && v <= 1.0f);
            sum += v;
        }
        QVERIFY(qAbs(sum - 1.0) < 1e-5);
        QCOMPARE(p.guess,
                 static_cast<int>(std::max_element(p.probabilities.begin(), p.probabilities.end()) -
                                  p.probabilities.begin()));
    }
}

void TestSequenceClassifier::newWeightsRecomputeEverything()
{
    SequenceClassifier classifier;
    classifier.setSnapshot(weightsFor(CellType::Lstm, 1, 4));
    const PointSequence points = drawn(8);
    classifier.setPoints(points);
    const ModelSnapshot other = weightsFor(CellType::Lstm, 1, 5);
    classifier.setSnapshot(other);
    QCOMPARE(classifier.stepsComputed(), 16LL);
    comparePredictions(classifier.predictions(), Predictor(other).run(points));
}

void TestSequenceClassifier::withoutAModelThereAreNoPredictions()
{
    SequenceClassifier classifier;
    classifier.setPoints(drawn(4));
    QVERIFY(!classifier.hasModel());
    QVERIFY(classifier.predictions().empty());
    QCOMPARE(classifier.points().size(), std::size_t(4));

    // The points are kept across a model coming and going.
    classifier.setSnapshot(weightsFor(CellType::Lstm, 1, 1));
    QCOMPARE(classifier.predictions().size(), std::size_t(4));
    classifier.clearSnapshot();
    QVERIFY(classifier.predictions().empty());
    QCOMPARE(classifier.points().size(), std::size_t(4));
}

void TestSequenceClassifier::badWeightsKeepThePreviousModel()
{
    SequenceClassifier classifier;
    const ModelSnapshot good = weightsFor(CellType::Lstm, 1, 1);
    classifier.setSnapshot(good);
    classifier.setPoints(drawn(5));
    ModelSnapshot bad = good;
    bad.weights.front().values.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, classifier.setSnapshot(bad));
    QVERIFY(classifier.hasModel());
    comparePredictions(classifier.predictions(), Predictor(good).run(drawn(5)));
}

void TestSequenceClassifier::stateOfAnotherModelIsRefused()
{
    Predictor small(weightsFor(CellType::Lstm, 1, 1));
    TrainingConfig bigger = test::smallConfig();
    bigger.model.options.hiddenSize = 20;
    Predictor big(Trainer(bigger).snapshot());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, small.restore(big.state()));
}

QTEST_GUILESS_MAIN(TestSequenceClassifier)
#include "tst_sequenceclassifier.moc"
