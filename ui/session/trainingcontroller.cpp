#include "trainingcontroller.h"

#include "corewording.h"
#include "threadhandoff.h"
#include "trainingworker.h"

#include <QThread>
#include <cmath>
#include <exception>

namespace curvelab {

void TrainingController::ThreadStopper::operator()(QThread *thread) const
{
    // The loop checks cancel every batch (and while paused or slowed down), so the run ends
    // within a batch and the thread's event loop then quits.
    control->abandon = true;
    control->cancel = true;
    thread->quit();
    thread->wait();
    receiveHandoff(); // the worker's last hand-off happened before its thread ended
    delete thread;
}

TrainingController::TrainingController(QObject *parent)
    : QObject(parent), m_worker(std::make_unique<TrainingWorker>(m_control)),
      m_thread(new QThread, ThreadStopper{&m_control})
{
    // Harmless if main() did it already; a controller must not depend on that for its signals.
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("training"));
    m_worker->moveToThread(m_thread.get());
    // The worker lives on another thread, so these are queued: the slots run on this one.
    connect(m_worker.get(), &TrainingWorker::progress, this, &TrainingController::onProgress);
    connect(m_worker.get(), &TrainingWorker::snapshotReady, this, &TrainingController::onSnapshot);
    connect(m_worker.get(), &TrainingWorker::learningRateApplied, this, [this](double rate) {
        receiveHandoff();
        Q_EMIT learningRateApplied(rate);
    });
    connect(m_worker.get(), &TrainingWorker::finished, this, &TrainingController::onFinished);
    connect(m_worker.get(), &TrainingWorker::failed, this, &TrainingController::onFailed);
    m_thread->start();
}

TrainingController::~TrainingController() = default;

bool TrainingController::start(const TrainingConfig &config)
{
    if (!canStart(config)) {
        return false;
    }
    launch(config, /*paused=*/false);
    return true;
}

bool TrainingController::step(const TrainingConfig &config)
{
    switch (m_state) {
    case State::Idle:
        if (!canStart(config)) {
            return false;
        }
        launch(config, /*paused=*/true);
        return true;
    case State::Paused:
        m_control.stepRequests.fetch_add(1);
        return true;
    case State::Running:
        pause();
        return true;
    }
    return false;
}

void TrainingController::pause()
{
    if (m_state == State::Running) {
        m_control.pause = true;
        setState(State::Paused);
    }
}

void TrainingController::resume()
{
    if (m_state == State::Paused) {
        // Step requests left over would let batches through at the next pause.
        m_control.stepRequests = 0;
        m_control.pause = false;
        setState(State::Running);
    }
}

void TrainingController::togglePause()
{
    if (m_state == State::Running) {
        pause();
    } else {
        resume();
    }
}

void TrainingController::stop()
{
    if (m_state != State::Idle) {
        m_control.cancel = true;
    }
}

void TrainingController::reset()
{
    m_latest.reset();
    m_lastStats.reset();
    if (m_state != State::Idle) {
        m_discardRun = true;
        stop();
    }
}

bool TrainingController::setLearningRate(double learningRate)
{
    if (m_state == State::Idle || !(learningRate > 0.0) || !std::isfinite(learningRate)) {
        return false;
    }
    m_control.pendingLearningRate = learningRate;
    return true;
}

void TrainingController::setStepDelay(int milliseconds)
{
    m_control.stepDelayMs = qMax(0, milliseconds);
}

bool TrainingController::setWeights(const ModelSnapshot &weights)
{
    if (m_state != State::Idle) {
        return false;
    }
    try {
        validateSnapshot(weights);
    } catch (const std::exception &e) {
        Q_EMIT failed(localReason(e));
        return false;
    }
    m_latest = weights;
    // The stats described other weights.
    m_lastStats.reset();
    return true;
}

void TrainingController::shutdown()
{
    m_thread.reset();
    setState(State::Idle);
}

bool TrainingController::canStart(const TrainingConfig &config)
{
    if (m_state != State::Idle || !m_thread) {
        return false;
    }
    // Checked here so that a bad config never leaves Idle; the worker would report it as well.
    try {
        validateConfig(config);
    } catch (const std::exception &e) {
        Q_EMIT failed(localReason(e));
        return false;
    }
    return true;
}

void TrainingController::launch(const TrainingConfig &config, bool paused)
{
    TrainingConfig run = config;
    const std::optional<ModelSnapshot> from = continuationFor(config.model);
    // The trainer counts steps from the snapshot's step; each start gets the whole budget.
    if (from && run.maxSteps > 0) {
        run.maxSteps += from->step;
    }
    // The worker is between runs (we are Idle), so nothing reads the flags while they are set.
    m_control.cancel = false;
    m_control.pause = paused;
    m_control.stepRequests = paused ? 1 : 0;
    m_control.pendingLearningRate = 0.0;
    m_discardRun = false;
    TrainingWorker *worker = m_worker.get();
    {
        const HandoffSend handoff;
        QMetaObject::invokeMethod(
            worker,
            [worker, run, from] {
                receiveHandoff();
                worker->run(run, from);
            },
            Qt::QueuedConnection);
    }
    setState(paused ? State::Paused : State::Running);
}

std::optional<ModelSnapshot> TrainingController::continuationFor(const ModelSpec &spec) const
{
    if (m_latest && m_latest->spec == spec) {
        return m_latest;
    }
    return std::nullopt;
}

void TrainingController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void TrainingController::onProgress(const TrainingStats &stats)
{
    receiveHandoff();
    if (m_discardRun) {
        return;
    }
    m_lastStats = stats;
    Q_EMIT progress(stats);
}

void TrainingController::onSnapshot(const ModelSnapshot &weights)
{
    receiveHandoff();
    if (m_discardRun) {
        return;
    }
    m_latest = weights;
    Q_EMIT snapshotReady(weights);
}

void TrainingController::onFinished(const TrainingResult &result, const ModelSnapshot &weights)
{
    receiveHandoff();
    if (!m_discardRun) {
        m_latest = weights;
        m_lastStats = result.last;
    }
    setState(State::Idle);
    Q_EMIT finished(result, weights);
}

void TrainingController::onFailed(const QString &reason)
{
    receiveHandoff();
    setState(State::Idle);
    Q_EMIT failed(reason);
}

} // namespace curvelab
