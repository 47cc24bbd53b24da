// Family formulas on arbitrary text: ShapeFunction compiles and evaluates the shape, and
// validateFamily checks a whole family. std::invalid_argument is their answer to a bad family;
// any other exception, a crash, a leak, undefined behaviour or a hang is a bug.
//
// Input, so that seeds stay readable and mutations stay meaningful:
//   line 1  the shape, e.g. "sqrt(x)"
//   line 2  the family's name (optional)
//   line 3  x.lo x.hi k.lo k.hi b.lo b.hi, separated by spaces (optional, each may be missing)
// Shapes with a line break in them reach muparser through the model-file target.
#include "functionfamily.h"
#include "shapefunction.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace curvelab;

namespace {

// A broken promise rather than a crash: says which one before stopping, so that the report names
// it and libFuzzer keeps the input.
[[noreturn]] void fail(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTiny = std::numeric_limits<double>::denorm_min();
// x values where formulas tend to break: zero, signs, the edges of double, NaN and infinity.
constexpr double kProbes[] = {0.0,   -0.0,   1.0,   -1.0, 0.5,  2.0,  1e-300,
                              1e300, -1e300, kTiny, kNaN, kInf, -kInf};

std::string_view nextLine(std::string_view &text)
{
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    return line;
}

// Overwrites `value` with the next space-separated number, if there is one that parses.
void readNumber(std::string_view &text, double &value)
{
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    const std::size_t end = std::min(text.find(' '), text.size());
    double parsed = 0.0;
    const std::from_chars_result r = std::from_chars(text.data(), text.data() + end, parsed);
    if (r.ec == std::errc() && r.ptr == text.data() + end) {
        value = parsed;
    }
    text.remove_prefix(end);
}

FunctionFamily familyFrom(std::string_view text)
{
    // Defaults: the original question's ranges, so that a bare formula is checked where it is used.
    FunctionFamily family{"fuzz", "", {5.0, 15.0}, {0.0, 1.0}, {0.0, 5.0}};
    family.shape = std::string(nextLine(text));
    if (!text.empty()) {
        family.name = std::string(nextLine(text));
    }
    std::string_view numbers = nextLine(text);
    for (double *value :
         {&family.x.lo, &family.x.hi, &family.k.lo, &family.k.hi, &family.b.lo, &family.b.hi}) {
        readNumber(numbers, *value);
    }
    return family;
}

void evaluate(const std::string &shape)
{
    try {
        const ShapeFunction f(shape);
        const ShapeFunction copy = f; // copies re-parse: they must agree with the original
        for (double x : kProbes) {
            const double a = f(x);
            const double b = copy(x);
            if (!(a == b || (std::isnan(a) && std::isnan(b)))) {
                fail("a copy of a ShapeFunction computes what the original does");
            }
        }
    } catch (const std::invalid_argument &) {
    }
}

// CurveGenerator draws from each range with uniform_real_distribution, whose precondition is
// hi - lo <= the largest double; the probes of validateFamily need it as well.
void checkAccepted(const FunctionFamily &family)
{
    for (const Range *r : {&family.x, &family.k, &family.b}) {
        if (!std::isfinite(r->width()) || !(r->lo < r->hi)) {
            fail("an accepted family has ranges of finite, positive width");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const FunctionFamily family =
        familyFrom(std::string_view(reinterpret_cast<const char *>(data), size));
    evaluate(family.shape);
    try {
        validateFamily(family);
    } catch (const std::invalid_argument &) {
        return 0;
    }
    checkAccepted(family);
    return 0;
}
