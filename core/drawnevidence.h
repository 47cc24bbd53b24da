#pragma once

#include "functionfamily.h"
#include "point.h"
#include "shapefunction.h"

namespace curvelab {

// How strongly the points speak for one family in the drawn world (CurveWorld::Drawn), where k,
// b and the x window may be anything and a hand misses the curve by a share of its extent. The
// evidence is p(points | family, noise level) under the prior dk db / |k| that a change of units
// leaves alone, so its ratios between families do not depend on units: what the Bayes reference
// needs. It is an honest approximation, not the exact posterior (docs/drawnworld.md):
// - the jitter in x enters as jitter in y through the curve's slope (linearised);
// - the window is estimated from the points' own x span, widened by one gap at either end;
// - what the x values say is left out: every unit-free family draws them alike, and a family
//   that is not unit-free only rules itself out where a point leaves its x range.
class DrawnEvidence
{
public:
    // `unitFree` as isUnitFree(family): x may then be anything >= 0, else it must lie in the
    // family's x range.
    DrawnEvidence(const FunctionFamily &family, const ShapeFunction &shape, bool unitFree,
                  const PointSequence &points);

    // Whether the family can have drawn the points at all (x in its domain, g finite).
    bool possible() const { return m_possible; }
    // log p(points | family, level) up to a factor that every family shares; level is the
    // noise's share of the curve's extent (0: exact points, taken as a level of 1e-6). Points
    // that cannot tell families apart (two or fewer, or all at one x) give 0 for every family.
    double logEvidence(double level) const;

private:
    bool m_possible = true;
    bool m_informative = false;
    int m_n = 0;
    double m_logScale = 0.0; // -log(sum of weights)/2 - sum(log v_i)/2
    double m_syy = 0.0;      // weighted, centred sums of y and g, both standardised
    double m_sgy = 0.0;
    double m_sgg = 0.0;
    double m_span = 0.0; // extent of g over the estimated window, standardised
};

} // namespace curvelab
