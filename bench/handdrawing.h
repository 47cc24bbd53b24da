#pragma once

#include "point.h"

#include <cstdint>
#include <random>
#include <vector>

namespace curvelab::bench {

// A drawing of one curve, and what was meant.
struct Drawing
{
    int family = 0; // 0 line, 1 parabola, 2 root: the original families' order
    PointSequence points;
};

// Points as a person clicks them along a curve, independent of CurveGenerator so that the
// network is not judged on its own training distribution: a curve y = k*g(x) + b of any scale
// (k of either sign and |k|, |b| and the right end of the x window over six decades), shown
// fitted to a plot of `width` x `height` pixels, clicked left to right with a slip now and then,
// each click off by Gaussian jitter of `jitterPixels` in x and in y. The window starts at 0 or
// at up to `latestStart` of its right end, so that the bend of a parabola or a root shows (at
// 0.6 the middle of a parabola strays 6% of the plot's height from the chord).
struct HandDrawingOptions
{
    double width = 500.0;
    double height = 350.0;
    double jitterPixels = 3.0;
    double latestStart = 0.6;
    std::uint64_t seed = 1;
};

class HandDrawing
{
public:
    explicit HandDrawing(HandDrawingOptions options);

    // `points` clicks along a curve of `family`, spread over its window.
    Drawing draw(int family, int points);

private:
    HandDrawingOptions m_options;
    std::mt19937_64 m_rng;
};

// Measurements as a lab class takes them, in their own units: Ohm's law, uniform motion,
// free fall, braking distance, kinetic energy, a falling height, a pendulum's period, a fall
// time, a speed from a height and waves on a string. Each set measures one law at `points`
// evenly spaced settings of x, every y off by Gaussian noise of `relativeNoise` of its value.
class LabMeasurements
{
public:
    LabMeasurements(double relativeNoise, std::uint64_t seed);

    Drawing measure(int points);
    // The law of the last measure(), for reports.
    const char *lastLaw() const { return m_lastLaw; }

private:
    double m_relativeNoise;
    std::mt19937_64 m_rng;
    const char *m_lastLaw = "";
};

} // namespace curvelab::bench
