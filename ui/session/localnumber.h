#pragma once

#include <QString>

namespace curvelab {

// Numbers as people read them: QString::number's digits with the decimal mark of the locale the
// app runs in ("0,25" in German). Only the mark changes, never the digits, the exponent or the
// grouping, so that under C and English the text is exactly QString::number's.
QString localNumber(double value, char format = 'g', int precision = 6);

// The same for a number already written with a '.' as its decimal mark (e.g. a tick label).
QString withLocalDecimalMark(QString number);

} // namespace curvelab
