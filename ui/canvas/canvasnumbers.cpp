#include "canvasnumbers.h"

#include "localnumber.h"

#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Enough significant digits to tell v from the next value a step away, and at least `least`.
QString compactNumber(double v, double resolution, int least)
{
    if (v == 0.0) {
        return QStringLiteral("0");
    }
    const double magnitude = std::floor(std::log10(std::abs(v)));
    const double finest = resolution > 0.0 ? std::floor(std::log10(resolution)) : magnitude;
    const int digits = std::clamp(static_cast<int>(magnitude - finest) + 1, least, 15);
    return localNumber(v, 'g', digits);
}

} // namespace

QString tickLabel(double value, double step)
{
    return compactNumber(value, step, /*least=*/4);
}

QString coordinateText(double value, double pixel)
{
    if (value == 0.0) {
        return QStringLiteral("0");
    }
    const int whole = static_cast<int>(std::floor(std::log10(std::abs(value)))) + 1;
    const int digits = whole <= 15 ? std::max(3, whole) : 3;
    return compactNumber(value, pixel, std::min(digits, 15));
}

} // namespace curvelab
