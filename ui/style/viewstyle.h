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

    QColor familyColor(int family) const { return FamilyPalette::color(family, palette); }
    // This style with text and lines at `scale` (the views' older setFontScale()).
    ViewStyle withScale(qreal scale) const;
    // With text and lines no smaller than half their size, which nothing can read.
    ViewStyle bounded() const;
    // This style in high contrast (View > High contrast, or a system high-contrast theme): the
    // darker family colours, bold numbers and hairlines as thick as presentation mode's; text
    // sizes as they were.
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
