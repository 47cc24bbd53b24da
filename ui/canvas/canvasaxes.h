#pragma once

#include "canvastransform.h"
#include "viewstyle.h"

#include <QFont>
#include <QRect>
#include <QRectF>

class QPaintDevice;
class QPainter;

namespace curvelab {

// The frame of the canvas's plot: the margins its tick numbers and titles need, the grid and the
// lines through 0 behind the data, and the axes with their ticks, numbers and titles. Made for
// one paint or layout from the canvas's font and style; holds no state of its own.
class CanvasAxes
{
public:
    // Pixels between a label and what it labels.
    static constexpr qreal kLabelGap = 4.0;

    // `device` is what the text is measured for, e.g. the canvas widget.
    CanvasAxes(const QFont &base, const ViewStyle &style, const QPaintDevice *device);

    // Where the plot goes inside `bounds` (the widget's rectangle), leaving room for the numbers
    // of `view`'s ticks (only its data rectangle is read) and the titles.
    QRectF plotRect(const QRect &bounds, const CanvasTransform &view) const;
    // Behind the data, clipped to the plot.
    void paintGrid(QPainter &painter, const CanvasTransform &view) const;
    // Around the plot.
    void paintAxes(QPainter &painter, const CanvasTransform &view) const;
    // The distance between grid lines on each axis, as paintGrid() draws them for `view`.
    Point gridStep(const CanvasTransform &view) const;

private:
    QFont tickFont() const;
    QFont titleFont() const;
    // The most ticks an axis of `pixels` shows, each asking for `perTick` at font scale 1.
    int maxTicks(qreal pixels, qreal perTick) const;

    QFont m_base;
    ViewStyle m_style;
    const QPaintDevice *m_device = nullptr;
};

} // namespace curvelab
