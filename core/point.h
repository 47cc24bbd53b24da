#pragma once

#include <vector>

namespace curvelab {

struct Point
{
    double x = 0.0;
    double y = 0.0;
};

using PointSequence = std::vector<Point>;

} // namespace curvelab
