#include "trainingdomain.h"

#include "shapefunction.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace curvelab {

namespace {

// Samples per family: enough to find the extremes of any smooth shape over its range.
constexpr int kProbes = 256;

bool within(const Range &r, double v, double slack)
{
    const double margin = slack * r.width();
    return v >= r.lo - margin && v <= r.hi + margin;
}

} // namespace

bool TrainingDomain::near(double px, double py, double slack) const
{
    return within(x, px, slack) && within(y, py, slack);
}

TrainingDomain trainingDomain(const std::vector<FunctionFamily> &families)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    TrainingDomain domain{{inf, -inf}, {inf, -inf}};
    for (const FunctionFamily &family : families) {
        const ShapeFunction shape(family.shape);
        domain.x.lo = std::min(domain.x.lo, family.x.lo);
        domain.x.hi = std::max(domain.x.hi, family.x.hi);
        for (int i = 0; i <= kProbes; ++i) {
            const double f = shape(family.x.at(static_cast<double>(i) / kProbes));
            if (!std::isfinite(f)) {
                continue;
            }
            for (double k : {family.k.lo, family.k.hi}) {
                for (double b : {family.b.lo, family.b.hi}) {
                    domain.y.lo = std::min(domain.y.lo, k * f + b);
                    domain.y.hi = std::max(domain.y.hi, k * f + b);
                }
            }
        }
    }
    if (!(domain.x.lo < domain.x.hi)) {
        domain.x = {0.0, 1.0};
    }
    if (!(domain.y.lo < domain.y.hi)) {
        const double centre = std::isfinite(domain.y.lo) ? domain.y.lo : 0.0;
        domain.y = {centre - 1.0, centre + 1.0};
    }
    return domain;
}

} // namespace curvelab
