#pragma once

#include <QtGlobal>

namespace curvelab {

// Steps of 1, 2 or 5 times a power of ten, the only spacings people read at a glance (1, 2, 5,
// 10, 20, 50, ...), for every painted view's ticks and labels.

// The smallest such step of at least `least` (> 0, finite).
double niceStepAtLeast(double least);

// Every how many slots (columns, rows) a label goes, so that labels of `labelSize` pixels on
// slots of `slotSize` pixels never overlap: 1, 2, 5, 10, ...
int labelEvery(qreal slotSize, qreal labelSize);

} // namespace curvelab
