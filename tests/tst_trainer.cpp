#include "memorybudget.h"
#include "presets.h"
#include "testsupport.h"
#include "trainer.h"

#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <thread>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::TrainingConfig)

namespace {

// A model small enough to train for a few steps in a test, with a step budget.
TrainingConfig tinyConfig()
{
    TrainingConfig c = test::smallConfig();
    c.testSequences = 200;
    c.maxSteps = 60;
    c.maxSeconds = 0;
    c.seed = 3;
    return c;
}

double meanLoss(Trainer &trainer, int steps)
{
    double sum = 0.0;
    for (int i = 0; i < steps; ++i) {
        sum += trainer.trainStep();
    }
    return sum / steps;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lossFalls_data();
    void lossFalls();
    void sameSeedSameWeights();
    void stopsAtTheStepBudgetWithAMeasurement();
    void stopsAtTheTargetAccuracy();
    void aTargetThatCannotBeReachedStillEnds();
    void closingStopsWithoutMeasuring();
    void aSetupThatCannotFitIsRefusedWithItsSize_data();
    void aSetupThatCannotFitIsRefusedWithItsSize();
    void cancelFromAnotherThreadStops();
    void pausedTrainingTakesSingleSteps();
    void learningRateChangesWhileRunning();
    void divergenceStopsAndKeepsTheLastGoodWeights();
    void explodingLossStopsWithAMessage();
    void slowDownSpacesTheSteps();
    void snapshotsArriveBetweenBatches();
    void badHyperParametersAreRefused_data();
    void badHyperParametersAreRefused();
    void stepsOnGivenSequencesEqualDrawnOnes();
    void badGivenBatchesAreRefused_data();
    void badGivenBatchesAreRefused();
};

void TestTrainer::lossFalls_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addRow("lstm learns") << "lstm";
    QTest::addRow("gru learns") << "gru";
    QTest::addRow("plain rnn learns") << "rnn";
    QTest::addRow("windowed mlp learns") << "mlp";
}

void TestTrainer::lossFalls()
{
    QFETCH(QString, cell);
    TrainingConfig c = tinyConfig();
    c.model.options.cell = cellTypeFromString(cell.toStdString());
    Trainer trainer(c);
    const double before = meanLoss(trainer, 10);
    for (int i = 0; i < 60; ++i) {
        trainer.trainStep();
    }
    const double after = meanLoss(trainer, 10);
    QVERIFY2(after < 0.7 * before, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
}

void TestTrainer::sameSeedSameWeights()
{
    Trainer a(tinyConfig());
    Trainer b(tinyConfig());
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(a.trainStep(), b.trainStep());
    }
    const ModelSnapshot sa = a.snapshot();
    const ModelSnapshot sb = b.snapshot();
    for (std::size_t i = 0; i < sa.weights.size(); ++i) {
        QCOMPARE(sa.weights[i].values, sb.weights[i].values);
    }
}

void TestTrainer::stopsAtTheStepBudgetWithAMeasurement()
{
    Trainer trainer(tinyConfig());
    TrainingControl control;
    std::vector<TrainingStats> reports;
    TrainingCallbacks callbacks;
    callbacks.progress = [&](const TrainingStats &s) { reports.push_back(s); };
    const TrainingResult result = trainer.train(control, callbacks);
    QCOMPARE(result.reason, StopReason::StepBudget);
    QCOMPARE(result.last.step, 60L);
    QCOMPARE(result.last.sequencesSeen, 60L * 16);
    QVERIFY(result.last.evaluated);
    QCOMPARE(result.last.accuracyByLength.size(), std::size_t(6));
    QVERIFY(result.last.testAccuracy > 0.5); // well above chance (1/3) after 60 steps
    QVERIFY(!reports.empty());
    for (std::size_t i = 1; i < reports.size(); ++i) {
        QVERIFY(reports[i].step >= reports[i - 1].step);
    }
}

void TestTrainer::stopsAtTheTargetAccuracy()
{
    TrainingConfig c = tinyConfig();
    c.maxSteps = 2000;
    c.targetAccuracy = 0.6;
    c.evalInterval = 10;
    Trainer trainer(c);
    TrainingControl control;
    const TrainingResult result = trainer.train(control);
    QCOMPARE(result.reason, StopReason::TargetReached);
    QVERIFY(result.last.testAccuracy >= 0.6);
    QVERIFY(result.last.step < 2000);
}

// Two families with one formula cannot be told apart: a run that only a target of 99% can end
// would train forever.
void TestTrainer::aTargetThatCannotBeReachedStillEnds()
{
    TrainingConfig c = tinyConfig();
    c.generator.families = {originalFamilies()[0], originalFamilies()[0]};
    c.generator.families[1].name = "twin";
    c.model.families = c.generator.families;
    c.maxSteps = 0;
    c.maxSeconds = 0;
    c.targetAccuracy = 0.99;
    c.evalInterval = 2;
    Trainer trainer(c);
    TrainingControl control;
    const TrainingResult result = trainer.train(control);
    QCOMPARE(result.reason, StopReason::Plateau);
    QVERIFY2(result.last.testAccuracy < 0.7, qPrintable(QString::number(result.last.testAccuracy)));
    QVERIFY(result.plateauSince < result.last.step);
}

// Closing the app abandons the run: no final measurement of a large test set to wait for.
void TestTrainer::closingStopsWithoutMeasuring()
{
    TrainingConfig c = tinyConfig();
    c.testSequences = 20000;
    Trainer trainer(c);
    TrainingControl control;
    control.abandon = true;
    control.cancel = true;
    bool measured = false;
    TrainingCallbacks callbacks;
    callbacks.progress = [&](const TrainingStats &s) { measured = measured || s.evaluated; };
    const TrainingResult result = trainer.train(control, callbacks);
    QCOMPARE(result.reason, StopReason::Cancelled);
    QVERIFY(!measured);
}

void TestTrainer::aSetupThatCannotFitIsRefusedWithItsSize_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("testSequences");
    // About 1.1 TB a step and 0.4 TB for the test set: beyond any machine this runs on.
    QTest::addRow("a huge batch of long sequences") << 65536 << 4096 << 100;
    QTest::addRow("a huge test set") << 8 << 8 << 1000000;
}

void TestTrainer::aSetupThatCannotFitIsRefusedWithItsSize()
{
    QFETCH(int, batch);
    QFETCH(int, length);
    QFETCH(int, testSequences);
    TrainingConfig c = tinyConfig();
    c.batchSize = batch;
    c.generator.length = length;
    c.testSequences = testSequences;
    c.testLength = testSequences > 1000 ? 4096 : 8;
    try {
        Trainer trainer(c);
        QFAIL("accepted");
    } catch (const ResourceError &e) {
        QVERIFY2(QString(e.what()).contains(QRegularExpression("needs about [0-9]+ GB of memory")),
                 e.what());
        QVERIFY2(QString(e.what()).contains("available"), e.what());
    }
}

void TestTrainer::cancelFromAnotherThreadStops()
{
    TrainingConfig c = tinyConfig();
    c.maxSteps = 0;
    c.maxSeconds = 600; // would run ten minutes if cancel did not work
    Trainer trainer(c);
    TrainingControl control;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        control.cancel = true;
    });
    const TrainingResult result = trainer.train(control);
    canceller.join();
    QCOMPARE(result.reason, StopReason::Cancelled);
    QVERIFY(result.last.elapsedSeconds < 60);
}

void TestTrainer::pausedTrainingTakesSingleSteps()
{
    TrainingConfig c = tinyConfig();
    c.maxSteps = 0;
    c.maxSeconds = 600;
    Trainer trainer(c);
    TrainingControl control;
    control.pause = true;
    control.stepRequests = 3;
    std::thread canceller([&] {
        // Let the three requested steps run, then give it time to (wrongly) run more.
        while (control.stepRequests.load() > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        control.cancel = true;
    });
    const TrainingResult result = trainer.train(control);
    canceller.join();
    QCOMPARE(result.reason, StopReason::Cancelled);
    QCOMPARE(trainer.step(), 3L);
}

void TestTrainer::learningRateChangesWhileRunning()
{
    TrainingConfig c = tinyConfig();
    c.maxSteps = 5;
    Trainer trainer(c);
    TrainingControl control;
    control.pendingLearningRate = 0.0123;
    trainer.train(control);
    QCOMPARE(trainer.config().learningRate, 0.0123);
    QCOMPARE(control.pendingLearningRate.load(), 0.0);
}

void TestTrainer::divergenceStopsAndKeepsTheLastGoodWeights()
{
    // Weights near float's limit make the logits overflow: the first loss is NaN.
    Trainer healthy(tinyConfig());
    healthy.trainStep();
    ModelSnapshot start = healthy.snapshot();
    for (WeightTensor &w : start.weights) {
        if (w.name == "head.weight") {
            for (float &v : w.values) {
                v = v > 0 ? 3e38f : -3e38f;
            }
        }
    }
    TrainingConfig c = tinyConfig();
    c.maxSteps = 50;
    Trainer trainer(c, start);
    TrainingControl control;
    const TrainingResult result = trainer.train(control);
    QCOMPARE(result.reason, StopReason::Diverged);
    QVERIFY(result.message);
    QVERIFY(result.message->english().find("learning rate") != std::string::npos);
    QCOMPARE(trainer.step(), start.step); // no update was taken from a NaN loss
    const ModelSnapshot kept = trainer.snapshot();
    for (std::size_t i = 0; i < kept.weights.size(); ++i) {
        QCOMPARE(kept.weights[i].values, start.weights[i].values);
    }
}

void TestTrainer::explodingLossStopsWithAMessage()
{
    // The question's raw inputs at learning rate 10: the loss stays finite but saturates far above
    // chance level, which is divergence all the same.
    TrainingConfig c = presetByName("question").config;
    c.learningRate = 10;
    c.maxSteps = 2000;
    c.testSequences = 100;
    Trainer trainer(c);
    TrainingControl control;
    const TrainingResult result = trainer.train(control);
    QCOMPARE(result.reason, StopReason::Diverged);
    QVERIFY(result.last.step < 2000);
    QVERIFY(result.message);
    QVERIFY(result.message->english().find("far above chance") != std::string::npos);
    validateSnapshot(trainer.snapshot());
    // The weights fall back to a checkpoint from before the blow-up, so that training on with a
    // smaller learning rate recovers instead of diverging again at once.
    QCOMPARE(trainer.step(), result.last.step);
    TrainingConfig calmer = c;
    calmer.learningRate = 0.001;
    calmer.maxSteps = trainer.step() + 200;
    Trainer again(calmer, trainer.snapshot());
    TrainingControl control2;
    QCOMPARE(again.train(control2).reason, StopReason::StepBudget);
}

void TestTrainer::slowDownSpacesTheSteps()
{
    TrainingConfig c = tinyConfig();
    c.maxSteps = 5;
    Trainer trainer(c);
    TrainingControl control;
    control.stepDelayMs = 60;
    const auto start = std::chrono::steady_clock::now();
    trainer.train(control);
    // Five steps, each after a 60 ms pause: at least 300 ms however fast the machine.
    QVERIFY(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(300));
}

void TestTrainer::snapshotsArriveBetweenBatches()
{
    TrainingConfig c = tinyConfig();
    c.maxSteps = 30;
    Trainer trainer(c);
    TrainingControl control;
    std::vector<long> steps;
    TrainingCallbacks callbacks;
    callbacks.snapshotInterval = 10;
    callbacks.snapshot = [&](const ModelSnapshot &s) {
        validateSnapshot(s);
        steps.push_back(s.step);
    };
    trainer.train(control, callbacks);
    QCOMPARE(steps, (std::vector<long>{10, 20, 30}));
}

void TestTrainer::badHyperParametersAreRefused_data()
{
    QTest::addColumn<TrainingConfig>("config");
    QTest::addColumn<QString>("reason");
    TrainingConfig c = tinyConfig();
    c.learningRate = 0;
    QTest::addRow("learning rate 0") << c << "learning rate";
    c = tinyConfig();
    c.learningRate = std::nan("");
    QTest::addRow("learning rate NaN") << c << "learning rate";
    c = tinyConfig();
    c.model.options.hiddenSize = 0;
    QTest::addRow("hidden size 0") << c << "hidden size";
    c = tinyConfig();
    c.model.options.layers = 0;
    QTest::addRow("no layers") << c << "layers";
    c = tinyConfig();
    c.batchSize = 0;
    QTest::addRow("batch size 0") << c << "batch size";
    c = tinyConfig();
    c.generator.length = 0;
    QTest::addRow("empty sequences") << c << "sequence length";
    c = tinyConfig();
    c.targetAccuracy = 1.5;
    QTest::addRow("target accuracy above 1") << c << "target accuracy";
    c = tinyConfig();
    c.maxSteps = 0;
    c.maxSeconds = 0;
    c.targetAccuracy = 0;
    QTest::addRow("no way to stop") << c << "never stops";
}

void TestTrainer::badHyperParametersAreRefused()
{
    QFETCH(TrainingConfig, config);
    QFETCH(QString, reason);
    try {
        Trainer trainer(config);
        QFAIL("the config was accepted");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString(e.what()).contains(reason), e.what());
        // A sentence the app can word in its language, saying what the CLI says.
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY(worded);
        QCOMPARE(worded->message().english(), std::string(e.what()));
    }
}

// The batches trainStep() draws, handed in from outside, train to the very same weights.
void TestTrainer::stepsOnGivenSequencesEqualDrawnOnes()
{
    const TrainingConfig c = tinyConfig();
    Trainer drawing(c);
    Trainer given(c);
    GeneratorConfig g = c.generator;
    g.seed = c.seed;
    CurveGenerator generator(g);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(given.trainStep(generator.batch(c.batchSize, c.generator.length)),
                 drawing.trainStep());
    }
    QCOMPARE(given.step(), 5L);
    const ModelSnapshot a = drawing.snapshot();
    const ModelSnapshot b = given.snapshot();
    for (std::size_t i = 0; i < a.weights.size(); ++i) {
        QCOMPARE(a.weights[i].values, b.weights[i].values);
    }
}

void TestTrainer::badGivenBatchesAreRefused_data()
{
    QTest::addColumn<int>("defect");
    QTest::addColumn<QString>("reason");
    QTest::addRow("an empty batch is refused") << 0 << "at least one sequence";
    QTest::addRow("sequences without points are refused") << 1 << "at least one sequence";
    QTest::addRow("mixed lengths are refused") << 2 << "the same length";
    QTest::addRow("a label beyond the families is refused") << 3 << "label 3 names no family";
}

void TestTrainer::badGivenBatchesAreRefused()
{
    QFETCH(int, defect);
    QFETCH(QString, reason);
    const TrainingConfig c = tinyConfig();
    CurveGenerator generator(c.generator);
    std::vector<LabelledSequence> batch = generator.batch(4, 5);
    switch (defect) {
    case 0:
        batch.clear();
        break;
    case 1:
        for (LabelledSequence &s : batch) {
            s.points.clear();
        }
        break;
    case 2:
        batch.back().points.pop_back();
        break;
    default:
        batch.back().label = 3;
        break;
    }
    Trainer trainer(c);
    try {
        trainer.trainStep(batch);
        QFAIL("the batch was accepted");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString(e.what()).contains(reason), e.what());
    }
    QCOMPARE(trainer.step(), 0L);
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
