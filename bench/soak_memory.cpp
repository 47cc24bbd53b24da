// Memory soak, headless: trains the recommended preset for a million sequences and checks that
// resident memory stays flat once the run has warmed up. Besides training it does what the app
// does with every snapshot the worker publishes: the canvas classifies a short drawing with it
// (SequenceClassifier, which runs a Predictor) and keeps it in a bounded SnapshotHistory for
// time travel. So a leak in the training step, the stats, the snapshots or the canvas's model
// shows here, without the widgets (bench/soak_gui.cpp adds those).
//
// Exit status 1 when RSS grows by more than --max-growth-mb between the end of the warm-up and
// the end of the run (docs/reliability.md).

#include "benchargs.h"
#include "curvegenerator.h"
#include "memorysoak.h"
#include "presets.h"
#include "sequenceclassifier.h"
#include "snapshothistory.h"
#include "threading.h"
#include "trainer.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace curvelab::bench {

namespace {

constexpr char kUsage[] =
    "usage: soak_memory [--sequences N] [--sample-every S] [--max-growth-mb M]\n"
    "                   [--warmup-percent P]\n"
    "  Trains the recommended preset on N sequences, classifying a short drawing with every\n"
    "  snapshot as the canvas does, and samples resident memory every S steps. Fails (exit 1)\n"
    "  if RSS grows by more than M MiB after the first P% of the steps.\n"
    "  Defaults: --sequences 1000000 --sample-every 1000 --max-growth-mb 16 --warmup-percent 10.\n";

// The worker's snapshot interval at full speed (ui/session/trainingworker.h): what the canvas gets.
constexpr int kSnapshotEvery = 50;
// Points of the drawing on the canvas: a sample's length there (CanvasView::kSampleLength).
constexpr int kCanvasPoints = 8;
// Rows of the printed table; every sample stays in memory, the table only shows a spread.
constexpr std::size_t kTableRows = 20;

using Clock = std::chrono::steady_clock;

int run(int argc, char **argv)
{
    const BenchArgs args(argc, argv,
                         {{"sequences", 1000000},
                          {"sample-every", 1000},
                          {"max-growth-mb", 16},
                          {"warmup-percent", 10}},
                         /*positionalCount=*/0);
    if (args.helpRequested()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const long sequences = args.value("sequences");
    const long sampleEvery = args.value("sample-every");
    const long warmupPercent = args.value("warmup-percent");
    if (sequences < 1 || sampleEvery < 1 || args.value("max-growth-mb") < 0 || warmupPercent < 0 ||
        warmupPercent >= 100) {
        throw std::invalid_argument("need sequences >= 1, sample-every >= 1, max-growth-mb >= 0, 0 "
                                    "<= warmup-percent < 100");
    }
    setComputeThreads(1);

    TrainingConfig config = presetByName("recommended").config;
    // Whole batches: the last one may pass N by less than a batch.
    config.maxSteps = (sequences + config.batchSize - 1) / config.batchSize;
    config.maxSeconds = 0.0;
    config.targetAccuracy = 0.0;
    const long warmupStep = config.maxSteps * warmupPercent / 100;

    // The drawing on the canvas: a curve of the first family, as "Sample" places it.
    const PointSequence drawing =
        CurveGenerator(config.generator).sample(/*family=*/0, kCanvasPoints).points;
    SequenceClassifier canvas;
    SnapshotHistory history;
    long snapshots = 0;
    long lastGuess = -1;

    MemorySoak soak(warmupStep, static_cast<double>(args.value("max-growth-mb")));
    const auto begin = Clock::now();
    const auto secondsSoFar = [&] {
        return std::chrono::duration<double>(Clock::now() - begin).count();
    };
    soak.record(sampleMemory(0, 0, 0.0));

    Trainer trainer(config);
    TrainingControl control;
    TrainingCallbacks callbacks;
    // Every step, as the worker asks, so that a sample can fall on any step.
    callbacks.progressInterval = 1;
    callbacks.progress = [&](const TrainingStats &stats) {
        if (stats.step % sampleEvery == 0 || stats.step == warmupStep) {
            soak.record(sampleMemory(stats.step, stats.sequencesSeen, secondsSoFar()));
        }
    };
    callbacks.snapshotInterval = kSnapshotEvery;
    callbacks.snapshot = [&](const ModelSnapshot &weights) {
        ++snapshots;
        history.offer(weights);
        canvas.setSnapshot(weights);
        canvas.setPoints(drawing);
        if (canvas.predictions().size() != drawing.size()) {
            throw std::logic_error("the canvas classifier lost its predictions");
        }
        lastGuess = canvas.predictions().back().guess;
    };

    std::printf("soak_memory: recommended preset, %ld steps of %d sequences (%ld sequences), "
                "warm-up %ld steps, a sample every %ld steps, a snapshot every %d steps\n",
                config.maxSteps, config.batchSize, config.maxSteps * config.batchSize, warmupStep,
                sampleEvery, kSnapshotEvery);
    std::fflush(stdout);
    const TrainingResult result = trainer.train(control, callbacks);
    if (result.reason != StopReason::StepBudget) {
        throw std::runtime_error("training stopped early: " + result.englishMessage());
    }
    if (soak.samples().back().step != result.last.step) {
        soak.record(sampleMemory(result.last.step, result.last.sequencesSeen, secondsSoFar()));
    }

    const double seconds = secondsSoFar();
    std::printf("trained %ld sequences in %.1f s (%.0f sequences/s), final loss %.4f, test "
                "accuracy %.1f%%\n",
                result.last.sequencesSeen, seconds,
                static_cast<double>(result.last.sequencesSeen) / seconds, result.last.loss,
                100.0 * result.last.testAccuracy);
    std::printf("canvas: %ld snapshots classified (last guess: family %ld); snapshot history "
                "holds %zu of capacity %zu, %.1f MiB\n",
                snapshots, lastGuess, history.size(), history.capacity(),
                static_cast<double>(history.bytes()) / (1024.0 * 1024.0));
    return soak.print(stdout, kTableRows) ? 0 : 1;
}

} // namespace

} // namespace curvelab::bench

int main(int argc, char **argv)
{
    return curvelab::bench::runGuarded("soak_memory", curvelab::bench::kUsage, curvelab::bench::run,
                                       argc, argv);
}
