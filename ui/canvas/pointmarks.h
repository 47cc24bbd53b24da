#pragma once

#include "canvascurve.h"
#include "canvastransform.h"
#include "point.h"
#include "viewstyle.h"

#include <QPointF>
#include <QRect>
#include <functional>
#include <vector>

class QPainter;

namespace curvelab {

// What the canvas draws around its points besides the points themselves.

// The residuals: for each curve, a vertical bar from each point to the curve at its x, in the
// curve's family colour; the curves' bars stand a little apart so that each stays visible.
// `scratch` is reused between paints.
void paintResiduals(QPainter &painter, const PointSequence &points,
                    const std::vector<CanvasCurve> &curves, const CanvasTransform &transform,
                    const QRectF &plot, const ViewStyle &style, std::vector<QRect> &scratch);

// The influence halos: a soft disc behind each point whose area grows with how much the point
// moves the final guess (`influence`, -1..1): filled where the point supports the guess of
// `family` (-1: no family, a neutral grey), an open dashed ring where it argues against it.
void paintHalos(QPainter &painter, const std::vector<QPointF> &centres,
                const std::vector<double> &influence, int family, qreal pointRadius,
                const ViewStyle &style, const std::function<bool(int index)> &isShown);

} // namespace curvelab
