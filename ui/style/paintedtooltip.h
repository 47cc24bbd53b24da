#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QHelpEvent;
class QWidget;
QT_END_NAMESPACE

namespace curvelab {

// Answers a QEvent::ToolTip for a painted widget whose hover text depends on the position: shows
// `text`, or hides any tooltip and ignores the event where there is nothing to say. Returns true:
// the event is handled either way.
bool showPaintedToolTip(QWidget &widget, QHelpEvent &event, const QString &text);

} // namespace curvelab
