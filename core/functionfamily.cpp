#include "functionfamily.h"

#include "shapefunction.h"

#include <cmath>
#include <stdexcept>

namespace curvelab {

std::string FunctionFamily::formula() const
{
    return "y = k*" + (shape.find_first_of("+-") == std::string::npos ? shape : "(" + shape + ")") +
           " + b";
}

bool FunctionFamily::operator==(const FunctionFamily &o) const
{
    return name == o.name && shape == o.shape && x == o.x && k == o.k && b == o.b;
}

std::vector<FunctionFamily> originalFamilies()
{
    const Range k{0.0, 1.0};
    const Range b{0.0, 5.0};
    return {
        {"line", "x", {5.0, 15.0}, k, b},
        {"parabola", "x^2", {5.0, 15.0}, k, b},
        {"sqrt", "sqrt(x)", {5.0, 10.0}, k, b},
    };
}

namespace {

void validateRange(const FunctionFamily &family, const char *what, const Range &r)
{
    if (!std::isfinite(r.lo) || !std::isfinite(r.hi) || !(r.lo < r.hi)) {
        throw std::invalid_argument("family \"" + family.name + "\": the " + what +
                                    " range must be two finite numbers, low < high");
    }
    // Curves are drawn across the range (uniform_real_distribution requires high - low to be
    // finite) and x is probed across it: a width that overflows turns both into NaN.
    if (!std::isfinite(r.width())) {
        throw std::invalid_argument("family \"" + family.name + "\": the " + what +
                                    " range is too wide (high - low must be a finite number)");
    }
}

} // namespace

void validateFamily(const FunctionFamily &family)
{
    if (family.name.empty()) {
        throw std::invalid_argument("a family needs a name");
    }
    if (family.name.find_first_of(",;\n\r") != std::string::npos) {
        throw std::invalid_argument("family \"" + family.name +
                                    "\": a name cannot contain ',', ';' or a line break");
    }
    validateRange(family, "x", family.x);
    validateRange(family, "k", family.k);
    validateRange(family, "b", family.b);
    const ShapeFunction f(family.shape); // throws with the parser's reason
    // Probe the x range: a shape undefined there would feed NaN to the network.
    constexpr int kProbes = 64;
    for (int i = 0; i <= kProbes; ++i) {
        const double x = family.x.lo + family.x.width() * i / kProbes;
        if (!std::isfinite(f(x))) {
            throw std::invalid_argument("family \"" + family.name + "\": f(x) = " + family.shape +
                                        " is undefined at x = " + std::to_string(x));
        }
    }
}

void validateFamilies(const std::vector<FunctionFamily> &families)
{
    if (families.size() < 2) {
        throw std::invalid_argument("at least two families are needed to classify");
    }
    for (std::size_t i = 0; i < families.size(); ++i) {
        validateFamily(families[i]);
        for (std::size_t j = 0; j < i; ++j) {
            if (families[j].name == families[i].name) {
                throw std::invalid_argument("two families are named \"" + families[i].name + "\"");
            }
        }
    }
}

} // namespace curvelab
