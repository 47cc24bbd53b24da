#pragma once

#include <QString>

namespace curvelab {

// How the canvas prints numbers for people.

// A tick's number: enough digits to tell it from the next tick `step` away, and at least four.
QString tickLabel(double value, double step);

// A coordinate, e.g. in a point's tooltip: to about `pixel` (one pixel in data units at the
// current view) with at least 3 digits, and never in exponent form for a value a double prints
// exactly in plain digits.
QString coordinateText(double value, double pixel);

} // namespace curvelab
