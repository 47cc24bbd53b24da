#pragma once

#include "point.h"

namespace curvelab {

// Which point an edit of the drawing touched, told from the points before and after it, so that
// what is said aloud after a click, a key, an undo or a redo names the point whatever made it.
struct PointEdit
{
    enum class Kind
    {
        None,     // nothing changed
        Placed,   // one point more, at `index`
        Moved,    // the point at `index` is elsewhere
        Removed,  // the point that was at `index` is gone
        Replaced, // anything else: a sample, a paste, a clear, an undo of one
    };
    Kind kind = Kind::None;
    int index = -1; // 0-based; -1 for None and Replaced
};

PointEdit findPointEdit(const PointSequence &before, const PointSequence &after);

} // namespace curvelab
