#pragma once

#include "evaluator.h"
#include "trainingconfig.h"
#include "trainingstats.h"

#include <QList>
#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
QT_END_NAMESPACE

namespace curvelab {

class AccuracyByLengthChart;
class ConfusionMatrixView;
class LiveChart;
class MessageBanner;
struct ViewStyle;

// The Training tab: the message banner on top, and below it the run as it goes, on four charts
// (loss, test accuracy, accuracy against points seen, confusion matrix). It takes the run's
// reports (TrainingStats) and keeps the measured ones for the metrics file. Its status line and
// stop gauge sit in the window's status bar, which places them.
class TrainingDashboard : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kChartCount = 4;

    explicit TrainingDashboard(QWidget *parent = nullptr);

    MessageBanner &banner() { return *m_banner; }
    QLabel *statusLabel() const { return m_statusLabel; }
    // How near the run is to whichever of its stops (budget or target) is nearest.
    QProgressBar *stopGauge() const { return m_stopGauge; }
    // The charts, in the order the window exports them.
    QList<QWidget *> charts() const;

    // The config of the run the charts show; a run that does not continue clears them first.
    void setRunConfig(const TrainingConfig &config) { m_runConfig = config; }
    const TrainingConfig &runConfig() const { return m_runConfig; }
    // Every measured report of the run, in order.
    const std::vector<TrainingStats> &history() const { return m_history; }

    void addProgress(const TrainingStats &stats);
    // The charts catch up with the last reports, and the banner says why the run ended (a run
    // stopped by hand only says so in the status bar, through statusMessage()).
    void finishRun(const TrainingResult &result);
    void clear();

    // The references' x axis: one to `testLength` points.
    void setReferenceLengths(int testLength);
    void showReferences(const ReferenceReport &report, bool bayesApproximate);
    void setViewStyle(const ViewStyle &style);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void showStats(const TrainingStats &stats);

    MessageBanner *m_banner = nullptr;
    LiveChart *m_lossChart = nullptr;
    LiveChart *m_accuracyChart = nullptr;
    AccuracyByLengthChart *m_byLengthChart = nullptr;
    ConfusionMatrixView *m_confusion = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_stopGauge = nullptr;

    int m_lossSeries = -1;
    int m_smoothedLossSeries = -1;
    int m_accuracySeries = -1;
    int m_twoPointSeries = -1; // accuracy after the fewest points that can tell
    std::vector<TrainingStats> m_history;
    TrainingConfig m_runConfig;
};

} // namespace curvelab
