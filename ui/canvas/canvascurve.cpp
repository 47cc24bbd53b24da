#include "canvascurve.h"

namespace curvelab {

namespace {

// Width at line scale 1.
constexpr qreal kCurveWidth = 2.5;

} // namespace

QPen curvePen(int family, const ViewStyle &style)
{
    QPen pen(style.familyColor(family), kCurveWidth * style.lineScale, Qt::CustomDashLine,
             Qt::FlatCap, Qt::BevelJoin);
    pen.setDashPattern({4.0, 2.0});
    return pen;
}

} // namespace curvelab
