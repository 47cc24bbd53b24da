#pragma once

#include <QColor>
#include <QFont>

namespace curvelab {

// WCAG's contrast for graphics (1.4.11): a line, a bar or a mark against what is behind it.
constexpr double kGraphicsContrast = 3.0;
// WCAG's enhanced contrast for text (AAA, 1.4.6), which high contrast holds every text to.
constexpr double kEnhancedTextContrast = 7.0;

// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// `color`, deepened until text in it reaches WCAG's 4.5:1 on `background`. Some palette colours
// (yellow, sky blue) fall short on white: names get the deeper shade, bars keep the exact one.
QColor legibleOn(QColor color, const QColor &background);
// `color` moved toward black or toward white, whichever stands out more from `background`, until
// it reaches `ratio` on it; black or white where even they fall short. A colour that already
// reaches `ratio` comes back as it is.
QColor withContrast(const QColor &color, const QColor &background, double ratio);
// `over` at `opacity` (0..1) over `under`, as one opaque colour.
QColor blend(const QColor &over, const QColor &under, qreal opacity);
// `font` at a point size and weight: the painted views size every text from one base font.
QFont fontOfSize(QFont font, qreal pointSize, bool bold);

} // namespace curvelab
