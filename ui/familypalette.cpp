#include "familypalette.h"

#include <array>

namespace curvelab {

QColor FamilyPalette::color(int family)
{
    // Okabe & Ito (2008), "Color Universal Design", without black (kept for text and axes).
    static const std::array<QColor, size()> colors = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x99, 0x99, 0x99), // grey
    };
    const int i = family < 0 ? 0 : family % size();
    return colors[static_cast<std::size_t>(i)];
}

} // namespace curvelab
