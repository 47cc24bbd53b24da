#pragma once

#include "viewstyle.h"

#include <QColor>
#include <QPixmap>
#include <vector>

namespace curvelab {

// The canvas's points, each drawn once per colour, size and device pixel ratio and then copied:
// far cheaper than an antialiased ellipse per point.
class PointSprites
{
public:
    // A point the network has not judged (no model yet).
    static inline const QColor kNeutral{0x99, 0x99, 0x99};

    // The point of `family` (-1: not judged) for `style` with `radius` at `devicePixelRatio`;
    // drawn on first use, and again after the style or the ratio changed.
    const QPixmap &sprite(int family, const ViewStyle &style, qreal radius, qreal devicePixelRatio);

private:
    std::vector<QPixmap> m_sprites; // slot 0 for "not judged", then one per palette colour
    ViewStyle m_style;              // the style and device pixel ratio they were drawn at
    qreal m_ratio = 0.0;
};

} // namespace curvelab
