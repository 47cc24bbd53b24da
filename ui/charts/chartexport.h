#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace curvelab::chartexport {

// Saving a chart for slides and handouts, the same way for every chart widget (LiveChart,
// AccuracyByLengthChart, ConfusionMatrixView, or a panel holding them): the widget is rendered
// as it is on screen, after pushing any points its live charts still buffer.
//
// Each function returns an empty string on success, else why it failed, worded for the user.
// Files are written whole or not at all (an old file survives a failed save).

// `scale` multiplies the pixel size, so that a chart sized for the screen is still sharp on a
// projector or in print.
QString savePng(QWidget &widget, const QString &path, qreal scale = 2.0);
QString saveSvg(QWidget &widget, const QString &path, const QString &title = QString());
// PNG or SVG by the file's suffix.
QString save(QWidget &widget, const QString &path);

} // namespace curvelab::chartexport
