#include "pointmarks.h"

#include "paintkit.h"
#include "pointsprites.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Residual bars: width at line scale 1, the distance between neighbouring curves' bars, and how
// opaque they look, so that the points and curves stay in front.
constexpr qreal kResidualWidth = 1.5;
constexpr qreal kResidualSpread = 2.5;
constexpr qreal kResidualOpacity = 0.55;
// Influence halos: the largest grows the point's radius by this many pixels (at font scale 1);
// below kMinHalo a point changes the guess too little to draw; fills are this opaque.
constexpr qreal kMaxHaloGrowth = 22.0;
constexpr double kMinHalo = 0.01;
constexpr qreal kHaloAlpha = 0.28;

} // namespace

void paintResiduals(QPainter &painter, const PointSequence &points,
                    const std::vector<CanvasCurve> &curves, const CanvasTransform &transform,
                    const QRectF &plot, const ViewStyle &style, std::vector<QRect> &scratch)
{
    if (curves.empty()) {
        return;
    }
    // Residuals are vertical: whole-pixel opaque rectangles without antialiasing are crisp and
    // cheap. The raster engine blends translucent thin spans ~100 times slower than it fills
    // opaque ones (4000 translucent residuals took ~0.5 s here as lines, ~130 ms as rectangles,
    // ~1 ms opaque), so the colour is mixed with the background beforehand.
    const int width = std::max(1, qRound(kResidualWidth * style.lineScale));
    const qreal centre = (static_cast<qreal>(curves.size()) - 1.0) / 2.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (std::size_t c = 0; c < curves.size(); ++c) {
        const CanvasCurve &curve = curves[c];
        if (!curve.f) {
            continue;
        }
        const qreal offset = (static_cast<qreal>(c) - centre) * kResidualSpread * style.lineScale;
        scratch.clear();
        for (const Point &p : points) {
            const QPointF at = transform.toWidget(p);
            const qreal x = at.x() + offset;
            const double fy = curve.f(p.x);
            if (!std::isfinite(fy) || x < plot.left() || x > plot.right()) {
                continue;
            }
            const qreal onCurve = transform.toWidget({p.x, fy}).y();
            const qreal top = std::max(std::min(at.y(), onCurve), plot.top() - 1.0);
            const qreal bottom = std::min(std::max(at.y(), onCurve), plot.bottom() + 1.0);
            if (bottom - top >= 1.0) {
                scratch.emplace_back(qRound(x - width / 2.0), qRound(top), width,
                                     qRound(bottom - top));
            }
        }
        // Over the canvas's background, which is kBackground in every style.
        painter.setBrush(
            style.fadedColor(style.familyColor(curve.family), kResidualOpacity, kBackground));
        painter.drawRects(scratch.data(), static_cast<int>(scratch.size()));
    }
    painter.restore();
}

void paintHalos(QPainter &painter, const std::vector<QPointF> &centres,
                const std::vector<double> &influence, int family, qreal pointRadius,
                const ViewStyle &style, const std::function<bool(int index)> &isShown)
{
    for (std::size_t i = 0; i < influence.size() && i < centres.size(); ++i) {
        const double weight = std::clamp(std::abs(influence[i]), 0.0, 1.0);
        if (weight < kMinHalo || !isShown(static_cast<int>(i))) {
            continue;
        }
        const qreal radius = pointRadius + kMaxHaloGrowth * style.fontScale * std::sqrt(weight);
        QColor colour = family >= 0 ? style.familyColor(family) : PointSprites::kNeutral;
        if (influence[i] > 0.0) {
            colour.setAlphaF(kHaloAlpha);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
        } else {
            painter.setPen(QPen(colour, 2.0 * style.lineScale, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(centres[i], radius, radius);
    }
}

} // namespace curvelab
