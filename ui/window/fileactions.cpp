#include "fileactions.h"

#include "chartexport.h"
#include "corewording.h"
#include "filestore.h"
#include "localpath.h"
#include "messagebanner.h"
#include "metricscsv.h"
#include "modelfile.h"
#include "setuppanel.h"
#include "trainingcontroller.h"
#include "trainingdashboard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <array>
#include <sstream>

namespace curvelab {

namespace {

// The file name an exported chart is offered under, in the dashboard's order.
QString chartName(int chart)
{
    static const std::array<const char *, TrainingDashboard::kChartCount> names = {
        "loss", "test-accuracy", "accuracy-by-points", "confusion-matrix"};
    return names[static_cast<std::size_t>(chart)];
}

} // namespace

FileActions::FileActions(WindowParts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{
}

bool FileActions::openModel(const QString &path)
{
    if (!m_parts.trainingIdle(tr("Stop training before opening a model."))) {
        return false;
    }
    MessageBanner &banner = *m_parts.banner;
    ModelSnapshot model;
    try {
        model = loadModel(localPath(path));
    } catch (const ModelFileError &e) {
        banner.showMessage(MessageBanner::Kind::Error, localReason(e).toHtmlEscaped());
        return false;
    }
    TrainingConfig config = m_parts.setup->config();
    config.model = model.spec;
    config.generator.families = model.spec.families;
    m_parts.setup->setConfig(config);
    if (!m_parts.applyModel(model, QFileInfo(path).fileName())) {
        return false;
    }
    banner.showMessage(MessageBanner::Kind::Success,
                       tr("Opened %1 (trained for %n step(s)). Start continues training it.",
                          nullptr, static_cast<int>(model.step))
                           .arg(path.toHtmlEscaped()));
    return true;
}

bool FileActions::saveModel(const QString &path)
{
    const std::optional<ModelSnapshot> &weights = m_parts.training->latestSnapshot();
    if (!weights) {
        m_parts.banner->showMessage(MessageBanner::Kind::Warning,
                                    tr("Nothing to save yet: train the network first."));
        return false;
    }
    try {
        curvelab::saveModel(*weights, localPath(path));
    } catch (const ModelFileError &e) {
        m_parts.banner->showMessage(MessageBanner::Kind::Error, localReason(e).toHtmlEscaped());
        return false;
    }
    m_parts.window->statusBar()->showMessage(tr("Saved the model to %1").arg(path), 5000);
    return true;
}

bool FileActions::exportMetrics(const QString &path)
{
    std::ostringstream csv;
    writeMetricsCsv(csv, m_parts.dashboard->history(),
                    csvDialectForDecimalMark(QLocale().decimalPoint().front().toLatin1()));
    try {
        writeFileAtomically(localPath(path), csv.str());
    } catch (const FileWriteError &e) {
        m_parts.banner->showMessage(MessageBanner::Kind::Error,
                                    tr("Cannot write the metrics to %1: %2")
                                        .arg(path, localText(e.reasonMessage()))
                                        .toHtmlEscaped());
        return false;
    }
    m_parts.window->statusBar()->showMessage(tr("Exported the metrics to %1").arg(path), 5000);
    return true;
}

bool FileActions::exportChart(int chart, const QString &path)
{
    try {
        chartexport::save(*m_parts.dashboard->charts().at(chart), path);
    } catch (const chartexport::ChartExportError &e) {
        m_parts.banner->showMessage(MessageBanner::Kind::Error, localReason(e).toHtmlEscaped());
        return false;
    }
    m_parts.window->statusBar()->showMessage(tr("Exported the chart to %1").arg(path), 5000);
    return true;
}

void FileActions::openModelDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_parts.window, tr("Open model"), QString(),
                                                      tr("CurveLab models (*.clm);;All files (*)"));
    if (!path.isEmpty()) {
        openModel(path);
    }
}

void FileActions::saveModelDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_parts.window, tr("Save model"), "model.clm",
                                                      tr("CurveLab models (*.clm)"));
    if (!path.isEmpty()) {
        saveModel(path);
    }
}

void FileActions::exportMetricsDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_parts.window, tr("Export metrics"),
                                                      "metrics.csv", "CSV files (*.csv)");
    if (!path.isEmpty()) {
        exportMetrics(path);
    }
}

void FileActions::exportChartDialog(int chart)
{
    const QString path =
        QFileDialog::getSaveFileName(m_parts.window, tr("Export chart"), chartName(chart) + ".png",
                                     "PNG image (*.png);;SVG drawing (*.svg)");
    if (!path.isEmpty()) {
        exportChart(chart, path);
    }
}

} // namespace curvelab
