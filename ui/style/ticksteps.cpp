#include "ticksteps.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace curvelab {

namespace {

constexpr int kMantissas[] = {1, 2, 5};
// Bounds a growing axis snaps to, times a power of ten.
constexpr std::array<double, 11> kNiceBounds = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
// Beyond this many slots per label every slot count would do: the loop ends here.
constexpr int kMostSlots = 1'000'000;

} // namespace

double niceStepAtLeast(double least)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(least)));
    for (int mantissa : kMantissas) {
        if (mantissa * magnitude >= least) {
            return mantissa * magnitude;
        }
    }
    return 10.0 * magnitude;
}

int labelEvery(qreal slotSize, qreal labelSize)
{
    for (int scale = 1;; scale *= 10) {
        for (int mantissa : kMantissas) {
            if (mantissa * scale * slotSize >= labelSize || scale > kMostSlots) {
                return mantissa * scale;
            }
        }
    }
}

double niceCeil(double v)
{
    if (!(v > 0.0)) {
        return 0.0;
    }
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : kNiceBounds) {
        if (m * decade >= v * (1.0 - 1e-12)) {
            return m * decade;
        }
    }
    return 10.0 * decade;
}

double niceTickInterval(double span)
{
    if (!(span > 0.0)) {
        return 1.0;
    }
    const double decade = std::pow(10.0, std::floor(std::log10(span)));
    auto fits = [span](double interval, bool evenly) {
        const double intervals = span / interval;
        const bool whole = std::abs(intervals - std::round(intervals)) < 1e-6;
        return intervals >= 4.0 - 1e-6 && intervals <= 8.0 + 1e-6 && (whole || !evenly);
    };
    for (bool evenly : {true, false}) {
        for (double m : {5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 2.5, 0.25}) {
            if (fits(m * decade, evenly)) {
                return m * decade;
            }
        }
    }
    return 0.1 * decade;
}

QString labelFormatFor(double tickInterval)
{
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = tickInterval * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) {
            break;
        }
        ++decimals;
    }
    return QStringLiteral("%.%1f").arg(decimals);
}

} // namespace curvelab
