#include "ticksteps.h"

#include <cmath>

namespace curvelab {

namespace {

constexpr int kMantissas[] = {1, 2, 5};
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

} // namespace curvelab
