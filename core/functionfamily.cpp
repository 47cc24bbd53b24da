#include "functionfamily.h"

#include "affineform.h"
#include "shapefunction.h"
#include "textfields.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <stdexcept>

namespace curvelab {

namespace {

bool namesParameters(const std::string &shape)
{
    try {
        return ShapeFunction(shape).usesParameters();
    } catch (const std::invalid_argument &) {
        return false;
    }
}

} // namespace

std::string FunctionFamily::formula() const
{
    if (namesParameters(shape)) {
        return "y = " + shape;
    }
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

// `reason`, said of the family named `name`. The reason is a phrase of its own, so that the family
// dialog, which edits one family, can show it alone.
InvalidInput aboutFamily(const std::string &name, Message reason)
{
    return InvalidInput(Message(CURVELAB_WORDING("curvelab::functionfamily", "family \"%1\": %2"),
                                {name, std::move(reason)}));
}

// `what` is the range's variable: x, k or b.
void validateRange(const FunctionFamily &family, const char *what, const Range &r)
{
    if (!std::isfinite(r.lo) || !std::isfinite(r.hi) || !(r.lo < r.hi)) {
        throw aboutFamily(family.name,
                          Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                   "the %1 range must be two finite numbers, "
                                                   "low < high"),
                                  {what}));
    }
    // Curves are drawn across the range (uniform_real_distribution requires high - low to be
    // finite) and x is probed across it: a width that overflows turns both into NaN.
    if (!std::isfinite(r.width())) {
        throw aboutFamily(family.name,
                          Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                   "the %1 range is too wide (high - low must "
                                                   "be a finite number)"),
                                  {what}));
    }
}

// Probes the x range: a formula undefined there would feed NaN to the network.
void checkDefined(const FunctionFamily &family, const ShapeFunction &f)
{
    constexpr int kProbes = 64;
    for (int i = 0; i <= kProbes; ++i) {
        const double x = family.x.at(static_cast<double>(i) / kProbes);
        if (!std::isfinite(f(x))) {
            // The x as it is, not rounded: the probe it names is where the formula fails.
            throw aboutFamily(family.name, Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                                    "%1 is undefined at x = %2"),
                                                   {family.formula(), formatNumber(x)}));
        }
    }
}

// Least squares, the features and the Bayes reference all fit k and b as a line through
// (g(x), y), so a formula such as sin(k*x)+b cannot be a family. The formula is read, not sampled:
// k*x + b + (k>3)*x^2 agrees with k*x + b at every k <= 3.
void checkAffine(const FunctionFamily &family)
{
    const AffineForm form = analyseFormula(family.shape);
    switch (form.verdict) {
    case AffineForm::Verdict::Shape:
    case AffineForm::Verdict::Affine:
        return;
    case AffineForm::Verdict::NotAffine:
        throw aboutFamily(family.name,
                          Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                   "%1 must have the form k*g(x) + b: %2"),
                                  {family.shape, *form.reason}));
    case AffineForm::Verdict::CannotConfirm:
        throw aboutFamily(family.name,
                          Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                   "%1 must have the form k*g(x) + b, which "
                                                   "cannot be confirmed: %2"),
                                  {family.shape, *form.reason}));
    }
}

// Between an x where f is undefined and one where it is defined, the defined x closest to the
// border, by bisection.
double definedBorder(const ShapeFunction &f, double undefinedX, double definedX)
{
    constexpr int kHalvings = 64;
    for (int i = 0; i < kHalvings; ++i) {
        const double mid = 0.5 * (undefinedX + definedX);
        (std::isfinite(f(mid)) ? definedX : undefinedX) = mid;
    }
    return definedX;
}

// `x` moved towards `inward` to the nearest multiple of a thousandth of the range's scale, so
// that the note reads "0.01..10", not "4.4e-16..10".
double roundedInward(double x, double inward, const Range &range)
{
    const double scale = std::pow(10.0, 3.0 - std::floor(std::log10(range.width())));
    const double r = (inward > x ? std::ceil(x * scale) : std::floor(x * scale)) / scale;
    return std::isfinite(r) ? r : x;
}

} // namespace

NarrowedFamily narrowToDefined(const FunctionFamily &family)
{
    validateRange(family, "x", family.x);
    const ShapeFunction f(family.shape);
    constexpr int kProbes = 256;
    const auto probe = [&](int i) { return family.x.at(static_cast<double>(i) / kProbes); };
    // The longest run of probes where f is defined.
    int bestFirst = 0;
    int bestLength = 0;
    int runFirst = -1;
    for (int i = 0; i <= kProbes; ++i) {
        if (!std::isfinite(f(probe(i)))) {
            runFirst = -1;
            continue;
        }
        runFirst = runFirst < 0 ? i : runFirst;
        if (i - runFirst + 1 > bestLength) {
            bestFirst = runFirst;
            bestLength = i - runFirst + 1;
        }
    }
    if (bestLength == 0) {
        throw aboutFamily(
            family.name,
            Message(CURVELAB_WORDING("curvelab::functionfamily",
                                     "%1 is undefined everywhere on x = %2..%3"),
                    {family.formula(), formatNumber(family.x.lo), formatNumber(family.x.hi)}));
    }
    if (bestLength == kProbes + 1) {
        return {family, {}};
    }
    const int last = bestFirst + bestLength - 1;
    const double mid = 0.5 * (probe(bestFirst) + probe(last));
    Range x{probe(bestFirst), probe(last)};
    double example = 0.0;
    if (bestFirst > 0) {
        x.lo = definedBorder(f, probe(bestFirst - 1), x.lo);
        example = probe(bestFirst - 1);
    }
    if (last < kProbes) {
        x.hi = definedBorder(f, probe(last + 1), x.hi);
        example = probe(last + 1);
    }
    const Range rounded{roundedInward(x.lo, mid, family.x), roundedInward(x.hi, mid, family.x)};
    if (rounded.lo < rounded.hi && std::isfinite(f(rounded.lo)) && std::isfinite(f(rounded.hi))) {
        x = rounded;
    }
    NarrowedFamily out{family, {}};
    out.family.x = x;
    // Exact numbers: the ranges read back as the fields show them.
    out.why = Message(CURVELAB_WORDING("curvelab::functionfamily",
                                       "%1 is undefined on part of x = %2..%3 (at x = %4, for "
                                       "one); x narrowed to %5..%6, where it is defined"),
                      {family.formula(), formatNumber(family.x.lo), formatNumber(family.x.hi),
                       formatNumber(example), formatNumber(x.lo), formatNumber(x.hi)});
    return out;
}

namespace {

// Probes of isUnitFree(): x over six decades, and scales a that stretch and shrink it.
constexpr int kUnitProbes = 61;
constexpr double kUnitLowX = 1e-3;
constexpr double kUnitDecades = 6.0;
constexpr std::array<double, 6> kUnitScales = {1e-2, 0.1, 0.5, 2.0, 7.0, 100.0};
// g(a*x) counts as affine in g(x) when the fit leaves at most this share of its spread: far
// above the rounding of the sums (about 1e-8 of the spread), far below any real misfit.
constexpr double kUnitTolerance = 1e-6;

// Whether `v` is an affine function of `u`, to within rounding.
bool isAffineIn(const std::vector<double> &u, const std::vector<double> &v)
{
    const double n = static_cast<double>(u.size());
    double mu = 0.0;
    double mv = 0.0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        mu += u[i] / n;
        mv += v[i] / n;
    }
    double suu = 0.0;
    double suv = 0.0;
    double svv = 0.0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        suu += (u[i] - mu) * (u[i] - mu);
        suv += (u[i] - mu) * (v[i] - mv);
        svv += (v[i] - mv) * (v[i] - mv);
    }
    if (!(suu > 0.0)) {
        return !(svv > 0.0);
    }
    const double rss = std::max(svv - suv * suv / suu, 0.0);
    return std::isfinite(rss) && rss <= kUnitTolerance * kUnitTolerance * svv;
}

} // namespace

namespace {

bool probeUnitFree(const std::string &shape)
{
    ShapeFunction g(shape);
    const auto probe = [](int i) {
        return kUnitLowX * std::pow(10.0, kUnitDecades * i / (kUnitProbes - 1));
    };
    std::vector<double> base(kUnitProbes);
    for (int i = 0; i < kUnitProbes; ++i) {
        base[static_cast<std::size_t>(i)] = g(probe(i));
    }
    std::vector<double> scaled(kUnitProbes);
    for (double a : kUnitScales) {
        for (int i = 0; i < kUnitProbes; ++i) {
            scaled[static_cast<std::size_t>(i)] = g(a * probe(i));
        }
        const auto finite = [](double v) { return std::isfinite(v); };
        if (!std::all_of(base.begin(), base.end(), finite) ||
            !std::all_of(scaled.begin(), scaled.end(), finite) || !isAffineIn(base, scaled)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isUnitFree(const FunctionFamily &family)
{
    // Asked for every encoder, model spec and note, of a handful of shapes: probe each once (a few
    // hundred evaluations and a parse), from any thread.
    static std::mutex mutex;
    static std::map<std::string, bool> known;
    const std::lock_guard<std::mutex> lock(mutex);
    const auto found = known.find(family.shape);
    if (found != known.end()) {
        return found->second;
    }
    const bool unitFree = probeUnitFree(family.shape);
    // Bounded, whatever a person types into the family dialog over a day.
    constexpr std::size_t kMostShapes = 256;
    if (known.size() >= kMostShapes) {
        known.clear();
    }
    known.emplace(family.shape, unitFree);
    return unitFree;
}

void validateFamily(const FunctionFamily &family)
{
    if (family.name.empty()) {
        throw InvalidInput(
            Message(CURVELAB_WORDING("curvelab::functionfamily", "a family needs a name")));
    }
    // A name is a label on a chart, a column of classify's CSV and a word in messages: one line
    // of printable text. Control characters (a NUL, an escape that moves a terminal's cursor)
    // could fake a message; ',' and ';' would split a CSV cell or a --family list.
    const bool printable = std::none_of(family.name.begin(), family.name.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f || c == ',' || c == ';';
    });
    if (!printable) {
        throw InvalidInput(Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                    "a family's name cannot contain ',', ';', a "
                                                    "line break or another control character")));
    }
    // Characters, not bytes: UTF-8 continuation bytes do not count.
    const auto length = std::count_if(family.name.begin(), family.name.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    if (length > kMaxFamilyNameLength) {
        throw aboutFamily(family.name.substr(0, 40) + "...",
                          Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                   "a name has at most %1 characters"),
                                  {kMaxFamilyNameLength}));
    }
    validateRange(family, "x", family.x);
    validateRange(family, "k", family.k);
    validateRange(family, "b", family.b);
    const ShapeFunction f(family.shape); // throws with the parser's reason
    checkDefined(family, f);
    // A shape alone is k*g(x) + b by construction (ShapeFunction::evaluate).
    if (f.usesParameters()) {
        checkAffine(family);
    }
}

void validateFamilies(const std::vector<FunctionFamily> &families)
{
    if (families.size() < 2) {
        throw InvalidInput(Message(CURVELAB_WORDING("curvelab::functionfamily",
                                                    "at least two families are needed to "
                                                    "classify")));
    }
    for (std::size_t i = 0; i < families.size(); ++i) {
        validateFamily(families[i]);
        for (std::size_t j = 0; j < i; ++j) {
            if (families[j].name == families[i].name) {
                throw InvalidInput(Message(
                    CURVELAB_WORDING("curvelab::functionfamily", "two families are named \"%1\""),
                    {families[i].name}));
            }
        }
    }
}

} // namespace curvelab
