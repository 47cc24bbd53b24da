// What people draw and measure (docs/drawnworld.md): the accuracy of a model on hand-drawn
// sequences and on lab measurements in their own units, beside least squares, after every
// number of points; and how much its answer moves when the units change. Prints the issue's
// targets with PASS or FAIL.

#include "bayesclassifier.h"
#include "benchargs.h"
#include "handdrawing.h"
#include "leastsquaresbaseline.h"
#include "modelfile.h"
#include "predictor.h"
#include "presets.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace curvelab::bench {

namespace {

constexpr char kUsage[] =
    "usage: drawn_accuracy MODEL.clm [--sequences N] [--seed S] [--bayes 0|1]\n"
    "  Measures MODEL on N hand-drawn curves (a 500x350 px plot, 3 px of jitter) and N lab\n"
    "  measurement sets (1% noise) for every number of points from 3 to 16, beside least\n"
    "  squares (and the drawn world's approximate Bayes reference with --bayes 1), and its\n"
    "  invariance to units. Defaults: --sequences 10000 --seed 7 --bayes 1.\n";

constexpr int kFewest = 3;
constexpr int kMost = 16;
// Targets of the issue "What people draw and measure".
constexpr double kHandTargetAt16 = 0.97;
constexpr double kLabMargin = 0.02;
constexpr int kLabFrom = 8;
constexpr double kInvarianceTarget = 0.01;

struct Tally
{
    long model = 0;
    long leastSquares = 0;
    long bayes = 0;
    long total = 0;
    long onlyModel = 0; // drawings the model names and least squares does not
    long onlyLeastSquares = 0;

    void add(const Tally &o)
    {
        model += o.model;
        leastSquares += o.leastSquares;
        bayes += o.bayes;
        total += o.total;
        onlyModel += o.onlyModel;
        onlyLeastSquares += o.onlyLeastSquares;
    }
    // Model minus least squares, in points, and twice its standard error: the two are measured
    // on the same drawings, so only the drawings where they disagree carry the difference.
    double difference() const { return 100.0 * (model - leastSquares) / total; }
    double twoErrors() const
    {
        return 200.0 * std::sqrt(static_cast<double>(onlyModel + onlyLeastSquares)) / total;
    }
    // Not worse than least squares beyond what sampling alone explains.
    bool atLeastLeastSquares() const { return difference() >= -twoErrors(); }
};

int lastGuess(Predictor &predictor, const PointSequence &points)
{
    return predictor.run(points).back().guess;
}

// Accuracy of the model, least squares and (optionally) Bayes on `count` drawings of n points.
template <typename Draw>
Tally measure(Predictor &predictor, const LeastSquaresBaseline &leastSquares,
              const BayesClassifier *bayes, Draw draw, int n, long count)
{
    Tally t;
    for (long i = 0; i < count; ++i) {
        const Drawing d = draw(n);
        const bool model = lastGuess(predictor, d.points) == d.family;
        const bool ls = leastSquares.classify(d.points) == d.family;
        t.model += model;
        t.leastSquares += ls;
        t.onlyModel += model && !ls;
        t.onlyLeastSquares += ls && !model;
        t.bayes += bayes && bayes->classify(d.points) == d.family;
        ++t.total;
    }
    return t;
}

double share(long hits, long total)
{
    return static_cast<double>(hits) / static_cast<double>(total);
}

void printRow(int n, const Tally &t, bool withBayes)
{
    std::printf("%6d %9.2f%% %14.2f%% %+10.2f +-%.2f", n, 100.0 * share(t.model, t.total),
                100.0 * share(t.leastSquares, t.total), t.difference(), t.twoErrors());
    if (withBayes) {
        std::printf(" %14.2f%%", 100.0 * share(t.bayes, t.total));
    }
    std::printf("\n");
}

// The largest change of any probability after any point when the units change: x -> a x and
// y -> c (y + o * spread), where spread is the drawing's height, as from metres to millimetres,
// seconds to hours, degrees Celsius to Fahrenheit or Kelvin.
double invarianceError(Predictor &predictor, HandDrawing &hands, long count)
{
    constexpr std::array<double, 5> kXScales = {1e-3, 0.04, 1.0, 25.0, 1e3};
    constexpr std::array<std::array<double, 2>, 4> kYMaps = {
        {{1.0, 0.0}, {1e-3, 5.0}, {-250.0, -20.0}, {1e3, 100.0}}};
    double worst = 0.0;
    for (long i = 0; i < count; ++i) {
        const Drawing d = hands.draw(static_cast<int>(i % 3), 3 + static_cast<int>(i % 14));
        const std::vector<Prediction> reference = predictor.run(d.points);
        const auto [low, high] =
            std::minmax_element(d.points.begin(), d.points.end(),
                                [](const Point &a, const Point &b) { return a.y < b.y; });
        const double spread = high->y - low->y;
        for (double a : kXScales) {
            for (const auto &[c, offset] : kYMaps) {
                PointSequence moved = d.points;
                for (Point &p : moved) {
                    p = {a * p.x, c * (p.y + offset * spread)};
                }
                const std::vector<Prediction> got = predictor.run(moved);
                for (std::size_t t = 0; t < got.size(); ++t) {
                    for (std::size_t f = 0; f < got[t].probabilities.size(); ++f) {
                        const double change =
                            got[t].probabilities[f] - reference[t].probabilities[f];
                        worst = std::max(worst, std::abs(change));
                    }
                }
            }
        }
    }
    return worst;
}

int run(int argc, char **argv)
{
    const BenchArgs args(argc, argv, {{"sequences", 10000}, {"seed", 7}, {"bayes", 1}},
                         /*positionalCount=*/1);
    if (args.helpRequested()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const long count = args.value("sequences");
    if (count < 1) {
        throw std::invalid_argument("need sequences >= 1");
    }
    const auto seed = static_cast<std::uint64_t>(args.value("seed"));
    const bool withBayes = args.value("bayes") != 0;
    const ModelSnapshot model = loadModel(args.positional().front());
    if (model.spec.families.size() != 3) {
        throw std::invalid_argument("the model must tell the question's three families apart");
    }
    Predictor predictor(model);
    const LeastSquaresBaseline leastSquares(model.spec.families);
    TrainingConfig world = presetByName("recommended").config;
    world.generator.families = model.spec.families;
    const BayesClassifier bayes{CurveGenerator(world.generator)};
    const BayesClassifier *reference = withBayes ? &bayes : nullptr;

    HandDrawing hands({500.0, 350.0, 3.0, 0.6, seed});
    std::printf("Hand-drawn: a curve of any scale fitted to a 500x350 px plot, 3 px of jitter, "
                "clicked mostly left to right; %ld drawings per row\n",
                count);
    const char *header = "points     model  least-squares  difference (2 SE)";
    std::printf("%s%s\n", header, withBayes ? "  Bayes (approx.)" : "");
    bool handOk = true;
    Tally handPooled;
    double handAt16 = 0.0;
    for (int n = kFewest; n <= kMost; ++n) {
        Tally tally;
        for (int family = 0; family < 3; ++family) {
            tally.add(measure(
                predictor, leastSquares, reference,
                [&](int points) { return hands.draw(family, points); }, n, count / 3 + 1));
        }
        printRow(n, tally, withBayes);
        handOk = handOk && tally.atLeastLeastSquares();
        handPooled.add(tally);
        handAt16 = share(tally.model, tally.total);
    }

    LabMeasurements lab(0.01, seed + 1);
    std::printf("\nLab measurements in their own units, 1%% noise on every value; %ld sets per "
                "row\n",
                count);
    std::printf("%s%s\n", header, withBayes ? "  Bayes (approx.)" : "");
    bool labOk = true;
    for (int n = kFewest; n <= kMost; ++n) {
        const Tally t = measure(
            predictor, leastSquares, reference, [&](int points) { return lab.measure(points); }, n,
            count);
        printRow(n, t, withBayes);
        if (n >= kLabFrom) {
            labOk = labOk && share(t.model, t.total) >= share(t.leastSquares, t.total) - kLabMargin;
        }
    }

    const double invariance = invarianceError(predictor, hands, std::min(count, 300L));
    std::printf("\nLargest change of a probability under x -> a x (a = 1e-3..1e3), "
                "y -> c y + d: %.2e\n",
                invariance);

    const auto verdict = [](bool ok) { return ok ? "PASS" : "FAIL"; };
    std::printf("\nTargets\n");
    std::printf("  hand-drawn, 3..16 points: at least least squares        %s (every row within "
                "2 SE; all rows together %+.3f +-%.3f)\n",
                verdict(handOk && handPooled.atLeastLeastSquares()), handPooled.difference(),
                handPooled.twoErrors());
    std::printf("  hand-drawn, 16 points: >= 97%%                           %s (%.2f%%)\n",
                verdict(handAt16 >= kHandTargetAt16), 100.0 * handAt16);
    std::printf("  lab data, 8..16 points: within 2 points of least squares %s\n", verdict(labOk));
    std::printf("  invariance: probabilities within 0.01                    %s\n",
                verdict(invariance <= kInvarianceTarget));
    return 0;
}

} // namespace

} // namespace curvelab::bench

int main(int argc, char **argv)
{
    return curvelab::bench::runGuarded("drawn_accuracy", curvelab::bench::kUsage,
                                       curvelab::bench::run, argc, argv);
}
