#pragma once

#include <QColor>

namespace curvelab {

// One colour per family, the same everywhere in the app. Okabe and Ito's palette: told apart
// with every common colour-vision deficiency, and on a washed-out projector.
class FamilyPalette
{
public:
    enum class Scheme
    {
        Standard,     // Okabe-Ito: the usual look, on a monitor
        HighContrast, // for a projector: every colour stands out on white (presentation mode)
    };

    static QColor color(int family, Scheme scheme = Scheme::Standard);
    // For the least-squares and Bayes reference lines, which must not look like a family.
    static QColor reference() { return QColor(0x55, 0x55, 0x55); }
    static constexpr int size() { return 8; }
};

} // namespace curvelab
