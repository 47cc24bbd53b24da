#include "familypalette.h"

#include <array>

namespace curvelab {

namespace {

using Colors = std::array<QColor, FamilyPalette::size()>;

// Okabe & Ito (2008), "Color Universal Design", without black (kept for text and axes).
const Colors &standardColors()
{
    static const Colors colors = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x99, 0x99, 0x99), // grey
    };
    return colors;
}

// For a projector. Okabe-Ito's orange, sky blue, yellow and grey fall below 3:1 on white (2.3,
// 2.3, 1.3, 2.9), and deepening them makes them collide with its vermillion and blue for a
// red-green colour-blind viewer. These eight were picked from Okabe-Ito, Paul Tol's bright,
// vibrant, muted and medium-contrast sets and IBM's design palette (light ones deepened until
// 3.3:1) as the set that keeps apart best on white:
// - each has a contrast of at least 3.39:1 on white (WCAG's minimum for graphics is 3:1);
// - any two differ by at least 11 CIEDE2000 units for normal vision and, simulated after Machado
//   et al. (2009) at full severity, for protanopia and deuteranopia (together ~8% of men), and
//   by at least 7.7 for the rare tritanopia; the first four, which most lessons use, by at least
//   17 for the first three kinds of vision (the standard eight: 6.2 under deuteranopia);
// - none is near-black, the colour of text and axes.
// The first three keep the standard scheme's hue names (blue, orange, bluish green), so that
// "the orange ones" means the same family before and after presentation mode is switched on.
const Colors &highContrastColors()
{
    static const Colors colors = {
        QColor(0x55, 0x84, 0xFF), // blue (IBM blue, deepened)
        QColor(0xEF, 0x5B, 0x00), // orange (IBM orange, deepened)
        QColor(0x00, 0x9E, 0x73), // bluish green (Okabe-Ito)
        QColor(0x33, 0x22, 0x88), // indigo (Tol muted)
        QColor(0xC8, 0x6E, 0xA0), // pink (Okabe-Ito reddish purple, deepened)
        QColor(0x99, 0x44, 0x55), // wine (Tol medium-contrast dark red)
        QColor(0xAA, 0x44, 0x99), // purple (Tol muted)
        QColor(0xCC, 0x33, 0x11), // red (Tol vibrant)
    };
    return colors;
}

} // namespace

QColor FamilyPalette::color(int family, Scheme scheme)
{
    const Colors &colors = scheme == Scheme::HighContrast ? highContrastColors() : standardColors();
    const int i = family < 0 ? 0 : family % size();
    return colors[static_cast<std::size_t>(i)];
}

} // namespace curvelab
