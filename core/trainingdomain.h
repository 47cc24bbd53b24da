#pragma once

#include "functionfamily.h"

#include <vector>

namespace curvelab {

// Where the training data lives: the x values the families are drawn on and the y values their
// curves reach over all k and b. The canvas opens on it, and points far outside it are flagged,
// since the network never saw such values.
struct TrainingDomain
{
    Range x;
    Range y;

    // True if (x, y) lies within `slack` widths of the domain on either axis (0: inside).
    bool near(double x, double y, double slack) const;
};

// Families must be valid (validateFamilies). y is found by sampling each shape over its x range.
TrainingDomain trainingDomain(const std::vector<FunctionFamily> &families);

} // namespace curvelab
