#include "architecturerace.h"
#include "clicommon.h"
#include "commands.h"
#include "filestore.h"
#include "metricscsv.h"
#include "presets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace curvelab::cli {

namespace {

std::vector<RaceContender> parseCells(const QString &text, const ModelOptions &shared)
{
    std::vector<RaceContender> contenders;
    for (const QString &part : text.split(',', Qt::SkipEmptyParts)) {
        RaceContender c{toStd(part.trimmed()), shared};
        try {
            c.options.cell = cellTypeFromString(c.name);
        } catch (const std::invalid_argument &e) {
            throw UsageError(std::string("--cells: ") + e.what());
        }
        contenders.push_back(c);
    }
    if (contenders.empty()) {
        throw UsageError("--cells needs at least one cell type");
    }
    return contenders;
}

void writeCsv(const std::string &path, const std::vector<RaceResult> &results, CsvDialect dialect)
{
    const char separator = csvSeparator(dialect);
    std::string csv;
    for (const RaceResult &r : results) {
        for (const TrainingStats &s : r.history) {
            if (csv.empty()) {
                csv = "cell" + (separator + metricsCsvHeader(s.accuracyByLength.size(), dialect));
            }
            csv += r.name + separator + metricsCsvRow(s, dialect);
        }
    }
    writeFileAtomically(path, csv);
}

void printTable(const std::vector<RaceResult> &results)
{
    QString header =
        QString("%1 %2 %3").arg("cell", -8).arg("parameters", 10).arg("final loss", 11);
    for (int length : results.front().final.lengths) {
        header += QString("%1").arg(QString("acc@%1").arg(length), 8);
    }
    out(header + QString("%1\n").arg("seconds", 9));
    for (const RaceResult &r : results) {
        const double loss = r.history.empty() ? std::nan("") : r.history.back().loss;
        QString row = QString("%1 %2 %3")
                          .arg(QString::fromStdString(r.name), -8)
                          .arg(r.parameters, 10)
                          .arg(loss, 11, 'f', 4);
        for (double accuracy : r.final.modelAccuracy) {
            row += QString("%1%").arg(100.0 * accuracy, 7, 'f', 1);
        }
        out(row + QString("%1\n").arg(r.seconds, 9, 'f', 1));
    }
}

} // namespace

int raceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Train several architectures side by side on identical batches (each batch is drawn once "
        "and every contender learns from it, weights seeded alike) and compare them: parameters, "
        "final loss, accuracy after 1, 2, 3, 4 and 8 points, training time. Every contender "
        "trains exactly the step budget: the preset's time budget and target accuracy do not "
        "apply.");
    const QCommandLineOption presetOption("preset", "question, answer or recommended (default).",
                                          "NAME", "recommended");
    const QCommandLineOption stepsOption(
        "steps", "Training steps per contender (default: the preset's budget).", "N");
    const QCommandLineOption cellsOption(
        "cells", "The contenders: cell types separated by commas (default: all four).", "LIST",
        "lstm,gru,rnn,mlp");
    const QCommandLineOption hiddenOption("hidden", "Hidden units per layer, for every contender.",
                                          "N");
    const QCommandLineOption layersOption("layers", "Layers, for every contender.", "N");
    const QCommandLineOption windowOption("window", "Points the mlp reads at once.", "W");
    const QCommandLineOption preprocessingOption(
        "preprocessing", "What every contender reads: family-fit or raw.", "KIND");
    const QCommandLineOption evalOption("eval-every", "Measure test accuracy every N steps.", "N");
    const QCommandLineOption seedOption("seed", "Seed for weights, batches and the test set.", "S");
    const QCommandLineOption csvOption(
        "csv", "Write the curves to FILE: a row per contender and test measurement.", "FILE");
    parser.addOptions({presetOption, stepsOption, cellsOption, hiddenOption, layersOption,
                       windowOption, preprocessingOption, evalOption, seedOption, csvOption,
                       familyOption(), csvDialectOption()});
    parseOrThrow(parser, arguments);
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument \"" + toStd(parser.positionalArguments().front()) +
                         "\"");
    }

    const Preset preset = presetByName(toStd(parser.value(presetOption)));
    TrainingConfig base = preset.config;
    applyFamilyOption(parser, base);
    if (parser.isSet(stepsOption)) {
        base.maxSteps = longOption(parser, "steps");
    }
    if (parser.isSet(evalOption)) {
        base.evalInterval = intOption(parser, "eval-every");
    }
    if (parser.isSet(seedOption)) {
        base.seed = curvelab::cli::seedOption(parser, "seed");
    }
    if (parser.isSet(preprocessingOption)) {
        base.model.preprocessing =
            preprocessingFromString(toStd(parser.value(preprocessingOption)));
    }
    ModelOptions shared = base.model.options;
    if (parser.isSet(hiddenOption)) {
        shared.hiddenSize = intOption(parser, "hidden");
    }
    if (parser.isSet(layersOption)) {
        shared.layers = intOption(parser, "layers");
    }
    if (parser.isSet(windowOption)) {
        shared.window = intOption(parser, "window");
    }
    const std::vector<RaceContender> contenders = parseCells(parser.value(cellsOption), shared);
    const bool withMlp = std::any_of(contenders.begin(), contenders.end(),
                                     [](const auto &c) { return c.options.cell == CellType::Mlp; });
    if (parser.isSet(windowOption) && !withMlp) {
        throw UsageError("--window applies to the mlp only, which is not among --cells");
    }
    ArchitectureRace race(base, contenders); // validates: a bad option is a usage error

    const std::string csv = parser.isSet(csvOption) ? outputPath(parser, "csv") : std::string();
    const CsvDialect dialect = csvDialect(parser);
    out(QString("Race on preset \"%1\", %7 input: %2 steps of %3 sequences of %4 points, the same "
                "batches for every contender; tested on %5 sequences of %6 points.\n")
            .arg(QString::fromStdString(preset.name))
            .arg(base.maxSteps)
            .arg(base.batchSize)
            .arg(base.generator.length)
            .arg(base.testSequences)
            .arg(base.testLength)
            .arg(QString::fromStdString(toString(base.model.preprocessing))));
    std::fflush(stdout);

    const bool terminal = isatty(fileno(stderr)) != 0;
    TrainingControl control;
    const std::vector<RaceResult> results =
        race.run(control, [&](std::size_t i, const TrainingStats &s) {
            if (terminal) {
                progress(QString("\rstep %1/%2  %3: test accuracy %4%   ")
                             .arg(s.step)
                             .arg(base.maxSteps)
                             .arg(QString::fromStdString(contenders[i].name))
                             .arg(100 * s.testAccuracy, 0, 'f', 1));
            }
        });
    if (terminal) {
        progress("\n");
    }
    printTable(results);
    if (!csv.empty()) {
        writeCsv(csv, results, dialect);
        out("Wrote the curves to " + csv + "\n");
    }
    bool diverged = false;
    for (const RaceResult &r : results) {
        if (!r.message.empty()) {
            err(QString::fromStdString(r.message) + "\n");
            diverged = true;
        }
    }
    return diverged ? kExitFailure : kExitOk;
}

} // namespace curvelab::cli
