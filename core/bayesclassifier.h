#pragma once

#include "curvegenerator.h"
#include "point.h"
#include "shapefunction.h"

#include <vector>

namespace curvelab {

// The Bayes-optimal classifier of a CurveGenerator: the posterior over families given the points,
// integrating over the k and b ranges (or using the fixed k and b of a FixedPerRun generator),
// with the x ranges and the noise as drawn. No learner can beat it on average: it is the ceiling
// the accuracy charts draw.
class BayesClassifier
{
public:
    // Uses the generator's families, noise and k,b mode; for FixedPerRun it needs the generator
    // itself to know the drawn k and b.
    explicit BayesClassifier(const CurveGenerator &generator);

    // Posterior probability of each family; uniform if no family can explain the points.
    std::vector<double> posterior(const PointSequence &points) const;
    int classify(const PointSequence &points) const;

private:
    double logEvidence(int family, const PointSequence &points) const;

    GeneratorConfig m_config;
    std::vector<ShapeFunction> m_shapes;
    std::vector<double> m_fixedK;
    std::vector<double> m_fixedB;
};

} // namespace curvelab
