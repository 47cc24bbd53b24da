#pragma once

#include "functionfamily.h"
#include "point.h"
#include "shapefunction.h"

#include <cstdint>
#include <random>
#include <vector>

namespace curvelab {

enum class KbMode
{
    PerSequence, // k and b drawn afresh for every sequence: the general task
    FixedPerRun  // drawn once per run and kept, as in the accepted answer
};

enum class XOrder
{
    Random, // x drawn independently, fed in the order drawn (the question)
    Sorted  // ascending x
};

struct GeneratorConfig
{
    std::vector<FunctionFamily> families = originalFamilies();
    // Points per training sequence, as in the original question.
    int length = 8;
    KbMode kbMode = KbMode::PerSequence;
    // Standard deviation of Gaussian noise added to every y.
    double noise = 0.0;
    XOrder xOrder = XOrder::Random;
    std::uint64_t seed = 1;
};

struct LabelledSequence
{
    int label = 0; // index into GeneratorConfig::families
    double k = 0.0;
    double b = 0.0;
    PointSequence points;
};

// Draws labelled sequences on the fly. One seed reproduces the whole stream exactly.
class CurveGenerator
{
public:
    explicit CurveGenerator(GeneratorConfig config);

    LabelledSequence next();
    LabelledSequence next(int length);
    // A sequence of the given family, e.g. for "Sample" on the canvas.
    LabelledSequence sample(int family, int length);
    std::vector<LabelledSequence> batch(int count, int length);

    // A generator with this one's config and fixed k,b but its own stream of sequences: a test
    // set for a FixedPerRun run must ask about the very curves that training sees.
    CurveGenerator reseeded(std::uint64_t seed) const;

    const GeneratorConfig &config() const { return m_config; }
    // The k and b that FixedPerRun uses for a family.
    double fixedK(int family) const;
    double fixedB(int family) const;

private:
    double draw(const Range &range);
    // An x of the family's range where its formula is finite.
    double drawDefinedX(const FunctionFamily &family, const ShapeFunction &shape);

    GeneratorConfig m_config;
    std::vector<ShapeFunction> m_shapes;
    std::mt19937_64 m_rng;
    // FixedPerRun draws one (u_k, u_b) in [0,1)^2 and maps it into each family's ranges, so that
    // families with equal ranges share k and b exactly as the accepted answer's did.
    double m_fixedUk = 0.0;
    double m_fixedUb = 0.0;
};

} // namespace curvelab
