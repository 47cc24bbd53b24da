// Streaming prediction latency: microseconds per Predictor::push with the recommended preset's
// model, i.e. what the canvas pays after every click (feature encoding, one LSTM step, the head
// and the cell traces). The weights come from a short Trainer run, so the figure is that of a
// model whose activations look like a trained one's (with --train-steps 0 it times untrained
// weights, which cost the same arithmetic).

#include "benchargs.h"
#include "curvegenerator.h"
#include "latencystats.h"
#include "predictor.h"
#include "presets.h"
#include "threading.h"
#include "trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace curvelab::bench {

namespace {

constexpr char kUsage[] =
    "usage: predictor_latency [--points N] [--train-steps N] [--threads N]\n"
    "  Trains the recommended preset for N steps, then times Predictor::push over N points of\n"
    "  fresh curves. Defaults: --points 5000 --train-steps 300 --threads 1.\n";

// Offset from the preset's seed for the timed curves, so that they are not training batches.
constexpr std::uint64_t kCurveSeedOffset = 2;

using Clock = std::chrono::steady_clock;

int run(int argc, char **argv)
{
    const BenchArgs args(argc, argv, {{"points", 5000}, {"train-steps", 300}, {"threads", 1}},
                         /*positionalCount=*/0);
    if (args.helpRequested()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const long points = args.value("points");
    const long trainSteps = args.value("train-steps");
    const int threads = static_cast<int>(args.value("threads"));
    if (points < 1 || trainSteps < 0 || threads < 1) {
        throw std::invalid_argument("need points >= 1, train-steps >= 0 and threads >= 1");
    }
    // Predictor runs no tensor code, but Trainer does.
    setComputeThreads(threads);

    const TrainingConfig config = presetByName("recommended").config;
    Trainer trainer(config);
    for (long i = 0; i < trainSteps; ++i) {
        trainer.trainStep();
    }
    Predictor predictor(trainer.snapshot());

    GeneratorConfig curves = config.generator;
    curves.seed = config.seed + kCurveSeedOffset;
    CurveGenerator generator(curves);

    // One untimed sequence first, so that the buffers the predictor reuses are allocated.
    predictor.run(generator.next().points);

    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(points));
    long sequences = 0;
    long correct = 0;
    while (static_cast<long>(micros.size()) < points) {
        const LabelledSequence sequence = generator.next();
        predictor.reset();
        int guess = -1;
        for (const Point &p : sequence.points) {
            const auto start = Clock::now();
            guess = predictor.push(p).guess;
            micros.push_back(
                std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        }
        ++sequences;
        correct += guess == sequence.label ? 1 : 0;
    }

    const LatencySummary latency = summarize(micros);
    const std::string weights =
        trainSteps > 0 ? "weights after " + std::to_string(trainSteps) + " training steps"
                       : std::string("untrained weights");
    std::printf("predictor_latency: recommended preset, hidden=%d, %s, %zu pushes over %ld "
                "sequences of %d points\n",
                config.model.options.hiddenSize, weights.c_str(), micros.size(), sequences,
                config.generator.length);
    std::printf("median_us %.2f\np99_us %.2f\nmean_us %.2f\nmax_us %.2f\n", latency.median,
                latency.p99, latency.mean, latency.max);
    // Not a target, only a sign that the weights are a trained model's.
    std::printf("last_point_accuracy %.3f\n",
                static_cast<double>(correct) / static_cast<double>(sequences));
    return 0;
}

} // namespace

} // namespace curvelab::bench

int main(int argc, char **argv)
{
    return curvelab::bench::runGuarded("predictor_latency", curvelab::bench::kUsage,
                                       curvelab::bench::run, argc, argv);
}
