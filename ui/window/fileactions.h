#pragma once

#include "windowparts.h"

#include <QObject>

namespace curvelab {

// The File menu's work: a model opened or saved, the metrics and the charts exported. Each
// returns whether it worked; a failure shows in the banner and changes nothing.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(WindowParts parts, QObject *parent = nullptr);

    // Refused while training runs.
    bool openModel(const QString &path);
    bool saveModel(const QString &path);
    bool exportMetrics(const QString &path);
    // `chart` counts in the dashboard's order.
    bool exportChart(int chart, const QString &path);

    void openModelDialog();
    void saveModelDialog();
    void exportMetricsDialog();
    void exportChartDialog(int chart);

private:
    WindowParts m_parts;
};

} // namespace curvelab
