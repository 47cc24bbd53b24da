#pragma once

#include "familypalette.h"

#include <QColor>

namespace curvelab {

// How the views draw: text size, pen widths and family colours. One value handed to every view
// through its setViewStyle(), so that large text and presentation mode change all views together
// and handing back the earlier value restores them exactly. A value rather than a global the
// views read: a test or an export can draw one view in one style and leave the rest alone.
struct ViewStyle
{
    // Multiplies the views' text sizes: 1 gives their usual 12 pt labels.
    qreal fontScale = 1.0;
    // Multiplies the widths of what shows data: chart lines, curves, point outlines, rings, band
    // edges.
    qreal lineScale = 1.0;
    // Axes, grid lines, ticks and separators, in pixels: hairlines on a monitor.
    qreal thinLineWidth = 1.0;
    // Numbers in bold where a regular weight thins out on a projector (the confusion matrix).
    bool boldNumbers = false;
    FamilyPalette::Scheme palette = FamilyPalette::Scheme::Standard;
    // View > High contrast, not presentation mode alone (a projector wants bold chart colours,
    // not other banners): status texts at WCAG AAA on a light or a dark desktop (StatusColours),
    // lines and faded marks at WCAG's contrast for graphics (lineColor(), fadedColor()).
    bool highContrast = false;

    QColor familyColor(int family) const { return FamilyPalette::color(family, palette); }
    // A line or mark in `color` on `background`: as it is, or in high contrast deepened (or, on
    // a dark background, lightened) until it stands out at WCAG's 3:1 for graphics.
    QColor lineColor(const QColor &color, const QColor &background) const;
    // Text in `color` on `background` (a family's name beside its bar): deepened until it reaches
    // WCAG's 4.5:1 for text, or in high contrast moved until it reaches 7:1.
    QColor textColor(const QColor &color, const QColor &background) const;
    // `color` at `opacity` over `background`, as one opaque colour (the raster engine fills those
    // fastest); in high contrast more opaque, and deepened if need be, until it reaches the
    // contrast of lineColor().
    QColor fadedColor(const QColor &color, qreal opacity, const QColor &background) const;
    // This style with text and lines at `scale` (the views' older setFontScale()).
    ViewStyle withScale(qreal scale) const;
    // With text and lines no smaller than half their size, which nothing can read.
    ViewStyle bounded() const;
    // This style in high contrast (View > High contrast, or a system high-contrast theme): the
    // darker family colours, bold numbers, hairlines as thick as presentation mode's, and
    // highContrast for the status colours, lines and marks; text sizes as they were.
    ViewStyle withHighContrast() const;

    // What the app starts with.
    static ViewStyle standard() { return {}; }
    // The "Large text" preference: text half as large again, lines grown with it.
    static ViewStyle largeText();
    // A projector at 1280x720 seen from the back of a classroom.
    static ViewStyle presentation();

    bool operator==(const ViewStyle &other) const;
    bool operator!=(const ViewStyle &other) const { return !(*this == other); }
};

} // namespace curvelab
