#include "metatypes.h"
#include "predictor.h"
#include "presets.h"
#include "testsupport.h"
#include "trainer.h"
#include "trainingcontroller.h"
#include "trainingworker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

using namespace curvelab;
using curvelab::test::smallConfig;

namespace {

// Generous bounds for a shared 2-core machine: a batch of the small model takes milliseconds.
constexpr int kSignalTimeoutMs = 10000;
// How long without a report counts as "nothing more is coming" (hundreds of batches' time).
constexpr int kQuietMs = 400;
// The destructor must stop a running worker within this (the loop checks cancel every batch).
constexpr qint64 kShutdownBoundMs = 1000;

TrainingStats statsAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<TrainingStats>();
}

ModelSnapshot snapshotAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<ModelSnapshot>();
}

long lastStep(const TrainingController &controller)
{
    return controller.lastStats() ? controller.lastStats()->step : -1;
}

// Waits until no report has come for kQuietMs: the paused loop has settled.
bool waitForQuiet(QSignalSpy &spy)
{
    // Bounded, so that a pause that does not hold fails the test instead of hanging it.
    for (int i = 0; i < 50; ++i) {
        if (!spy.wait(kQuietMs)) {
            return true;
        }
    }
    return false;
}

double maxAbsDifference(const ModelSnapshot &a, const ModelSnapshot &b)
{
    double largest = 0.0;
    for (std::size_t t = 0; t < a.weights.size(); ++t) {
        const std::vector<float> &x = a.weights[t].values;
        const std::vector<float> &y = b.weights[t].values;
        for (std::size_t i = 0; i < x.size(); ++i) {
            largest = std::max(largest, std::abs(double(x[i]) - double(y[i])));
        }
    }
    return largest;
}

} // namespace

class TestTrainingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void progressArrivesWithRisingSteps();
    void snapshotsArriveAndAreValid();
    void pauseHoldsTheStepAndResumeContinues();
    void stepRunsExactlyOneBatch_data();
    void stepRunsExactlyOneBatch();
    void slowedDownRunReportsEveryStep();
    void nextRunStartsFromTheKeptWeights_data();
    void nextRunStartsFromTheKeptWeights();
    void weightsFromAFileAreWhereTheNextRunStarts();
    void invalidWeightsAreRefused();
    void learningRateReachesTheRunningTrainer();
    void learningRateChangesTheUpdates_data();
    void learningRateChangesTheUpdates();
    void destroyingTheControllerStopsTrainingQuickly_data();
    void destroyingTheControllerStopsTrainingQuickly();
    void divergenceEndsIdleWithUsableWeights();
    void badConfigFailsWithTheReason_data();
    void badConfigFailsWithTheReason();
    void workerReportsErrorsAsFailed_data();
    void workerReportsErrorsAsFailed();
    void startWhileRunningIsRefused();
};

void TestTrainingController::initTestCase()
{
    registerMetaTypes();
}

void TestTrainingController::progressArrivesWithRisingSteps()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy states(&controller, &TrainingController::stateChanged);
    QVERIFY(controller.start(smallConfig()));
    QCOMPARE(controller.state(), TrainingController::State::Running);
    QCOMPARE(states.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, kSignalTimeoutMs);
    for (qsizetype i = 1; i < progress.count(); ++i) {
        QVERIFY(statsAt(progress, i).step > statsAt(progress, i - 1).step);
    }
    QCOMPARE(lastStep(controller), statsAt(progress, progress.count() - 1).step);
}

void TestTrainingController::snapshotsArriveAndAreValid()
{
    TrainingController controller;
    QSignalSpy snapshots(&controller, &TrainingController::snapshotReady);
    const TrainingConfig config = smallConfig();
    QVERIFY(controller.start(config));
    QVERIFY(snapshots.wait(kSignalTimeoutMs));
    const ModelSnapshot first = snapshotAt(snapshots, 0);
    validateSnapshot(first);
    QCOMPARE(first.spec.options.hiddenSize, config.model.options.hiddenSize);
    QVERIFY(first.step > 0);
    QVERIFY(controller.latestSnapshot().has_value());
}

void TestTrainingController::pauseHoldsTheStepAndResumeContinues()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QVERIFY(controller.start(smallConfig()));
    QTRY_VERIFY_WITH_TIMEOUT(lastStep(controller) >= 20, kSignalTimeoutMs);

    controller.pause();
    QCOMPARE(controller.state(), TrainingController::State::Paused);
    // The batch in flight when pause was set may still report.
    QVERIFY(waitForQuiet(progress));
    const long held = lastStep(controller);
    progress.clear();
    QVERIFY(!progress.wait(kQuietMs));
    QCOMPARE(lastStep(controller), held);

    controller.resume();
    QCOMPARE(controller.state(), TrainingController::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(lastStep(controller) > held, kSignalTimeoutMs);
}

void TestTrainingController::stepRunsExactlyOneBatch_data()
{
    QTest::addColumn<bool>("runFirst");
    QTest::addRow("step when idle starts a run paused after its first batch") << false;
    QTest::addRow("step when paused runs one more batch") << true;
}

void TestTrainingController::stepRunsExactlyOneBatch()
{
    QFETCH(bool, runFirst);
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QSignalSpy snapshots(&controller, &TrainingController::snapshotReady);
    const TrainingConfig config = smallConfig();
    long before = 0;
    if (runFirst) {
        QVERIFY(controller.start(config));
        QTRY_VERIFY_WITH_TIMEOUT(lastStep(controller) >= 20, kSignalTimeoutMs);
        controller.pause();
        // A first step brings the reports level with the trainer: while paused every step
        // reports, so the last report is then the step the trainer is at.
        QVERIFY(controller.step(config));
        QVERIFY(waitForQuiet(progress));
        before = lastStep(controller);
    }
    progress.clear();
    snapshots.clear();

    QVERIFY(controller.step(config));
    QCOMPARE(controller.state(), TrainingController::State::Paused);
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QVERIFY(waitForQuiet(progress));
    QCOMPARE(progress.count(), 1);
    QCOMPARE(statsAt(progress, 0).step, before + 1);
    // The canvas sees every single step.
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kSignalTimeoutMs);
    QCOMPARE(snapshotAt(snapshots, 0).step, before + 1);
    QCOMPARE(controller.state(), TrainingController::State::Paused);
}

void TestTrainingController::slowedDownRunReportsEveryStep()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    // Slow enough that every step is reported, fast enough for a test.
    controller.setStepDelay(25);
    QCOMPARE(controller.stepDelay(), 25);
    QVERIFY(controller.start(smallConfig()));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 4, kSignalTimeoutMs);
    for (qsizetype i = 1; i < progress.count(); ++i) {
        QCOMPARE(statsAt(progress, i).step, statsAt(progress, i - 1).step + 1);
    }
}

void TestTrainingController::nextRunStartsFromTheKeptWeights_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("nextHiddenSize");
    QTest::addColumn<bool>("continues");
    QTest::addRow("stop keeps the weights and the next run continues") << "stop" << 12 << true;
    QTest::addRow("reset after a run makes the next start begin at step 0")
        << "stop then reset" << 12 << false;
    QTest::addRow("reset during a run stops it and forgets its weights") << "reset" << 12 << false;
    QTest::addRow("a different model spec starts from fresh weights") << "stop" << 10 << false;
}

void TestTrainingController::nextRunStartsFromTheKeptWeights()
{
    QFETCH(QString, action);
    QFETCH(int, nextHiddenSize);
    QFETCH(bool, continues);
    TrainingController controller;
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy snapshots(&controller, &TrainingController::snapshotReady);
    TrainingConfig config = smallConfig();
    QVERIFY(controller.start(config));
    QTRY_VERIFY_WITH_TIMEOUT(lastStep(controller) >= 30, kSignalTimeoutMs);

    if (action == "reset") {
        controller.reset();
    } else {
        controller.stop();
    }
    QVERIFY(finished.wait(kSignalTimeoutMs));
    const auto result = finished.at(0).at(0).value<TrainingResult>();
    const auto finalWeights = finished.at(0).at(1).value<ModelSnapshot>();
    QCOMPARE(result.reason, StopReason::Cancelled);
    QCOMPARE(finalWeights.step, result.last.step);
    QCOMPARE(controller.state(), TrainingController::State::Idle);
    if (action == "stop then reset") {
        controller.reset();
    }
    if (action == "stop") {
        QVERIFY(controller.latestSnapshot().has_value());
        QCOMPARE(controller.latestSnapshot()->step, result.last.step);
    } else {
        QVERIFY(!controller.latestSnapshot().has_value());
        QVERIFY(!controller.lastStats().has_value());
    }

    snapshots.clear();
    config.model.options.hiddenSize = nextHiddenSize;
    QVERIFY(controller.step(config));
    QVERIFY(snapshots.wait(kSignalTimeoutMs));
    const ModelSnapshot next = snapshotAt(snapshots, 0);
    QCOMPARE(next.step, continues ? result.last.step + 1 : 1L);
    if (continues) {
        // One Adam step moves each weight by about the learning rate: these are the kept weights,
        // not fresh ones.
        QVERIFY(maxAbsDifference(next, finalWeights) < 10 * config.learningRate);
    }
}

void TestTrainingController::weightsFromAFileAreWhereTheNextRunStarts()
{
    const TrainingConfig config = smallConfig();
    Trainer trainer(config);
    for (int i = 0; i < 3; ++i) {
        trainer.trainStep();
    }
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QVERIFY(controller.setWeights(trainer.snapshot()));
    QCOMPARE(controller.latestSnapshot()->step, 3L);
    QVERIFY(controller.step(config));
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QCOMPARE(statsAt(progress, 0).step, 4L);
    QVERIFY(!controller.setWeights(trainer.snapshot())); // not while a run is on
}

void TestTrainingController::invalidWeightsAreRefused()
{
    TrainingController controller;
    QSignalSpy failed(&controller, &TrainingController::failed);
    ModelSnapshot broken;
    broken.spec = smallConfig().model;
    QVERIFY(!controller.setWeights(broken));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!controller.latestSnapshot().has_value());
}

void TestTrainingController::learningRateReachesTheRunningTrainer()
{
    TrainingController controller;
    QSignalSpy applied(&controller, &TrainingController::learningRateApplied);
    QVERIFY(!controller.setLearningRate(0.0123)); // idle: the next config carries the rate
    QVERIFY(controller.start(smallConfig()));
    QVERIFY(!controller.setLearningRate(0.0));
    QVERIFY(!controller.setLearningRate(std::nan("")));
    QVERIFY(controller.setLearningRate(0.0123));
    QVERIFY(applied.wait(kSignalTimeoutMs));
    QCOMPARE(applied.at(0).at(0).toDouble(), 0.0123);
    QCOMPARE(controller.state(), TrainingController::State::Running);
}

void TestTrainingController::learningRateChangesTheUpdates_data()
{
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<double>("minChange");
    QTest::addColumn<double>("maxChange");
    // Adam moves each weight by about the learning rate per step, whatever the gradient's size.
    QTest::addRow("a tiny learning rate freezes the weights") << 1e-9 << 0.0 << 1e-6;
    QTest::addRow("a large learning rate moves them far") << 0.5 << 0.05 << 10.0;
}

void TestTrainingController::learningRateChangesTheUpdates()
{
    QFETCH(double, learningRate);
    QFETCH(double, minChange);
    QFETCH(double, maxChange);
    TrainingController controller;
    QSignalSpy snapshots(&controller, &TrainingController::snapshotReady);
    QSignalSpy applied(&controller, &TrainingController::learningRateApplied);
    const TrainingConfig config = smallConfig();
    QVERIFY(controller.step(config));
    QVERIFY(snapshots.wait(kSignalTimeoutMs));
    QVERIFY(controller.setLearningRate(learningRate));
    QVERIFY(controller.step(config));
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, kSignalTimeoutMs);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).toDouble(), learningRate);
    const ModelSnapshot before = snapshotAt(snapshots, 0);
    const ModelSnapshot after = snapshotAt(snapshots, 1);
    QCOMPARE(after.step, before.step + 1);
    const double change = maxAbsDifference(before, after);
    QVERIFY2(change >= minChange && change <= maxChange, qPrintable(QString::number(change)));
}

void TestTrainingController::destroyingTheControllerStopsTrainingQuickly_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("idle") << "idle";
    QTest::addRow("while running") << "running";
    QTest::addRow("while paused") << "paused";
    QTest::addRow("while slowed down to 5 s a batch") << "slowed";
}

void TestTrainingController::destroyingTheControllerStopsTrainingQuickly()
{
    QFETCH(QString, mode);
    auto controller = std::make_unique<TrainingController>();
    QSignalSpy progress(controller.get(), &TrainingController::progress);
    if (mode != "idle") {
        QVERIFY(controller->start(smallConfig()));
        QVERIFY(progress.wait(kSignalTimeoutMs));
    }
    if (mode == "paused") {
        controller->pause();
    } else if (mode == "slowed") {
        controller->setStepDelay(5000);
        // Let the loop reach its slow-down after the batch in flight.
        progress.wait(kQuietMs);
    }
    QElapsedTimer timer;
    timer.start();
    controller.reset();
    QVERIFY2(timer.elapsed() < kShutdownBoundMs, qPrintable(QString::number(timer.elapsed())));
}

void TestTrainingController::divergenceEndsIdleWithUsableWeights()
{
    // The question's raw inputs at learning rate 10: the loss saturates far above chance level.
    TrainingConfig config = presetByName("question").config;
    config.learningRate = 10;
    config.maxSteps = 2000;
    config.testSequences = 100;
    TrainingController controller;
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy failed(&controller, &TrainingController::failed);
    QVERIFY(controller.start(config));
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.count(), 0);
    const auto result = finished.at(0).at(0).value<TrainingResult>();
    QCOMPARE(result.reason, StopReason::Diverged);
    QVERIFY(result.message);
    QVERIFY(result.last.step < config.maxSteps);
    QCOMPARE(controller.state(), TrainingController::State::Idle);
    QVERIFY(controller.latestSnapshot().has_value());
    validateSnapshot(*controller.latestSnapshot());

    // The canvas can classify with the kept weights.
    Predictor predictor(*controller.latestSnapshot());
    for (const Prediction &p : predictor.run({{5, 1}, {6, 1.5}, {7, 2}, {8, 2.5}})) {
        const double sum = std::accumulate(p.probabilities.begin(), p.probabilities.end(), 0.0);
        QVERIFY(std::isfinite(sum) && std::abs(sum - 1.0) < 1e-3);
    }

    // And a next run is accepted and ends normally. (These weights are saturated, so it may well
    // diverge again: that is the trainer's verdict, not the controller's.)
    config.learningRate = 1e-3;
    config.maxSteps = 5;
    QVERIFY(controller.start(config));
    QVERIFY(finished.wait(kSignalTimeoutMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(controller.state(), TrainingController::State::Idle);
    QVERIFY(finished.at(1).at(0).value<TrainingResult>().last.step >= result.last.step);
}

void TestTrainingController::badConfigFailsWithTheReason_data()
{
    QTest::addColumn<TrainingConfig>("config");
    QTest::addColumn<QString>("reason");
    TrainingConfig c = smallConfig();
    c.model.options.hiddenSize = 0;
    QTest::addRow("hidden size 0") << c << "hidden size";
    c = smallConfig();
    c.learningRate = -1;
    QTest::addRow("negative learning rate") << c << "learning rate";
}

void TestTrainingController::badConfigFailsWithTheReason()
{
    QFETCH(TrainingConfig, config);
    QFETCH(QString, reason);
    TrainingController controller;
    QSignalSpy failed(&controller, &TrainingController::failed);
    QSignalSpy states(&controller, &TrainingController::stateChanged);
    QVERIFY(!controller.start(config));
    QVERIFY(!controller.step(config));
    QCOMPARE(failed.count(), 2);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(states.count(), 0);
    QCOMPARE(controller.state(), TrainingController::State::Idle);
}

void TestTrainingController::workerReportsErrorsAsFailed_data()
{
    QTest::addColumn<TrainingConfig>("config");
    QTest::addColumn<int>("startHiddenSize"); // 0: no starting weights
    QTest::addColumn<QString>("reason");
    TrainingConfig c = smallConfig();
    c.model.options.hiddenSize = 0;
    QTest::addRow("a bad config") << c << 0 << "hidden size";
    QTest::addRow("weights of another model") << smallConfig() << 10 << "different model";
}

void TestTrainingController::workerReportsErrorsAsFailed()
{
    // On this thread, so that what the trainer throws meets the worker's handler directly.
    QFETCH(TrainingConfig, config);
    QFETCH(int, startHiddenSize);
    QFETCH(QString, reason);
    std::optional<ModelSnapshot> start;
    if (startHiddenSize > 0) {
        TrainingConfig other = smallConfig();
        other.model.options.hiddenSize = startHiddenSize;
        start = Trainer(other).snapshot();
    }
    TrainingControl control;
    TrainingWorker worker(control);
    QSignalSpy failed(&worker, &TrainingWorker::failed);
    QSignalSpy finished(&worker, &TrainingWorker::finished);
    worker.run(config, start);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestTrainingController::startWhileRunningIsRefused()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progress);
    QVERIFY(controller.start(smallConfig()));
    QVERIFY(!controller.start(smallConfig()));
    QCOMPARE(controller.state(), TrainingController::State::Running);
    controller.pause();
    QVERIFY(!controller.start(smallConfig()));
    QCOMPARE(controller.state(), TrainingController::State::Paused);
}

QTEST_GUILESS_MAIN(TestTrainingController)
#include "tst_trainingcontroller.moc"
