#pragma once

#include <QtGlobal>
#include <algorithm>

namespace curvelab {

// The painted views (belief timeline, gate heatmap, probability bars, confusion matrix) give way
// in one order when squeezed: their text shrinks before their picture does, but never below this
// share of the style's size (9 pt labels at scale 1), which stops being readable.
constexpr qreal kMinFontScale = 0.75;

// Lays a view out with `layoutAt(fontScale)` and, while `cramped(geometry)` says the result does
// not fit, shrinks the text by a tenth at a time (not below kMinFontScale) and lays out again.
template <typename LayoutAt, typename Cramped>
auto shrinkTextToFit(qreal fontScale, LayoutAt layoutAt, Cramped cramped)
{
    constexpr qreal kShrinkStep = 0.9;
    auto geometry = layoutAt(fontScale);
    while (cramped(geometry) && fontScale > kMinFontScale) {
        fontScale = std::max(fontScale * kShrinkStep, kMinFontScale);
        geometry = layoutAt(fontScale);
    }
    return geometry;
}

} // namespace curvelab
