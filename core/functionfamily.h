#pragma once

#include "message.h"

#include <optional>
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
    // The point a share t in [0, 1] across, for probes: lo + width*i/n overflows when width*i
    // does not fit a double, lo + width*(i/n) never does.
    double at(double t) const { return lo + (hi - lo) * t; }
    bool contains(double v) const { return v >= lo && v < hi; }
    bool operator==(const Range &o) const { return lo == o.lo && hi == o.hi; }
};

// A family of curves y = k * g(x) + b. Families are data, so that adding one never touches
// the generator, the trainer or the model. `shape` is a muparser formula: either the whole family
// in x, k and b ("k*sin(x)+b", as people type it) or just g(x) ("x^2", as the built-in families
// and older model files have it). Both read the same way: g(x) is the formula at k = 1, b = 0.
struct FunctionFamily
{
    std::string name;
    std::string shape; // "k*sin(x)+b", or g(x) alone such as "x^2" or "sqrt(x)"
    Range x;
    Range k;
    Range b;

    // The family written out for people, e.g. "y = k*x^2 + b" or "y = k*sin(x)+b".
    std::string formula() const;
    bool operator==(const FunctionFamily &o) const;
};

// The three families of the original question, with its ranges:
// k ~ U[0,1), b ~ U[0,5), x ~ U[5,15) for line and parabola, x ~ U[5,10) for sqrt.
std::vector<FunctionFamily> originalFamilies();

// The longest family name, in characters: it labels a legend entry and a probability bar.
constexpr int kMaxFamilyNameLength = 40;
// The most families a setup keeps at hand, ticked or not (a lesson file, the settings, the setup
// panel); a model tells at most kMaxFamilies of them apart.
constexpr int kMaxListedFamilies = 16;

// Throws InvalidInput (a std::invalid_argument) with a readable reason when a family cannot be
// used: empty name or
// one that is not a line of at most kMaxFamilyNameLength printable characters,
// empty or unparsable formula (with the parser's reason and position), empty ranges, a formula
// that is not k*g(x) + b in k and b (least squares and the features fit k and b as a line; read
// by analyseFormula(), see affineform.h), or one that is undefined somewhere on its x range. A
// reason about one family reads "family \"name\": " followed by the reason, a phrase of its own.
void validateFamily(const FunctionFamily &family);
void validateFamilies(const std::vector<FunctionFamily> &families);

// A family whose x range is cut to where its formula is defined.
struct NarrowedFamily
{
    FunctionFamily family;
    // For people, e.g. why x now starts at 0.01; none when nothing was cut.
    std::optional<Message> why;
};

// Keeps the longest stretch of the x range on which g(x) is finite (log(x) on 0..10 keeps
// 0.01..10; k/(x-5)+b keeps 0..4.99), rounded inward to a thousandth of the range's scale, so
// that no curve is ever drawn through NaN. Throws InvalidInput when the formula does not parse or
// is defined nowhere on the range.
NarrowedFamily narrowToDefined(const FunctionFamily &family);

// Whether a change of units maps the family onto itself: g is defined on every x > 0 and, for
// every a > 0, g(a*x) = alpha*g(x) + beta, so that rescaling x only changes k and b. True of
// every k*x^p + b (line, parabola, root) and of k*log(x) + b; false of k*sin(x) + b or
// k*exp(x) + b, whose shape depends on where on the x axis the points lie. Unit-free families are
// drawn at any scale in the drawn world, and the unit-free features ignore where their x lies.
bool isUnitFree(const FunctionFamily &family);

} // namespace curvelab
