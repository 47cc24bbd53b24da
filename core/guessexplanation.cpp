#include "guessexplanation.h"

#include "leastsquaresbaseline.h"
#include "textfields.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace curvelab {

namespace {

// Fewer points fit every family exactly: least squares has no verdict yet.
constexpr std::size_t kLeastSquaresPoints = 3;
// A fitted k or b this many range widths beyond its range is far from anything trained on.
constexpr double kFarWidths = 0.5;
// Residuals within this factor of each other fit "about as well".
constexpr double kCloseFit = 1.5;
// Below this probability the network has not made up its mind.
constexpr float kUnsure = 0.6f;

std::string number(double v)
{
    return roundedNumber(v, 3);
}

std::string percent(float p)
{
    return std::to_string(static_cast<int>(std::lround(100.0f * p))) + "%";
}

bool farOutside(double value, const Range &range)
{
    const double margin = kFarWidths * range.width();
    return value < range.lo - margin || value > range.hi + margin;
}

// "k = 9.7 ... k from 0 to 1", for the parameters of `fit` far outside the family's ranges.
std::string outsideRanges(const FamilyFit &fit, const FunctionFamily &family)
{
    std::string needs;
    std::string learned;
    for (const auto &[name, value, range] :
         {std::tuple{"k", fit.k, family.k}, std::tuple{"b", fit.b, family.b}}) {
        if (farOutside(value, range)) {
            needs += std::string(needs.empty() ? "" : " and ") + name + " = " + number(value);
            learned += std::string(learned.empty() ? "" : " and ") + name + " from " +
                       number(range.lo) + " to " + number(range.hi);
        }
    }
    if (needs.empty()) {
        return {};
    }
    return "The best-fitting " + family.name + " has " + needs + ", but this network only saw " +
           family.name + " curves with " + learned + ".";
}

} // namespace

std::vector<SequenceNote> explainGuess(const PointSequence &points, const ModelSpec &spec,
                                       const std::vector<float> &probabilities)
{
    std::vector<SequenceNote> notes;
    if (points.size() < kLeastSquaresPoints || probabilities.size() != spec.families.size()) {
        return notes;
    }
    const auto top = std::max_element(probabilities.begin(), probabilities.end());
    const auto guess = static_cast<std::size_t>(top - probabilities.begin());
    const LeastSquaresBaseline leastSquares(spec.families);
    const std::vector<FamilyFit> fits = leastSquares.fit(points);
    const auto best = static_cast<std::size_t>(leastSquares.classify(points));
    const FunctionFamily &bestFamily = spec.families[best];
    const FunctionFamily &guessed = spec.families[guess];

    // A family-fit network weighs k and b against the ranges it learned; a unit-free or raw one
    // does not know them.
    std::string ranges;
    if (spec.preprocessing == Preprocessing::FamilyFit && fits[best].determined) {
        ranges = outsideRanges(fits[best], bestFamily);
    }
    if (!ranges.empty()) {
        if (best != guess) {
            ranges += " That is why it does not believe a " + bestFamily.name + " here.";
        }
        notes.push_back({SequenceNote::Kind::Warning, ranges, {}});
    } else if (best != guess) {
        const std::string fitText = "Least squares fits a " + bestFamily.name + " best (rms " +
                                    number(fits[best].residual) + " against " +
                                    number(fits[guess].residual) + " for a " + guessed.name + ")";
        const bool close = fits[guess].residual <= kCloseFit * fits[best].residual;
        notes.push_back(
            {SequenceNote::Kind::Info,
             fitText + (close ? ": the two fit about equally well, and the network leans the "
                                "other way. A few more points will tell them apart."
                              : ", far better than the " + guessed.name +
                                    " the network names: this network has not learned points "
                                    "like these."),
             {}});
    }
    if (*top < kUnsure) {
        std::vector<std::size_t> order(probabilities.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return probabilities[a] > probabilities[b];
        });
        notes.push_back({SequenceNote::Kind::Info,
                         "The network cannot tell yet: " + spec.families[order[0]].name + " " +
                             percent(probabilities[order[0]]) + ", " +
                             spec.families[order[1]].name + " " + percent(probabilities[order[1]]) +
                             ".",
                         {}});
    }
    return notes;
}

} // namespace curvelab
