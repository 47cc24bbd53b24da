#pragma once

#include "canvascurve.h"
#include "viewstyle.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <vector>

class QPaintDevice;
class QPainter;

namespace curvelab {

// What the canvas writes over its plot to explain it: the training range's label, the legend of
// the curves, and the hint on an empty canvas. Made for one paint from the canvas's font and
// style; holds no state of its own.
class CanvasOverlays
{
public:
    // Behind text over the plot, so that grid lines and curves do not run through the words.
    static inline const QColor kTextCard{255, 255, 255, 215};

    // `device` is what the text is measured for, e.g. the canvas widget.
    CanvasOverlays(const QFont &base, const ViewStyle &style, const QPaintDevice *device);

    // Shades `domain` (widget pixels) where it meets the plot and writes `label` in its
    // bottom-right corner when it fits.
    void paintTrainingDomain(QPainter &painter, const QRectF &domain, const QRectF &plot,
                             const QString &label) const;
    // In the plot's top-left corner: a dashed swatch and the label of every curve.
    void paintLegend(QPainter &painter, const QRectF &plot,
                     const std::vector<CanvasCurve> &curves) const;
    // Centred in the plot on a card. `hint` is instructions joined by " · ": broken between
    // them, not inside one, when it does not fit on one line.
    void paintHint(QPainter &painter, const QRectF &plot, const QString &hint) const;

private:
    QFont m_base;
    ViewStyle m_style;
    const QPaintDevice *m_device = nullptr;
};

} // namespace curvelab
