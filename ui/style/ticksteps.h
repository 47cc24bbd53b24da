#pragma once

#include <QString>
#include <QtGlobal>

namespace curvelab {

// Steps of 1, 2 or 5 times a power of ten, the only spacings people read at a glance (1, 2, 5,
// 10, 20, 50, ...), for every painted view's ticks and labels.

// The smallest such step of at least `least` (> 0, finite).
double niceStepAtLeast(double least);

// Every how many slots (columns, rows) a label goes, so that labels of `labelSize` pixels on
// slots of `slotSize` pixels never overlap: 1, 2, 5, 10, ...
int labelEvery(qreal slotSize, qreal labelSize);

// The live charts' growing axes.
// The bound a growing axis snaps to: the smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 times a
// power of ten that is at least v (0 for v <= 0). Each step grows the axis by a third at most, so
// growth reads as a gentle zoom-out, and a loss starting at 1.1 gets 0..1.2, not 0..2.
double niceCeil(double v);
// A tick step for an axis of this span from 0 (or a nice bound) to a nice bound: 4 to 8
// intervals, ending on a tick, 1-2-5 steps before 2.5.
double niceTickInterval(double span);
// A printf format with as many decimals as ticks of this step need ("%.0f", "%.2f"), at most 6.
QString labelFormatFor(double tickInterval);

} // namespace curvelab
