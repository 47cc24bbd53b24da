#include "viewstyle.h"

#include "textcontrast.h"

#include <algorithm>

namespace curvelab {

namespace {

// Large text: 12 pt labels become 18 pt, which a classroom reads on a monitor-sized projection.
constexpr qreal kLargeTextScale = 1.5;
// Presentation mode: the text of large text (larger would crowd four charts into 1280x720),
// lines and hairlines twice their usual width: a 1-pixel grid line or a 2-pixel curve vanishes in
// a projector's blur, and a thicker line carries its colour further.
constexpr qreal kPresentationFontScale = 1.5;
constexpr qreal kPresentationLineScale = 2.0;
constexpr qreal kPresentationThinLine = 2.0;
// Text or lines below half their size would be unreadable anywhere.
constexpr qreal kMinScale = 0.5;
// How much more opaque a faded mark becomes at each step in high contrast.
constexpr qreal kOpacityStep = 0.05;

} // namespace

ViewStyle ViewStyle::largeText()
{
    ViewStyle style;
    style.fontScale = kLargeTextScale;
    style.lineScale = kLargeTextScale;
    return style;
}

ViewStyle ViewStyle::presentation()
{
    ViewStyle style;
    style.fontScale = kPresentationFontScale;
    style.lineScale = kPresentationLineScale;
    style.thinLineWidth = kPresentationThinLine;
    style.boldNumbers = true;
    style.palette = FamilyPalette::Scheme::HighContrast;
    return style;
}

ViewStyle ViewStyle::withHighContrast() const
{
    ViewStyle style = *this;
    style.palette = FamilyPalette::Scheme::HighContrast;
    style.boldNumbers = true;
    style.thinLineWidth = std::max(thinLineWidth, kPresentationThinLine);
    style.highContrast = true;
    return style;
}

QColor ViewStyle::lineColor(const QColor &color, const QColor &background) const
{
    return highContrast ? withContrast(color, background, kGraphicsContrast) : color;
}

QColor ViewStyle::textColor(const QColor &color, const QColor &background) const
{
    return highContrast ? withContrast(color, background, kEnhancedTextContrast)
                        : legibleOn(color, background);
}

QColor ViewStyle::fadedColor(const QColor &color, qreal opacity, const QColor &background) const
{
    QColor faded = blend(color, background, opacity);
    if (!highContrast) {
        return faded;
    }
    for (qreal more = opacity + kOpacityStep;
         more < 1.0 && contrastRatio(faded, background) < kGraphicsContrast; more += kOpacityStep) {
        faded = blend(color, background, more);
    }
    return contrastRatio(faded, background) < kGraphicsContrast ? lineColor(color, background)
                                                                : faded;
}

ViewStyle ViewStyle::withScale(qreal scale) const
{
    ViewStyle style = *this;
    style.fontScale = scale;
    style.lineScale = scale;
    return style;
}

ViewStyle ViewStyle::bounded() const
{
    ViewStyle style = *this;
    style.fontScale = std::max(fontScale, kMinScale);
    style.lineScale = std::max(lineScale, kMinScale);
    return style;
}

bool ViewStyle::operator==(const ViewStyle &other) const
{
    return fontScale == other.fontScale && lineScale == other.lineScale &&
           thinLineWidth == other.thinLineWidth && boldNumbers == other.boldNumbers &&
           palette == other.palette && highContrast == other.highContrast;
}

} // namespace curvelab
