#pragma once

#include "metatypes.h"
#include "modelspec.h"
#include "trainingconfig.h"
#include "trainingcontrol.h"
#include "trainingstats.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QThread;

namespace curvelab {

class TrainingWorker;

// The GUI's handle on training. Lives on the GUI thread and owns the training thread and its
// worker. Start, pause, step, stop and the learning rate act at once through TrainingControl's
// atomics (a queued slot would wait for the busy loop); results come back as plain values,
// re-emitted on the GUI thread. The weights of the last run are kept, so that Start continues
// where Stop left off until reset() forgets them.
class TrainingController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,    // no run; start() and step() begin one
        Running, // a run is training (also while a stop() is on its way)
        Paused   // a run waits between batches; step() lets one batch through
    };
    Q_ENUM(State)

    explicit TrainingController(QObject *parent = nullptr);
    // Stops a running worker (it checks the cancel flag every batch) and joins the thread.
    ~TrainingController() override;

    State state() const { return m_state; }
    // The weights a next start() continues from: the last snapshot received, the final weights of
    // the last run or those given to setWeights(). Empty after reset().
    const std::optional<ModelSnapshot> &latestSnapshot() const { return m_latest; }
    // Whether a run of `spec` would continue from latestSnapshot(), as start() and step() decide.
    bool continues(const ModelSpec &spec) const { return continuationFor(spec).has_value(); }
    const std::optional<TrainingStats> &lastStats() const { return m_lastStats; }
    int stepDelay() const { return m_control.stepDelayMs.load(); }

public Q_SLOTS:
    // Starts a run when idle. It continues from latestSnapshot() if that has config.model's spec,
    // else draws fresh weights from config.seed. The budget counts from there: maxSteps more
    // steps, maxSeconds more seconds. False if not idle, after shutdown(), or if the config is bad
    // (then `failed` says why).
    bool start(const curvelab::TrainingConfig &config);
    // One batch. Idle: starts a run (as start() would) that is paused after its first batch.
    // Paused: one more batch. Running: pauses. `config` is used only when idle.
    bool step(const curvelab::TrainingConfig &config);
    void pause();
    void resume();
    void togglePause();
    // Cancels the run; `finished` (StopReason::Cancelled) follows within a batch and the weights
    // are kept. The state stays Running or Paused until then.
    void stop();
    // Forgets the weights and stats: the next start draws fresh ones. Stops a run first.
    void reset();
    // Takes effect before the next batch of a running or paused run; `learningRateApplied`
    // confirms. False when idle (the next run takes its rate from its config) or if not > 0.
    bool setLearningRate(double learningRate);
    // Milliseconds to wait after each batch, so that a class can follow; 0 is full speed. Kept
    // across runs.
    void setStepDelay(int milliseconds);
    // Weights to continue from, e.g. from a model file. False while a run is on, or if invalid
    // (then `failed` says why).
    bool setWeights(const curvelab::ModelSnapshot &weights);
    // Stops a running worker and joins the thread, for the main window's close. No run can start
    // afterwards.
    void shutdown();

Q_SIGNALS:
    void stateChanged(curvelab::TrainingController::State state);
    void progress(const curvelab::TrainingStats &stats);
    void snapshotReady(const curvelab::ModelSnapshot &weights);
    void learningRateApplied(double learningRate);
    // After every run that started, whatever the reason (Diverged: see result.message). The state
    // is Idle by the time it is emitted.
    void finished(const curvelab::TrainingResult &result, const curvelab::ModelSnapshot &weights);
    // A bad config, bad weights or an error inside training. The state is Idle.
    void failed(const QString &reason);

private:
    // Cancels, quits and joins the training thread: the one place the thread ends.
    struct ThreadStopper
    {
        TrainingControl *control = nullptr;
        void operator()(QThread *thread) const;
    };

    bool canStart(const TrainingConfig &config);
    void launch(const TrainingConfig &config, bool paused);
    std::optional<ModelSnapshot> continuationFor(const ModelSpec &spec) const;
    void setState(State state);

    void onProgress(const TrainingStats &stats);
    void onSnapshot(const ModelSnapshot &weights);
    void onFinished(const TrainingResult &result, const ModelSnapshot &weights);
    void onFailed(const QString &reason);

    // Declared before the worker and the thread: both use it until the thread has stopped.
    TrainingControl m_control;
    // Destroyed after m_thread (members go in reverse), once its thread no longer runs.
    std::unique_ptr<TrainingWorker> m_worker;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    State m_state = State::Idle;
    // Set by reset() during a run: what that run still reports is not kept.
    bool m_discardRun = false;
    std::optional<ModelSnapshot> m_latest;
    std::optional<TrainingStats> m_lastStats;
};

} // namespace curvelab
