#include "clicommon.h"
#include "commands.h"
#include "filestore.h"
#include "modelfile.h"
#include "pointscsv.h"
#include "predictor.h"
#include "readynetwork.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>

namespace curvelab::cli {

namespace {

// Significant digits of a point read (all of them) and of a probability written.
constexpr int kPointDigits = std::numeric_limits<double>::max_digits10;
constexpr int kProbabilityDigits = 6;

// The row of one point: its sequence and place, the point, the belief after it, the guess.
std::string row(std::size_t sequence, std::size_t index, const Point &p,
                const Prediction &prediction, const ModelSpec &spec, CsvDialect dialect)
{
    const char separator = csvSeparator(dialect);
    std::string csv = std::to_string(sequence) + separator + std::to_string(index) + separator +
                      csvNumber(p.x, kPointDigits, dialect) + separator +
                      csvNumber(p.y, kPointDigits, dialect);
    for (float probability : prediction.probabilities) {
        csv += separator + csvNumber(probability, kProbabilityDigits, dialect);
    }
    return csv + separator + spec.families[static_cast<std::size_t>(prediction.guess)].name + '\n';
}

// Classifies point by point as the input arrives and writes each row at once, so that a sequence
// of any length (a sensor's endless stream) costs the memory of one point.
void classifyStream(std::istream &in, Predictor &predictor, CsvDialect dialect)
{
    const char separator = csvSeparator(dialect);
    std::string header = "sequence,point,x,y";
    std::replace(header.begin(), header.end(), ',', separator);
    for (const FunctionFamily &family : predictor.spec().families) {
        header += separator + ("p_" + family.name);
    }
    out(header + separator + "guess\n");
    PointsCsvReader reader(in);
    std::size_t sequence = 1;
    std::size_t index = 0;
    Point point;
    for (;;) {
        switch (reader.next(point)) {
        case PointsCsvReader::Item::Point:
            if (index == 0) {
                predictor.reset();
            }
            out(row(sequence, ++index, point, predictor.push(point), predictor.spec(), dialect));
            // Before the next read may wait for input, what is answered goes out: a person typing
            // points sees each answer at once, a file is still written in large blocks.
            if (in.rdbuf()->in_avail() <= 0) {
                finishOutput();
            }
            break;
        case PointsCsvReader::Item::EndOfSequence:
            ++sequence;
            index = 0;
            break;
        case PointsCsvReader::Item::EndOfInput:
            return;
        }
    }
}

} // namespace

int classifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Classify points with a saved model. Reads CSV \"x,y\" lines from INPUT or stdin (also "
        "\"x;y\" with decimal commas, tab-separated or quoted, as spreadsheets write them); a "
        "blank line ends a sequence. Writes one CSV row per point as it reads it: the family "
        "probabilities after reading points 1..point of its sequence.");
    const QCommandLineOption modelOption(
        "model",
        "The model file to classify with (default: the ready network, trained on curves "
        "drawn and measured at any scale).",
        "FILE");
    parser.addOption(modelOption);
    parser.addOption(csvDialectOption());
    parser.addPositionalArgument("INPUT", "CSV file of points (default: stdin).", "[INPUT]");
    parseOrThrow(parser, arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        throw UsageError("classify reads one INPUT file (or stdin), got " +
                         std::to_string(positional.size()));
    }
    const CsvDialect dialect = csvDialect(parser);
    Predictor predictor(parser.isSet(modelOption) ? loadModel(toStd(parser.value(modelOption)))
                                                  : readyNetwork());
    if (positional.isEmpty() || positional.front() == "-") {
        classifyStream(std::cin, predictor, dialect);
        return kExitOk;
    }
    const std::string path = toStd(positional.front());
    checkReadable(path);
    std::ifstream file(path);
    if (!file) {
        throw FileReadError(path, std::strerror(errno));
    }
    classifyStream(file, predictor, dialect);
    return kExitOk;
}

} // namespace curvelab::cli
