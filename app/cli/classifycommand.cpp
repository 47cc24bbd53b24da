#include "clicommon.h"
#include "commands.h"
#include "filestore.h"
#include "modelfile.h"
#include "pointscsv.h"
#include "predictor.h"
#include "readynetwork.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>

namespace curvelab::cli {

namespace {

// The row of one point: its sequence and place, the point, the belief after it, the guess.
std::string row(std::size_t sequence, std::size_t index, const Point &p,
                const Prediction &prediction, const ModelSpec &spec)
{
    std::ostringstream csv;
    csv.precision(std::numeric_limits<double>::max_digits10);
    csv << sequence << ',' << index << ',' << p.x << ',' << p.y;
    csv.precision(6);
    for (float probability : prediction.probabilities) {
        csv << ',' << probability;
    }
    csv << ',' << spec.families[static_cast<std::size_t>(prediction.guess)].name << '\n';
    return csv.str();
}

// Classifies point by point as the input arrives and writes each row at once, so that a sequence
// of any length (a sensor's endless stream) costs the memory of one point.
void classifyStream(std::istream &in, Predictor &predictor)
{
    std::string header = "sequence,point,x,y";
    for (const FunctionFamily &family : predictor.spec().families) {
        header += ",p_" + family.name;
    }
    out(header + ",guess\n");
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
            out(row(sequence, ++index, point, predictor.push(point), predictor.spec()));
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
        "Classify points with a saved model. Reads CSV \"x,y\" lines from INPUT or stdin; a blank "
        "line ends a sequence. Writes one CSV row per point as it reads it: the family "
        "probabilities after reading points 1..point of its sequence.");
    const QCommandLineOption modelOption(
        "model",
        "The model file to classify with (default: the ready network, trained on curves "
        "drawn and measured at any scale).",
        "FILE");
    parser.addOption(modelOption);
    parser.addPositionalArgument("INPUT", "CSV file of points (default: stdin).", "[INPUT]");
    parseOrThrow(parser, arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        throw UsageError("classify reads one INPUT file (or stdin), got " +
                         std::to_string(positional.size()));
    }
    Predictor predictor(parser.isSet(modelOption) ? loadModel(toStd(parser.value(modelOption)))
                                                  : readyNetwork());
    if (positional.isEmpty() || positional.front() == "-") {
        classifyStream(std::cin, predictor);
        return kExitOk;
    }
    const std::string path = toStd(positional.front());
    checkReadable(path);
    std::ifstream file(path);
    if (!file) {
        throw FileReadError(path, std::strerror(errno));
    }
    classifyStream(file, predictor);
    return kExitOk;
}

} // namespace curvelab::cli
