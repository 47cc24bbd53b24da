#include "evaluator.h"
#include "presets.h"
#include "trainer.h"

#include <QTest>

using namespace curvelab;

class TestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsEveryLengthOnceInOrder();
    void confusionCountsEverySequence();
    void referencesBracketALearner();
    void otherFamiliesAreRefused();
    void cancelledEvaluationSaysSo();

private:
    ModelSnapshot m_model;
};

void TestEvaluator::initTestCase()
{
    TrainingConfig c = presetByName("recommended").config;
    c.model.options.hiddenSize = 16;
    c.generator.length = 8;
    c.maxSteps = 150;
    c.maxSeconds = 0;
    c.testSequences = 100;
    Trainer trainer(c);
    TrainingControl control;
    trainer.train(control);
    m_model = trainer.snapshot();
}

void TestEvaluator::reportsEveryLengthOnceInOrder()
{
    CurveGenerator generator(GeneratorConfig{});
    EvaluationOptions options;
    options.sequences = 50;
    options.lengths = {8, 2, 2, 1};
    options.withReferences = false;
    const EvaluationReport r = evaluate(m_model, generator, options);
    QCOMPARE(r.lengths, (std::vector<int>{1, 2, 8}));
    QCOMPARE(r.modelAccuracy.size(), std::size_t(3));
    QVERIFY(r.bayesAccuracy.empty());
}

void TestEvaluator::confusionCountsEverySequence()
{
    CurveGenerator generator(GeneratorConfig{});
    EvaluationOptions options;
    options.sequences = 120;
    options.withReferences = false;
    const EvaluationReport r = evaluate(m_model, generator, options);
    int total = 0;
    int diagonal = 0;
    for (std::size_t i = 0; i < r.confusion.size(); ++i) {
        for (std::size_t j = 0; j < r.confusion[i].size(); ++j) {
            total += r.confusion[i][j];
            diagonal += i == j ? r.confusion[i][j] : 0;
        }
    }
    QCOMPARE(total, 120);
    QCOMPARE(diagonal / 120.0, r.modelAccuracy.back());
}

void TestEvaluator::referencesBracketALearner()
{
    CurveGenerator generator(GeneratorConfig{});
    EvaluationOptions options;
    options.sequences = 400;
    options.lengths = {2, 4};
    const EvaluationReport r = evaluate(m_model, generator, options);
    // Least squares cannot tell families apart from two points; the Bayes classifier can, and no
    // learner beats it beyond sampling noise.
    QVERIFY(r.leastSquaresAccuracy[0] < 0.45);
    QVERIFY(r.bayesAccuracy[0] > 0.9);
    for (std::size_t i = 0; i < r.lengths.size(); ++i) {
        QVERIFY(r.modelAccuracy[i] <= r.bayesAccuracy[i] + 0.03);
    }
}

void TestEvaluator::otherFamiliesAreRefused()
{
    GeneratorConfig config;
    config.families[0].name = "straight";
    CurveGenerator generator(config);
    try {
        evaluate(m_model, generator, EvaluationOptions{});
        QFAIL("the families were accepted");
    } catch (const std::invalid_argument &e) {
        QCOMPARE(std::string(e.what()),
                 std::string("the model was trained on other families than these"));
        // A sentence the app can word in its language, saying what the CLI says.
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY(worded);
        QCOMPARE(worded->message().english(), std::string(e.what()));
    }
}

void TestEvaluator::cancelledEvaluationSaysSo()
{
    CurveGenerator generator(GeneratorConfig{});
    const std::atomic<bool> cancel{true};
    EvaluationOptions options;
    options.sequences = 10;
    options.cancel = &cancel;
    try {
        evaluateReferences(generator, options);
        QFAIL("not cancelled");
    } catch (const EvaluationCancelled &e) {
        QCOMPARE(std::string(e.what()), std::string("the evaluation was cancelled"));
        QCOMPARE(e.message().english(), std::string(e.what()));
    }
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
