#include "trainingdashboard.h"

#include "accuracybylengthchart.h"
#include "confusionmatrixview.h"
#include "corewording.h"
#include "familynames.h"
#include "familypalette.h"
#include "formfields.h"
#include "livechart.h"
#include "localnumber.h"
#include "messagebanner.h"
#include "viewstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// The loss: each batch's thin and pale, so that its moving average in front reads as the trend.
// In high contrast both stand out from the chart (ViewStyle::lineColor()).
const LiveChart::SeriesStyle kBatchLoss{QColor(0x9c, 0xb8, 0xd6), 1.0};
const LiveChart::SeriesStyle kSmoothedLoss{QColor(0x0b, 0x3d, 0x66), 3.0};

LiveChart::SeriesStyle inStyle(LiveChart::SeriesStyle series, const ViewStyle &style,
                               const QColor &background)
{
    series.color = style.lineColor(series.color, background);
    return series;
}

std::vector<int> oneToN(int n)
{
    std::vector<int> lengths(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        lengths[static_cast<std::size_t>(i)] = i + 1;
    }
    return lengths;
}

} // namespace

TrainingDashboard::TrainingDashboard(QWidget *parent) : QWidget(parent)
{
    m_lossChart = new LiveChart;
    m_lossChart->setTitle(tr("Training loss"));
    m_lossChart->setXAxisTitle(tr("step"));
    m_lossChart->setYAxisTitle(tr("loss"));
    m_lossChart->setYScale(LiveChart::YScale::Log);
    m_lossSeries = m_lossChart->addSeries(tr("loss"), kBatchLoss);
    m_smoothedLossSeries =
        m_lossChart->addSmoothedSeries(m_lossSeries, tr("smoothed"), kSmoothedLoss);

    m_accuracyChart = new LiveChart;
    m_accuracyChart->setTitle(tr("Test accuracy"));
    m_accuracyChart->setXAxisTitle(tr("step"));
    m_accuracyChart->setYAxisTitle(tr("accuracy"));
    m_accuracyChart->setYScale(LiveChart::YScale::Percent);
    m_accuracyChart->setMaxPointsPerSeries(LiveChart::kDefaultMaxPoints);
    m_accuracySeries = m_accuracyChart->addSeries(tr("after all test points"), {Qt::black, 3.0});
    m_twoPointSeries = m_accuracyChart->addSeries(tr("after 2 points"),
                                                  {FamilyPalette::reference(), 2.0, Qt::DashLine});

    m_byLengthChart = new AccuracyByLengthChart;
    m_byLengthChart->setTitle(tr("Accuracy against points seen"));

    m_confusion = new ConfusionMatrixView;

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);
    auto *grid = new QGridLayout;
    grid->addWidget(m_lossChart, 0, 0);
    grid->addWidget(m_accuracyChart, 0, 1);
    grid->addWidget(m_byLengthChart, 1, 0);
    grid->addWidget(m_confusion, 1, 1);
    // Rows of equal height: with large text the confusion matrix would take the loss chart's room.
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);

    m_statusLabel = plainLabel(tr("Ready"));
    m_stopGauge = new QProgressBar;
    m_stopGauge->setRange(0, 1000);
    m_stopGauge->setMinimumWidth(220);
    m_stopGauge->setFormat(tr("%p% of the budget"));
}

QList<QWidget *> TrainingDashboard::charts() const
{
    return {m_lossChart, m_accuracyChart, m_byLengthChart, m_confusion};
}

void TrainingDashboard::addProgress(const TrainingStats &stats)
{
    if (std::isfinite(stats.loss)) {
        m_lossChart->addPoint(m_lossSeries, static_cast<double>(stats.step), stats.loss);
    }
    if (stats.evaluated) {
        m_history.push_back(stats);
        const double step = static_cast<double>(stats.step);
        m_accuracyChart->addPoint(m_accuracySeries, step, stats.testAccuracy);
        // The fewest points that can tell the families apart: two in the seed world, three in
        // the drawn world, where two points fit every family and say nothing of the scale.
        const std::size_t early = m_runConfig.generator.world == CurveWorld::Drawn ? 3 : 2;
        if (stats.accuracyByLength.size() >= early) {
            m_accuracyChart->setSeriesName(
                m_twoPointSeries, tr("after %n point(s)", nullptr, static_cast<int>(early)));
            m_accuracyChart->addPoint(m_twoPointSeries, step, stats.accuracyByLength[early - 1]);
        }
        m_byLengthChart->setModel(stats.accuracyByLength);
        m_confusion->setMatrix(familyNames(m_runConfig.model.families), stats.confusion);
    }
    showStats(stats);
}

void TrainingDashboard::showStats(const TrainingStats &stats)
{
    const QString accuracy =
        m_history.empty()
            ? QString("–")
            : localNumber(100 * m_history.back().testAccuracy, 'f', 1) + QLatin1Char('%');
    m_statusLabel->setText(tr("Step %1   ·   %2 s   ·   %3 sequences/s   ·   accuracy %4")
                               .arg(stats.step)
                               .arg(localNumber(stats.elapsedSeconds, 'f', 1))
                               .arg(stats.sequencesPerSecond, 0, 'f', 0)
                               .arg(accuracy));
    // Whichever stop is nearest, and named as such.
    const TrainingConfig &c = m_runConfig;
    double budget = 0.0;
    if (c.maxSteps > 0) {
        budget =
            std::max(budget, static_cast<double>(stats.step) / static_cast<double>(c.maxSteps));
    }
    if (c.maxSeconds > 0) {
        budget = std::max(budget, stats.elapsedSeconds / c.maxSeconds);
    }
    const double target = c.targetAccuracy > 0 && !m_history.empty()
                              ? m_history.back().testAccuracy / c.targetAccuracy
                              : 0.0;
    m_stopGauge->setFormat(target > budget ? tr("%p% of the target") : tr("%p% of the budget"));
    m_stopGauge->setValue(static_cast<int>(1000 * std::min(std::max(budget, target), 1.0)));
}

void TrainingDashboard::finishRun(const TrainingResult &result)
{
    // result.last arrived as the run's last progress report already; adding it again would
    // repeat the final row of the metrics and the final points of the charts.
    m_lossChart->flush();
    m_accuracyChart->flush();
    const QString at = tr("at step %1").arg(result.last.step);
    switch (result.reason) {
    case StopReason::Diverged:
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            (result.message ? localText(*result.message) : QString()).toHtmlEscaped() +
                QStringLiteral(" <a href=\"reset\">%1</a>").arg(tr("Reset weights")));
        break;
    case StopReason::TargetReached:
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Target reached %1: %2% after %n point(s).", nullptr,
                                 static_cast<int>(m_runConfig.testLength))
                                  .arg(at)
                                  .arg(localNumber(100 * result.last.testAccuracy, 'f', 1)));
        break;
    case StopReason::StepBudget:
    case StopReason::TimeBudget:
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Training finished %1 (%2). Start continues from these weights.")
                                  .arg(at)
                                  .arg(result.reason == StopReason::StepBudget
                                           ? tr("step budget")
                                           : tr("time budget")));
        break;
    case StopReason::Cancelled:
        Q_EMIT statusMessage(tr("Stopped %1; Start continues from here").arg(at), 5000);
        break;
    case StopReason::Plateau:
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Training stopped %1: the test accuracy stayed near %2% for %3 "
                                 "steps, below the target of %4%. These families may not be told "
                                 "apart from %5 points; set a step or time budget to train on.")
                                  .arg(at)
                                  .arg(localNumber(100 * result.last.testAccuracy, 'f', 1))
                                  .arg(result.last.step - result.plateauSince)
                                  .arg(localNumber(100 * m_runConfig.targetAccuracy, 'f', 1))
                                  .arg(m_runConfig.testLength));
        break;
    }
}

void TrainingDashboard::clear()
{
    m_history.clear();
    m_lossChart->clear();
    m_accuracyChart->clear();
    m_byLengthChart->setModel({});
    m_confusion->clear();
    m_stopGauge->setValue(0);
}

void TrainingDashboard::setReferenceLengths(int testLength)
{
    m_byLengthChart->setLengths(oneToN(testLength));
}

void TrainingDashboard::showReferences(const ReferenceReport &report, bool bayesApproximate)
{
    m_byLengthChart->setLeastSquares(report.leastSquaresAccuracy);
    m_byLengthChart->setBayes(report.bayesAccuracy);
    m_byLengthChart->setBayesApproximate(bayesApproximate);
}

void TrainingDashboard::setViewStyle(const ViewStyle &style)
{
    m_banner->setViewStyle(style);
    const QColor background = m_lossChart->backgroundColor();
    m_lossChart->setSeriesStyle(m_lossSeries, inStyle(kBatchLoss, style, background));
    m_lossChart->setSeriesStyle(m_smoothedLossSeries, inStyle(kSmoothedLoss, style, background));
    m_lossChart->setViewStyle(style);
    m_accuracyChart->setViewStyle(style);
    m_byLengthChart->setViewStyle(style);
    m_confusion->setViewStyle(style);
}

} // namespace curvelab
