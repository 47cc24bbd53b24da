#include "guessexplanation.h"

#include "leastsquaresbaseline.h"

#include <algorithm>
#include <cmath>
#include <optional>

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

// Values in the explanations, to 3 significant digits.
MessageArgument number(double v)
{
    return {v, 3};
}

MessageArgument percent(float p)
{
    return static_cast<int>(std::lround(100.0f * p));
}

bool farOutside(double value, const Range &range)
{
    const double margin = kFarWidths * range.width();
    return value < range.lo - margin || value > range.hi + margin;
}

// "The best-fitting line has k = 9.7, but this network only saw line curves with k from 0 to 1.",
// for the parameters of `fit` far outside the family's ranges; nothing when both are inside.
std::optional<Message> outsideRanges(const FamilyFit &fit, const FunctionFamily &family)
{
    const bool kFar = farOutside(fit.k, family.k);
    const bool bFar = farOutside(fit.b, family.b);
    if (kFar && bFar) {
        return Message(CURVELAB_WORDING("curvelab::guessexplanation",
                                        "The best-fitting %1 has k = %2 and b = %3, but this "
                                        "network only saw %1 curves with k from %4 to %5 and b "
                                        "from %6 to %7."),
                       {family.name, number(fit.k), number(fit.b), number(family.k.lo),
                        number(family.k.hi), number(family.b.lo), number(family.b.hi)});
    }
    if (kFar || bFar) {
        const Range &range = kFar ? family.k : family.b;
        return Message(CURVELAB_WORDING("curvelab::guessexplanation",
                                        "The best-fitting %1 has %2 = %3, but this network only "
                                        "saw %1 curves with %2 from %4 to %5."),
                       {family.name, kFar ? "k" : "b", number(kFar ? fit.k : fit.b),
                        number(range.lo), number(range.hi)});
    }
    return std::nullopt;
}

// Least squares and the network disagree: say by how much.
Message disagreement(const FamilyFit &best, const FunctionFamily &bestFamily,
                     const FamilyFit &guessed, const FunctionFamily &guessedFamily)
{
    const std::vector<MessageArgument> fits{bestFamily.name, number(best.residual),
                                            number(guessed.residual), guessedFamily.name};
    if (guessed.residual <= kCloseFit * best.residual) {
        return Message(CURVELAB_WORDING("curvelab::guessexplanation",
                                        "Least squares fits a %1 best (rms %2 against %3 for a "
                                        "%4): the two fit about equally well, and the network "
                                        "leans the other way. A few more points will tell them "
                                        "apart."),
                       fits);
    }
    return Message(CURVELAB_WORDING("curvelab::guessexplanation",
                                    "Least squares fits a %1 best (rms %2 against %3 for a %4), "
                                    "far better than the %4 the network names: this network has "
                                    "not learned points like these."),
                   fits);
}

// "The network cannot tell yet: line 45%, parabola 40%."
Message undecided(const std::vector<float> &probabilities,
                  const std::vector<FunctionFamily> &families)
{
    std::vector<std::size_t> order(probabilities.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return probabilities[a] > probabilities[b]; });
    return Message(CURVELAB_WORDING("curvelab::guessexplanation",
                                    "The network cannot tell yet: %1 %2%, %3 %4%."),
                   {families[order[0]].name, percent(probabilities[order[0]]),
                    families[order[1]].name, percent(probabilities[order[1]])});
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
    std::optional<Message> ranges;
    if (spec.preprocessing == Preprocessing::FamilyFit && fits[best].determined) {
        ranges = outsideRanges(fits[best], bestFamily);
    }
    if (ranges && best != guess) {
        notes.push_back({SequenceNote::Kind::Warning,
                         Message(CURVELAB_WORDING("curvelab::guessexplanation",
                                                  "%1 That is why it does not believe a %2 here."),
                                 {*ranges, bestFamily.name}),
                         {}});
    } else if (ranges) {
        notes.push_back({SequenceNote::Kind::Warning, *ranges, {}});
    } else if (best != guess) {
        notes.push_back({SequenceNote::Kind::Info,
                         disagreement(fits[best], bestFamily, fits[guess], guessed),
                         {}});
    }
    if (*top < kUnsure) {
        notes.push_back({SequenceNote::Kind::Info, undecided(probabilities, spec.families), {}});
    }
    return notes;
}

} // namespace curvelab
