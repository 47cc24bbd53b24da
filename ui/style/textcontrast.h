#pragma once

#include <QColor>
#include <QFont>

namespace curvelab {

// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// `color`, deepened until text in it reaches WCAG's 4.5:1 on `background`. Some palette colours
// (yellow, sky blue) fall short on white: names get the deeper shade, bars keep the exact one.
QColor legibleOn(QColor color, const QColor &background);
// `font` at a point size and weight: the painted views size every text from one base font.
QFont fontOfSize(QFont font, qreal pointSize, bool bold);

} // namespace curvelab
