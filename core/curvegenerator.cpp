#include "curvegenerator.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace curvelab {

CurveGenerator::CurveGenerator(GeneratorConfig config)
    : m_config(std::move(config)), m_rng(m_config.seed)
{
    validateFamilies(m_config.families);
    if (m_config.length < 1) {
        throw std::invalid_argument("sequence length must be at least 1");
    }
    if (!(m_config.noise >= 0.0) || !std::isfinite(m_config.noise)) {
        throw std::invalid_argument("noise must be a finite number >= 0");
    }
    m_shapes.reserve(m_config.families.size());
    for (const FunctionFamily &family : m_config.families) {
        m_shapes.emplace_back(family.shape);
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    m_fixedUk = unit(m_rng);
    m_fixedUb = unit(m_rng);
}

double CurveGenerator::draw(const Range &range)
{
    return std::uniform_real_distribution<double>(range.lo, range.hi)(m_rng);
}

double CurveGenerator::drawDefinedX(const FunctionFamily &family, const ShapeFunction &shape)
{
    // validateFamily() probes the range, but a pole between two probes (k/(x-5.001)+b) can still
    // be hit: draw again rather than feed NaN or infinity to the network.
    constexpr int kAttempts = 64;
    for (int i = 0; i < kAttempts; ++i) {
        const double x = draw(family.x);
        if (std::isfinite(shape(x))) {
            return x;
        }
    }
    throw std::runtime_error("family \"" + family.name + "\": " + family.formula() +
                             " is undefined almost everywhere on its x range");
}

CurveGenerator CurveGenerator::reseeded(std::uint64_t seed) const
{
    CurveGenerator copy(*this);
    copy.m_config.seed = seed;
    copy.m_rng.seed(seed);
    return copy;
}

double CurveGenerator::fixedK(int family) const
{
    const Range &k = m_config.families.at(family).k;
    return k.lo + m_fixedUk * k.width();
}

double CurveGenerator::fixedB(int family) const
{
    const Range &b = m_config.families.at(family).b;
    return b.lo + m_fixedUb * b.width();
}

LabelledSequence CurveGenerator::next()
{
    return next(m_config.length);
}

LabelledSequence CurveGenerator::next(int length)
{
    const int familyCount = static_cast<int>(m_config.families.size());
    const int family = std::uniform_int_distribution<int>(0, familyCount - 1)(m_rng);
    return sample(family, length);
}

LabelledSequence CurveGenerator::sample(int family, int length)
{
    const FunctionFamily &f = m_config.families.at(family);
    LabelledSequence s;
    s.label = family;
    if (m_config.kbMode == KbMode::FixedPerRun) {
        s.k = fixedK(family);
        s.b = fixedB(family);
    } else {
        s.k = draw(f.k);
        s.b = draw(f.b);
    }
    const ShapeFunction &shape = m_shapes[static_cast<std::size_t>(family)];
    s.points.resize(static_cast<std::size_t>(std::max(length, 0)));
    for (Point &p : s.points) {
        p.x = drawDefinedX(f, shape);
    }
    if (m_config.xOrder == XOrder::Sorted) {
        std::sort(s.points.begin(), s.points.end(),
                  [](const Point &a, const Point &b) { return a.x < b.x; });
    }
    std::normal_distribution<double> noise(0.0, 1.0);
    for (Point &p : s.points) {
        p.y = s.k * shape(p.x) + s.b;
        if (m_config.noise > 0.0) {
            p.y += m_config.noise * noise(m_rng);
        }
    }
    return s;
}

std::vector<LabelledSequence> CurveGenerator::batch(int count, int length)
{
    std::vector<LabelledSequence> out;
    out.reserve(static_cast<std::size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        out.push_back(next(length));
    }
    return out;
}

} // namespace curvelab
