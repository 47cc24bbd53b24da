#pragma once

#include "evaluator.h"
#include "trainingconfig.h"

#include <QObject>
#include <atomic>
#include <thread>

namespace curvelab {

// Computes the least-squares and Bayes reference curves for a setup on a thread of its own (the
// Bayes classifier integrates over k and b: too slow for the GUI thread). One
// computation at a time; a request while one runs is remembered and started when it lands, so a
// burst of edits costs at most two. A plain std::thread rather than QtConcurrent: its start and
// join are visible to ThreadSanitizer (scripts/sanitize.sh).
class ReferenceCalculator : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceCalculator(QObject *parent = nullptr);
    // Stops a running computation and waits for it (a few milliseconds).
    ~ReferenceCalculator() override;

    void request(const TrainingConfig &config);
    bool isRunning() const { return m_thread.joinable(); }

Q_SIGNALS:
    // For the latest config requested, on the calculator's (the GUI) thread.
    void finished(const curvelab::ReferenceReport &report);

private:
    void launch(const TrainingConfig &config);
    void onDone(const ReferenceReport &report);

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_pendingSet = false;
    TrainingConfig m_pending;
};

} // namespace curvelab
