#include "trainingworker.h"

#include "corewording.h"
#include "threadhandoff.h"
#include "threading.h"
#include "trainer.h"

#include <exception>
#include <memory>

namespace curvelab {

namespace {

// Torch threads for training. With the GUI thread also wanting a core, one thread trained 4-50x
// faster than two on 2 cores (docs/benchmarks.md).
constexpr int kWorkerComputeThreads = 1;
// From this slow-down on every step is reported: at most 50 reports a second, and a class that
// watches the learning slowly wants to see each batch.
constexpr int kEveryStepDelayMs = 20;

// Trainer hands torch's errors on without their backtrace, so what() is fit for a person; core's
// own are worded in the app's language.
QString readableReason(const std::exception &error)
{
    return localReason(error).trimmed();
}

} // namespace

TrainingWorker::TrainingWorker(TrainingControl &control, QObject *parent)
    : QObject(parent), m_control(control)
{
}

void TrainingWorker::setReportIntervals(int progressEvery, int snapshotEvery)
{
    m_progressEvery = qMax(1, progressEvery);
    m_snapshotEvery = qMax(1, snapshotEvery);
}

void TrainingWorker::run(const TrainingConfig &config, const std::optional<ModelSnapshot> &start)
{
    // Again here and not only in main(): the setting is the thread's to make (house style 13).
    setComputeThreads(kWorkerComputeThreads);
    // Exceptions must not cross the thread: everything the trainer throws becomes `failed`.
    // c10::Error derives from std::exception.
    try {
        const std::unique_ptr<Trainer> trainer =
            start ? std::make_unique<Trainer>(config, *start) : std::make_unique<Trainer>(config);
        double learningRate = trainer->config().learningRate;
        TrainingCallbacks callbacks;
        // The trainer offers every step; reportStep() decides which reports cross the thread, so
        // that progress and snapshots follow one rule.
        callbacks.progressInterval = 1;
        callbacks.progress = [&](const TrainingStats &stats) {
            reportStep(*trainer, stats, learningRate);
        };
        const TrainingResult result = trainer->train(m_control, callbacks);
        const HandoffSend handoff;
        Q_EMIT finished(result, trainer->snapshot());
    } catch (const std::exception &e) {
        const HandoffSend handoff;
        Q_EMIT failed(readableReason(e));
    } catch (...) {
        const HandoffSend handoff;
        Q_EMIT failed(tr("Training stopped on an unknown error."));
    }
}

// Runs on the worker thread between two batches, so reading the trainer here is safe.
void TrainingWorker::reportStep(const Trainer &trainer, const TrainingStats &stats,
                                double &learningRate)
{
    const bool everyStep = everyStepCounts();
    if (everyStep || stats.evaluated || stats.step % m_progressEvery == 0) {
        const HandoffSend handoff;
        Q_EMIT progress(stats);
    }
    // A cancelled run ends with `finished`, which carries the final weights anyway.
    if ((everyStep || stats.step % m_snapshotEvery == 0) && !m_control.cancel.load()) {
        const HandoffSend handoff;
        Q_EMIT snapshotReady(trainer.snapshot());
    }
    // The trainer's config changes only when it has handed the new rate to the optimizer.
    if (trainer.config().learningRate != learningRate) {
        learningRate = trainer.config().learningRate;
        const HandoffSend handoff;
        Q_EMIT learningRateApplied(learningRate);
    }
}

// Single steps while paused, or a slowed-down run: each batch is worth showing and the rate is low.
bool TrainingWorker::everyStepCounts() const
{
    return m_control.pause.load() || m_control.stepDelayMs.load() >= kEveryStepDelayMs;
}

} // namespace curvelab
