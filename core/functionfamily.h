#pragma once

#include <string>
#include <vector>

namespace curvelab {

// A half-open interval [lo, hi) that parameters and x values are drawn from.
struct Range
{
    double lo = 0.0;
    double hi = 1.0;

    double width() const { return hi - lo; }
    double mid() const { return 0.5 * (lo + hi); }
    bool contains(double v) const { return v >= lo && v < hi; }
    bool operator==(const Range &o) const { return lo == o.lo && hi == o.hi; }
};

// A family of curves y = k * shape(x) + b. Families are data, so that adding one never touches
// the generator, the trainer or the model: `shape` is an expression in x (muparser syntax).
struct FunctionFamily
{
    std::string name;
    std::string shape; // f(x), e.g. "x^2" or "sqrt(x)"
    Range x;
    Range k;
    Range b;

    // The family written out for people, e.g. "y = k*x^2 + b".
    std::string formula() const;
    bool operator==(const FunctionFamily &o) const;
};

// The three families of the original question, with its ranges:
// k ~ U[0,1), b ~ U[0,5), x ~ U[5,15) for line and parabola, x ~ U[5,10) for sqrt.
std::vector<FunctionFamily> originalFamilies();

// Throws std::invalid_argument with a readable reason when a family cannot be used
// (empty name, empty or unparsable shape, empty ranges).
void validateFamily(const FunctionFamily &family);
void validateFamilies(const std::vector<FunctionFamily> &families);

} // namespace curvelab
