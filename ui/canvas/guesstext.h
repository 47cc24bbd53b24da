#pragma once

#include "viewstyle.h"

#include <QString>

namespace curvelab {

// How the canvas tab writes what a network or least squares says, so that the guess, the notes
// on the points, the race contenders and the fitted curves read alike.

// A probability (0..1) as a percentage with one decimal: "87.5%".
QString percentText(double probability);
// Three significant digits, for a fitted k, b or residual.
QString compactNumber(double value);
// `text`, escaped, as rich text in `colour` (a family's).
QString inColour(const QString &text, const QColor &colour);

} // namespace curvelab
