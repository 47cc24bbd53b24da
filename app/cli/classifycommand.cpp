#include "clicommon.h"
#include "commands.h"
#include "modelfile.h"
#include "pointscsv.h"
#include "predictor.h"
#include "readynetwork.h"

#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>

namespace curvelab::cli {

namespace {

std::vector<PointSequence> readInput(const QStringList &positional)
{
    if (positional.size() > 1) {
        throw UsageError("classify reads one INPUT file (or stdin), got " +
                         std::to_string(positional.size()));
    }
    if (positional.isEmpty() || positional.front() == "-") {
        return readPointSequences(std::cin);
    }
    std::ifstream file(toStd(positional.front()));
    if (!file) {
        throw UsageError("cannot read " + toStd(positional.front()));
    }
    return readPointSequences(file);
}

} // namespace

int classifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Classify points with a saved model. Reads CSV \"x,y\" lines from INPUT or stdin; a blank "
        "line ends a sequence. Writes one CSV row per point: the family probabilities after "
        "reading points 1..point of its sequence.");
    const QCommandLineOption modelOption(
        "model",
        "The model file to classify with (default: the ready network, trained on curves "
        "drawn and measured at any scale).",
        "FILE");
    parser.addOption(modelOption);
    parser.addPositionalArgument("INPUT", "CSV file of points (default: stdin).", "[INPUT]");
    parseOrThrow(parser, arguments);
    Predictor predictor(parser.isSet(modelOption) ? loadModel(toStd(parser.value(modelOption)))
                                                  : readyNetwork());
    const std::vector<PointSequence> sequences = readInput(parser.positionalArguments());

    std::ostringstream csv;
    csv.precision(std::numeric_limits<double>::max_digits10);
    csv << "sequence,point,x,y";
    for (const FunctionFamily &family : predictor.spec().families) {
        csv << ",p_" << family.name;
    }
    csv << ",guess\n";
    for (std::size_t s = 0; s < sequences.size(); ++s) {
        const std::vector<Prediction> predictions = predictor.run(sequences[s]);
        for (std::size_t i = 0; i < predictions.size(); ++i) {
            const Point &p = sequences[s][i];
            csv << (s + 1) << ',' << (i + 1) << ',' << p.x << ',' << p.y;
            csv.precision(6);
            for (float probability : predictions[i].probabilities) {
                csv << ',' << probability;
            }
            csv.precision(std::numeric_limits<double>::max_digits10);
            csv << ','
                << predictor.spec().families[static_cast<std::size_t>(predictions[i].guess)].name
                << '\n';
        }
    }
    std::cout << csv.str() << std::flush;
    return kExitOk;
}

} // namespace curvelab::cli
