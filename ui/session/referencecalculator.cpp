#include "referencecalculator.h"

#include "curvegenerator.h"
#include "threadhandoff.h"

#include <numeric>

namespace curvelab {

namespace {

// Sequences behind the least-squares and Bayes lines of the accuracy-by-points chart: enough for
// a line within about a point of the truth, few enough to compute in a fraction of a second.
constexpr int kReferenceSequences = 600;

std::vector<int> oneTo(int n)
{
    std::vector<int> lengths(static_cast<std::size_t>(n));
    std::iota(lengths.begin(), lengths.end(), 1);
    return lengths;
}

} // namespace

ReferenceCalculator::ReferenceCalculator(QObject *parent) : QObject(parent) {}

ReferenceCalculator::~ReferenceCalculator()
{
    m_cancel = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void ReferenceCalculator::request(const TrainingConfig &config)
{
    if (m_thread.joinable()) {
        m_pending = config;
        m_pendingSet = true;
        return;
    }
    launch(config);
}

void ReferenceCalculator::launch(const TrainingConfig &config)
{
    m_thread = std::thread([this, config] {
        GeneratorConfig g = config.generator;
        g.seed = config.seed + 2; // sequences of their own, apart from training and test
        CurveGenerator generator(g);
        EvaluationOptions options;
        options.sequences = kReferenceSequences;
        options.lengths = oneTo(config.testLength);
        options.cancel = &m_cancel;
        ReferenceReport report;
        try {
            report = evaluateReferences(generator, options);
        } catch (const EvaluationCancelled &) {
            return; // the calculator is going away: nobody waits for the report
        }
        const HandoffSend handoff;
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                receiveHandoff();
                onDone(report);
            },
            Qt::QueuedConnection);
    });
}

void ReferenceCalculator::onDone(const ReferenceReport &report)
{
    m_thread.join(); // it has posted its result: this returns at once
    if (m_pendingSet) {
        m_pendingSet = false;
        launch(m_pending);
        return;
    }
    Q_EMIT finished(report);
}

} // namespace curvelab
