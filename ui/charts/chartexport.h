#pragma once

#include <QString>
#include <stdexcept>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace curvelab::chartexport {

// Saving a chart for slides and handouts, the same way for every chart widget (LiveChart,
// AccuracyByLengthChart, ConfusionMatrixView, or a panel holding them): the widget is rendered
// as it is on screen, after pushing any points its live charts still buffer.
//
// Each function throws ChartExportError, worded for the user, when it cannot save. Files are
// written whole or not at all (an old file survives a failed save).
class ChartExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// `scale` multiplies the pixel size, so that a chart sized for the screen is still sharp on a
// projector or in print.
void savePng(QWidget &widget, const QString &path, qreal scale = 2.0);
void saveSvg(QWidget &widget, const QString &path, const QString &title = QString());
// PNG or SVG by the file's suffix.
void save(QWidget &widget, const QString &path);

} // namespace curvelab::chartexport
