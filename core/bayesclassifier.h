#pragma once

#include "curvegenerator.h"
#include "point.h"
#include "shapefunction.h"

#include <utility>
#include <vector>

namespace curvelab {

// The Bayes-optimal classifier of a CurveGenerator: the posterior over families given the points,
// integrating over the k and b ranges (or using the fixed k and b of a FixedPerRun generator),
// with the x ranges and the noise as drawn (a noise level drawn per sequence is integrated over
// its prior). No learner can beat it on average: it is the ceiling the accuracy charts draw.
// In the drawn world the posterior is an honest approximation (DrawnEvidence says which), close
// to the ceiling but not a proven one.
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
    std::vector<std::pair<double, double>> m_levels; // noise levels and their probabilities
    std::vector<ShapeFunction> m_shapes;
    std::vector<bool> m_unitFree;
    std::vector<double> m_fixedK;
    std::vector<double> m_fixedB;
};

} // namespace curvelab
