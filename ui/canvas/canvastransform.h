#pragma once

#include "point.h"

#include <QPointF>
#include <QRectF>
#include <vector>

namespace curvelab {

// Maps data coordinates (y up) to widget pixels (y down) and back: the visible data rectangle
// and the plot rectangle it is drawn into. The only place the canvas converts between the two,
// so a click, a drag, a zoom and the painting can never disagree about where a point is.
class CanvasTransform
{
public:
    // Bounds on the visible width and height in data units: below the smallest the mapping runs
    // out of double precision, above the largest the tick labels stop meaning anything.
    static constexpr double kMinSpan = 1e-6;
    static constexpr double kMaxSpan = 1e9;
    // How far from 0 the centre of the view may wander by panning: beyond it kMinSpan could no
    // longer be told apart from the centre.
    static constexpr double kMaxCentre = 1e12;

    CanvasTransform() = default;

    // A reversed range is put the right way round, an empty or out-of-bounds one is widened or
    // narrowed about its centre to the span bounds; non-finite values leave the view unchanged.
    void setView(double xlo, double xhi, double ylo, double yhi);
    double xMin() const { return m_xlo; }
    double xMax() const { return m_xhi; }
    double yMin() const { return m_ylo; }
    double yMax() const { return m_yhi; }

    // Where the view is drawn, in widget pixels; an empty rectangle maps as if 1 pixel wide.
    void setPlotRect(const QRectF &pixels) { m_plot = pixels; }
    QRectF plotRect() const { return m_plot; }

    QPointF toWidget(const Point &p) const;
    Point toData(const QPointF &w) const;
    // A factor above 1 zooms in (the view gets that many times smaller), below 1 zooms out. The
    // data point under `anchor` (widget pixels) stays under it, unless the span bounds stop it.
    void zoom(double factor, const QPointF &anchor);
    // Moves the content with the mouse: the data under a pixel ends up `pixelDelta` further on.
    void pan(const QPointF &pixelDelta);

    // Round values between lo and hi (inclusive) at a 1, 2 or 5 times a power of ten step, at
    // most maxTicks of them (at least 2 are asked for); empty for an empty or non-finite range.
    static std::vector<double> ticks(double lo, double hi, int maxTicks);
    // The step ticks() uses for the same arguments; 0 where it returns no ticks.
    static double tickStep(double lo, double hi, int maxTicks);

private:
    double xScale() const; // pixels per data unit
    double yScale() const;

    double m_xlo = 0.0;
    double m_xhi = 1.0;
    double m_ylo = 0.0;
    double m_yhi = 1.0;
    QRectF m_plot = QRectF(0.0, 0.0, 1.0, 1.0);
};

} // namespace curvelab
