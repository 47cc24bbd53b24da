#pragma once

#include <QColor>
#include <QtGlobal>

namespace curvelab {

// What every painted view (the canvas, the probability bars, the belief timeline, the gate heat
// map, the confusion matrix) draws with, in one place, so that they read as one app.

// Pixels around a whole drawing.
constexpr qreal kMargin = 8.0;
// Label text at font scale 1, in points (12 pt stays readable on a projector).
constexpr qreal kLabelPointSize = 12.0;

inline const QColor kTextColor(0x22, 0x22, 0x22);
// WCAG's 4.5:1 on white, so that a hint survives a washed-out projector.
inline const QColor kMutedText(0x76, 0x76, 0x76);
inline const QColor kAxisColor(0x55, 0x55, 0x55);
inline const QColor kBackground(Qt::white);

} // namespace curvelab
