#include "clicommon.h"
#include "commands.h"
#include "evaluator.h"
#include "modelfile.h"
#include "presets.h"
#include "readynetwork.h"

namespace curvelab::cli {

namespace {

std::vector<int> parseLengths(const QString &text)
{
    std::vector<int> lengths;
    for (const QString &part : text.split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 4096) {
            throw UsageError("--lengths expects whole numbers from 1 to 4096 separated by commas, "
                             "got \"" +
                             toStd(text) + "\"");
        }
        lengths.push_back(n);
    }
    if (lengths.empty()) {
        throw UsageError("--lengths needs at least one length");
    }
    return lengths;
}

QString percent(double v)
{
    return QString("%1%").arg(100.0 * v, 7, 'f', 2);
}

} // namespace

int evalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Measure a saved model on fresh sequences (k and b drawn per sequence): last-point "
        "accuracy after each number of points, beside least squares and the Bayes-optimal "
        "classifier, the ceiling no learner can beat (in the drawn world a close "
        "approximation of it).");
    const QCommandLineOption modelOption(
        "model", "The model file to measure (default: the ready network).", "FILE");
    const QCommandLineOption sequencesOption("sequences", "Test sequences.", "N", "2000");
    const QCommandLineOption lengthsOption("lengths", "Numbers of points to measure at.", "LIST",
                                           "1,2,3,4,8,16");
    const QCommandLineOption worldOption(
        "world",
        "Where the test curves come from: seed or drawn (default: drawn for a unit-free model, "
        "else seed).",
        "NAME");
    const QCommandLineOption noiseOption("noise",
                                         "Noise level of every sequence: the sd of noise on y "
                                         "(seed world), or on x and y as a share of the curve's "
                                         "width and height (drawn world).",
                                         "S", "0");
    const QCommandLineOption noiseUpToOption(
        "noise-up-to", "A noise level per sequence instead: none for a quarter, else up to S.",
        "S");
    const QCommandLineOption seedOption("seed", "Seed of the test sequences.", "S", "12345");
    parser.addOptions({modelOption, sequencesOption, lengthsOption, worldOption, noiseOption,
                       noiseUpToOption, seedOption});
    parseOrThrow(parser, arguments);
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument \"" + toStd(parser.positionalArguments().front()) +
                         "\"");
    }
    EvaluationOptions options;
    options.sequences = intOption(parser, "sequences");
    if (options.sequences < 1 || options.sequences > 1000000) {
        throw UsageError("--sequences must be between 1 and 1000000");
    }
    options.lengths = parseLengths(parser.value(lengthsOption));
    const ModelSnapshot model =
        parser.isSet(modelOption) ? loadModel(toStd(parser.value(modelOption))) : readyNetwork();
    GeneratorConfig generatorConfig = nativeWorld(model.spec);
    if (parser.isSet(worldOption)) {
        generatorConfig.world = curveWorldFromString(toStd(parser.value(worldOption)));
        generatorConfig.xOrder =
            generatorConfig.world == CurveWorld::Drawn ? XOrder::MostlySorted : XOrder::Random;
    }
    const bool perSequence = parser.isSet(noiseUpToOption);
    generatorConfig.noise = doubleOption(parser, perSequence ? "noise-up-to" : "noise");
    generatorConfig.noiseSpread = perSequence ? NoiseSpread::PerSequence : NoiseSpread::Fixed;
    if (generatorConfig.noise < 0) {
        throw UsageError("--noise must be >= 0");
    }
    generatorConfig.seed = curvelab::cli::seedOption(parser, "seed");
    CurveGenerator generator(generatorConfig);
    const EvaluationReport report = evaluate(model, generator, options);

    out(QString("%1 sequences, %2 world, noise %3%4, k and b drawn per sequence\n")
            .arg(report.sequences)
            .arg(QString::fromStdString(toString(generatorConfig.world)))
            .arg(perSequence ? "up to " : "")
            .arg(generatorConfig.noise));
    // The drawn world's reference is a close approximation (docs/drawnworld.md), not a ceiling.
    out(generatorConfig.world == CurveWorld::Drawn
            ? "points      model  least-squares   Bayes (approx.)\n"
            : "points      model  least-squares   Bayes (ceiling)\n");
    for (std::size_t i = 0; i < report.lengths.size(); ++i) {
        out(QString("%1 %2 %3 %4\n")
                .arg(report.lengths[i], 6)
                .arg(percent(report.modelAccuracy[i]), 10)
                .arg(percent(report.leastSquaresAccuracy[i]), 14)
                .arg(percent(report.bayesAccuracy[i]), 17));
    }
    out(QString("Confusion at %1 points (rows: true family, columns: guess):\n")
            .arg(report.lengths.back()));
    for (std::size_t r = 0; r < report.confusion.size(); ++r) {
        QString line = QString::fromStdString(model.spec.families[r].name).leftJustified(10);
        for (int count : report.confusion[r]) {
            line += QString("%1").arg(count, 8);
        }
        out(line + "\n");
    }
    return kExitOk;
}

} // namespace curvelab::cli
