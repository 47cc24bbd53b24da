#pragma once

#include "metatypes.h"
#include "modelspec.h"
#include "trainingconfig.h"
#include "trainingcontrol.h"
#include "trainingstats.h"

#include <QObject>
#include <QString>
#include <optional>

namespace curvelab {

class Trainer;

// Runs training runs on the thread it lives on (a QThread that TrainingController owns). It talks
// back only in value types through queued signals and never shares a pointer; the GUI steers it
// through the TrainingControl atomics, because a queued "stop" slot would not run while the loop
// is busy.
class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    // `control` must outlive every run (the controller owns both and stops the thread first).
    explicit TrainingWorker(TrainingControl &control, QObject *parent = nullptr);

    // At full speed: progress every `progressEvery` steps (and after every test evaluation) and a
    // snapshot every `snapshotEvery` steps. While paused or slowed down every step is reported.
    void setReportIntervals(int progressEvery, int snapshotEvery);

public Q_SLOTS:
    // Trains one whole run: from the weights of `start` if given (its spec must equal
    // config.model), else from fresh ones drawn from config.seed. Ends with exactly one finished
    // or failed; nothing is thrown out of it.
    void run(const curvelab::TrainingConfig &config,
             const std::optional<curvelab::ModelSnapshot> &start);

Q_SIGNALS:
    void progress(const curvelab::TrainingStats &stats);
    // Weights between batches, for the canvas.
    void snapshotReady(const curvelab::ModelSnapshot &weights);
    // The learning rate the trainer took up after TrainingControl::pendingLearningRate asked.
    void learningRateApplied(double learningRate);
    // Every stop reason, Diverged and Cancelled included; `weights` are the final ones (after a
    // divergence, the last good ones).
    void finished(const curvelab::TrainingResult &result, const curvelab::ModelSnapshot &weights);
    void failed(const QString &reason);

private:
    void reportStep(const Trainer &trainer, const TrainingStats &stats, double &learningRate);
    bool everyStepCounts() const;

    TrainingControl &m_control;
    int m_progressEvery = 10;
    int m_snapshotEvery = 50;
};

} // namespace curvelab
