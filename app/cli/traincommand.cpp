#include "clicommon.h"
#include "commands.h"
#include "filestore.h"
#include "metricscsv.h"
#include "modelfile.h"
#include "presets.h"
#include "progressline.h"
#include "threading.h"
#include "trainer.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <unistd.h>

namespace curvelab::cli {

namespace {

struct Override
{
    QCommandLineOption option;
    std::function<void(const QCommandLineParser &, const QString &, TrainingConfig &)> apply;
};

std::vector<Override> overrides()
{
    using P = const QCommandLineParser &;
    using N = const QString &;
    using C = TrainingConfig &;
    return {
        {{"steps", "Stop after N training steps (0: no step limit).", "N"},
         [](P p, N n, C c) { c.maxSteps = longOption(p, n); }},
        {{"seconds", "Stop after S seconds of training (0: no time limit).", "S"},
         [](P p, N n, C c) { c.maxSeconds = doubleOption(p, n); }},
        {{"target-accuracy", "Stop once test accuracy reaches A (0..1).", "A"},
         [](P p, N n, C c) { c.targetAccuracy = doubleOption(p, n); }},
        {{"seed", "Seed for weights, batches and the test set.", "S"},
         [](P p, N n, C c) { c.seed = seedOption(p, n); }},
        {{"hidden", "Hidden units per layer.", "N"},
         [](P p, N n, C c) { c.model.options.hiddenSize = intOption(p, n); }},
        {{"layers", "Layers of the cell (the mlp's hidden layers).", "N"},
         [](P p, N n, C c) { c.model.options.layers = intOption(p, n); }},
        {{"cell", "Cell: lstm, gru, rnn, or mlp (no memory: a window of points).", "TYPE"},
         [](P p, N n, C c) { c.model.options.cell = cellTypeFromString(toStd(p.value(n))); }},
        {{"window", "Points the mlp reads at once (mlp only).", "W"},
         [](P p, N n, C c) { c.model.options.window = intOption(p, n); }},
        {{"preprocessing", "What the network reads: unit-free, family-fit or raw.", "KIND"},
         [](P p, N n, C c) { c.model.preprocessing = preprocessingFromString(toStd(p.value(n))); }},
        {{"lr", "Learning rate.", "LR"},
         [](P p, N n, C c) { c.learningRate = doubleOption(p, n); }},
        {{"batch", "Sequences per training step.", "N"},
         [](P p, N n, C c) { c.batchSize = intOption(p, n); }},
        {{"length", "Points per training sequence.", "N"},
         [](P p, N n, C c) { c.generator.length = intOption(p, n); }},
        {{"test-length", "Points per test sequence (test accuracy is read at the last one).", "N"},
         [](P p, N n, C c) { c.testLength = intOption(p, n); }},
        {{"world",
          "Where curves come from: seed (the question's ranges) or drawn (any scale, "
          "as people draw and measure).",
          "NAME"},
         [](P p, N n, C c) { c.generator.world = curveWorldFromString(toStd(p.value(n))); }},
        {{"noise",
          "Noise level of every sequence: the sd of noise on y (seed world), or on x "
          "and y as a share of the curve's width and height (drawn world).",
          "S"},
         [](P p, N n, C c) {
             c.generator.noise = doubleOption(p, n);
             c.generator.noiseSpread = NoiseSpread::Fixed;
         }},
        {{"noise-up-to",
          "A noise level per sequence: none for a quarter of them, the others "
          "log-uniform up to S.",
          "S"},
         [](P p, N n, C c) {
             c.generator.noise = doubleOption(p, n);
             c.generator.noiseSpread = NoiseSpread::PerSequence;
         }},
        {{"x-order", "Order of the points: random, sorted or mostly-sorted (as a hand clicks).",
          "ORDER"},
         [](P p, N n, C c) { c.generator.xOrder = xOrderFromString(toStd(p.value(n))); }},
        {{"optimizer", "adam or sgd.", "NAME"},
         [](P p, N n, C c) { c.optimizer = optimizerFromString(toStd(p.value(n))); }},
        {{"loss", "per-step, per-step-sum or last-step.", "MODE"},
         [](P p, N n, C c) { c.loss = lossModeFromString(toStd(p.value(n))); }},
        {{"clip", "Largest gradient norm (0: no clipping).", "C"},
         [](P p, N n, C c) { c.gradientClip = doubleOption(p, n); }},
        {{"eval-every", "Measure test accuracy every N steps.", "N"},
         [](P p, N n, C c) { c.evalInterval = intOption(p, n); }},
    };
}

QString reasonText(StopReason reason)
{
    switch (reason) {
    case StopReason::StepBudget:
        return "step budget reached";
    case StopReason::TimeBudget:
        return "time budget reached";
    case StopReason::TargetReached:
        return "target accuracy reached";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::Diverged:
        return "diverged";
    case StopReason::Plateau:
        return "the test accuracy stopped rising below the target";
    }
    return {};
}

QString familyList(const std::vector<FunctionFamily> &families)
{
    QStringList parts;
    for (const FunctionFamily &f : families) {
        parts << QString::fromStdString(f.name + " (" + f.formula() + ")");
    }
    return parts.join(", ");
}

QString accuracyList(const std::vector<double> &byLength)
{
    QStringList parts;
    for (std::size_t i = 0; i < byLength.size(); ++i) {
        parts << QString("%1:%2%").arg(i + 1).arg(100.0 * byLength[i], 0, 'f', 1);
    }
    return parts.join(' ');
}

ProgressState progressState(const TrainingConfig &c, const TrainingStats &s, double accuracy)
{
    ProgressState state;
    state.step = s.step;
    state.maxSteps = c.maxSteps;
    state.elapsedSeconds = s.elapsedSeconds;
    state.maxSeconds = c.maxSeconds;
    state.targetAccuracy = c.targetAccuracy;
    state.testAccuracy = accuracy;
    state.loss = s.loss;
    state.sequencesPerSecond = s.sequencesPerSecond;
    return state;
}

double steadySeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// The test metrics of a run, kept and written whole when it ends: a killed run or a full disk
// leaves the file as it was, never a table cut in half.
class Metrics
{
public:
    explicit Metrics(CsvDialect dialect) : m_dialect(dialect) {}
    void add(const TrainingStats &s)
    {
        if (!s.evaluated) {
            return;
        }
        if (m_csv.empty()) {
            m_csv = metricsCsvHeader(s.accuracyByLength.size(), m_dialect);
        }
        m_csv += metricsCsvRow(s, m_dialect);
    }
    const std::string &csv() const { return m_csv; }

private:
    CsvDialect m_dialect;
    std::string m_csv;
};

} // namespace

int trainCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Train a recurrent classifier on sequences drawn on the fly and report accuracy per "
        "number of points. Options override the preset's values.");
    const QCommandLineOption presetOption(
        "preset", "question, answer, seed or recommended (default).", "NAME", "recommended");
    const QCommandLineOption threadsOption(
        "threads", "Compute threads (default 1: fastest on 2 cores, see docs/benchmarks.md).", "T",
        "1");
    const QCommandLineOption saveOption("save", "Save the trained model to FILE.", "FILE");
    const QCommandLineOption metricsOption("metrics", "Write test metrics to FILE.csv.", "FILE");
    const QCommandLineOption fixedOption("fixed-kb", "Draw k and b once per run (the answer).");
    parser.addOptions({presetOption, threadsOption, saveOption, metricsOption, fixedOption,
                       familyOption(), csvDialectOption()});
    const std::vector<Override> all = overrides();
    for (const Override &o : all) {
        parser.addOption(o.option);
    }
    parseOrThrow(parser, arguments);
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument \"" + toStd(parser.positionalArguments().front()) +
                         "\"");
    }

    Preset preset = presetByName(toStd(parser.value(presetOption)));
    TrainingConfig config = preset.config;
    for (const Override &o : all) {
        if (parser.isSet(o.option)) {
            o.apply(parser, o.option.names().front(), config);
        }
    }
    if (parser.isSet(fixedOption)) {
        config.generator.kbMode = KbMode::FixedPerRun;
    }
    applyFamilyOption(parser, config);
    if (parser.isSet("window") && config.model.options.cell != CellType::Mlp) {
        throw UsageError("--window applies to --cell mlp only");
    }
    const int threads = intOption(parser, "threads");
    if (threads < 1 || threads > 256) {
        throw UsageError("--threads must be between 1 and 256");
    }
    setComputeThreads(threads);

    // What can be checked is checked before training: the outputs' folders, that the two outputs
    // are not one file, and that the model can be written at all (a family name too long for
    // the format).
    const std::string savePath = parser.isSet(saveOption) ? outputPath(parser, "save") : "";
    const std::string metricsPath =
        parser.isSet(metricsOption) ? outputPath(parser, "metrics") : "";
    if (!savePath.empty() && !metricsPath.empty() && sameFile(savePath, metricsPath)) {
        throw UsageError("--save and --metrics name the same file: one would overwrite the other");
    }
    Trainer trainer(config); // validates: a bad hyper-parameter is a usage error
    if (!savePath.empty()) {
        try {
            serializeModel(trainer.snapshot());
        } catch (const ModelFileError &e) {
            throw UsageError(std::string("--save: ") + e.what());
        }
    }
    Metrics metrics(csvDialect(parser));
    // The progress bar goes to stderr, and only to a terminal: a redirected stdout keeps the plain
    // lines, one per measurement, as a log. Both on one terminal: the bar alone.
    const bool bar = isatty(fileno(stderr)) != 0;
    const bool lines = !bar || isatty(fileno(stdout)) == 0;
    ProgressLine line;
    double lastAccuracy = -1.0;
    TrainingCallbacks callbacks;
    callbacks.progressInterval = bar ? 1 : 0; // the line throttles its redraws by the clock
    callbacks.progress = [&](const TrainingStats &s) {
        metrics.add(s);
        if (s.evaluated) {
            lastAccuracy = s.testAccuracy;
        }
        if (bar) {
            progress(line.update(progressState(config, s, lastAccuracy),
                                 terminalColumns(fileno(stderr)), steadySeconds()));
        }
        if (lines && s.evaluated) {
            out(QString("step %1  loss %2  test accuracy %3%  %4 seq/s\n")
                    .arg(s.step)
                    .arg(s.loss, 0, 'f', 4)
                    .arg(100 * s.testAccuracy, 0, 'f', 2)
                    .arg(s.sequencesPerSecond, 0, 'f', 0));
        }
    };
    out(QString("Training preset \"%1\": %2\n")
            .arg(QString::fromStdString(preset.name), QString::fromStdString(preset.summary)));
    out("Families: " + familyList(config.generator.families) + "\n");
    std::fflush(stdout);
    TrainingControl control;
    const TrainingResult result = trainer.train(control, callbacks);
    if (bar) {
        progress(line.finish(progressState(config, result.last, result.last.testAccuracy),
                             terminalColumns(fileno(stderr))));
    }
    const TrainingStats &s = result.last;
    out(QString("Stopped: %1 after %2 steps, %3 sequences, %4 s (%5 seq/s)\n")
            .arg(reasonText(result.reason))
            .arg(s.step)
            .arg(s.sequencesSeen)
            .arg(s.elapsedSeconds, 0, 'f', 1)
            .arg(s.sequencesPerSecond, 0, 'f', 0));
    out(QString("Test accuracy at %1 points: %2%\n")
            .arg(config.testLength)
            .arg(100 * s.testAccuracy, 0, 'f', 2));
    out("Accuracy by points seen: " + accuracyList(s.accuracyByLength) + "\n");
    if (result.reason == StopReason::Diverged) {
        err(QString::fromStdString(result.englishMessage()) + "\n");
    }
    if (!metricsPath.empty()) {
        writeFileAtomically(metricsPath, metrics.csv());
    }
    if (!savePath.empty()) {
        try {
            saveModel(trainer.snapshot(), savePath);
        } catch (const ModelFileError &e) {
            throw std::runtime_error(e.what()); // an output that failed, not a bad input: status 1
        }
        out("Saved the model to " + parser.value(saveOption) + "\n");
    }
    return result.reason == StopReason::Diverged ? kExitFailure : kExitOk;
}

} // namespace curvelab::cli
