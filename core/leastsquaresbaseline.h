#pragma once

#include "functionfamily.h"
#include "point.h"
#include "shapefunction.h"

#include <vector>

namespace curvelab {

// The fit of one family to a set of points.
struct FamilyFit
{
    double k = 0.0;
    double b = 0.0;
    double residual = 0.0;   // root mean square of y - (k*f(x) + b)
    bool determined = false; // false with fewer than two distinct f(x) values
};

// y = k*f + b fitted by least squares on centred data (stable when values are large), with the
// sums that say how well k and b are pinned down: BayesClassifier integrates over them.
struct LineFit
{
    int n = 0;
    double fMean = 0.0;
    double yMean = 0.0;
    double sff = 0.0; // sum of (f - fMean)^2
    double k = 0.0;
    double b = 0.0;
    double rss = 0.0;        // sum of squared residuals; about the mean when not determined
    bool determined = false; // false with fewer than two distinct f values
};

// `f` holds f(x) of each point, in order.
LineFit fitLine(const std::vector<double> &f, const PointSequence &points);

// What least squares says: fit y = k*f(x) + b for each family and pick the smallest residual.
// It knows nothing of the k, b or x ranges, which is why a learner can beat it.
class LeastSquaresBaseline
{
public:
    explicit LeastSquaresBaseline(const std::vector<FunctionFamily> &families);

    std::vector<FamilyFit> fit(const PointSequence &points) const;
    // Index of the family with the smallest residual; ties go to the lowest index.
    int classify(const PointSequence &points) const;

private:
    std::vector<ShapeFunction> m_shapes;
};

} // namespace curvelab
