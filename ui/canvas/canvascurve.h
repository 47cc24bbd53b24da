#pragma once

#include "viewstyle.h"

#include <QPen>
#include <QString>
#include <functional>

namespace curvelab {

// A curve drawn over the canvas, e.g. the best fit of one family to the points so far.
struct CanvasCurve
{
    int family = 0; // drawn in the view style's colour of the family
    QString label;  // for the legend, e.g. "line  k=0.42 b=3.1  rms 12.3"
    std::function<double(double)> f;
};

// The dashed pen of a curve of `family`, in the plot and in its legend.
QPen curvePen(int family, const ViewStyle &style);

} // namespace curvelab
