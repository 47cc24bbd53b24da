#pragma once

#include "functionfamily.h"
#include "point.h"
#include "shapefunction.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace curvelab {

enum class KbMode
{
    PerSequence, // k and b drawn afresh for every sequence: the general task
    FixedPerRun  // drawn once per run and kept, as in the accepted answer
};

enum class XOrder
{
    Random,      // x drawn independently, fed in the order drawn (the question)
    Sorted,      // ascending x
    MostlySorted // as a hand clicks: left to right with a few slips, now and then right to left
};

// Where the curves come from (docs/drawnworld.md).
enum class CurveWorld
{
    // The question's world: k, b and x from each family's own ranges, noise in units of y.
    Seed,
    // What people draw and measure: k of either sign over six orders of magnitude, any b, an x
    // window anywhere in x > 0 from narrow to wide (families that are not unit-free keep their
    // own x range), and noise in x and y as a share of the curve's extent on screen.
    Drawn
};

enum class NoiseSpread
{
    Fixed,      // every sequence has the level `noise`
    PerSequence // a level per sequence: none for a quarter of them, else log-uniform up to `noise`
};

struct GeneratorConfig
{
    std::vector<FunctionFamily> families = originalFamilies();
    // Points per training sequence, as in the original question.
    int length = 8;
    KbMode kbMode = KbMode::PerSequence;
    CurveWorld world = CurveWorld::Seed;
    // The noise level: in the seed world the standard deviation of Gaussian noise on y; in the
    // drawn world that of the noise on x and on y as a share of the curve's width and height.
    double noise = 0.0;
    NoiseSpread noiseSpread = NoiseSpread::Fixed;
    XOrder xOrder = XOrder::Random;
    std::uint64_t seed = 1;
};

// Throws std::invalid_argument with the reason when no generator can be built from `config`:
// bad families, no points, negative or non-finite noise, fixed k and b in the drawn world.
void validateGenerator(const GeneratorConfig &config);

std::string toString(CurveWorld world);
std::string toString(XOrder order);
// Both throw std::invalid_argument on an unknown name.
CurveWorld curveWorldFromString(const std::string &name);
XOrder xOrderFromString(const std::string &name);

// The noise levels of NoiseSpread::PerSequence: none with probability exactShare, else
// log-uniform between lowestShare * noise and noise. Each world has its own: typed and generated
// points are often exact in the seed world, and a noisy sequence's level may be anything, while
// a hand is never exact and jitters by a share of the plot within a hundredfold
// (docs/drawnworld.md, docs/presets.md).
struct NoisePrior
{
    double exactShare = 0.0;
    double lowestShare = 1.0;
};
NoisePrior noisePrior(CurveWorld world);

struct LabelledSequence
{
    int label = 0; // index into GeneratorConfig::families
    double k = 0.0;
    double b = 0.0;
    double noise = 0.0; // the level this sequence was drawn with
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
    // An x of the range where the family's formula is finite.
    double drawDefinedX(const FunctionFamily &family, const ShapeFunction &shape,
                        const Range &range);
    double drawNoiseLevel();
    void order(PointSequence::iterator first, PointSequence::iterator last);
    // Draws the x of [first, last) over the window (spread evenly or at random) and orders them.
    void placeAcross(PointSequence::iterator first, PointSequence::iterator last, int family,
                     const Range &window);
    void sampleSeed(LabelledSequence &s, const ShapeFunction &shape);
    void sampleDrawn(LabelledSequence &s, const ShapeFunction &shape);
    // The drawn world's x window for a family.
    Range drawWindow(int family);

    GeneratorConfig m_config;
    std::vector<ShapeFunction> m_shapes;
    std::vector<bool> m_unitFree;
    std::mt19937_64 m_rng;
    // FixedPerRun draws one (u_k, u_b) in [0,1)^2 and maps it into each family's ranges, so that
    // families with equal ranges share k and b exactly as the accepted answer's did.
    double m_fixedUk = 0.0;
    double m_fixedUb = 0.0;
};

} // namespace curvelab
