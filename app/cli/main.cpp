#include "clicommon.h"
#include "commands.h"
#include "modelfile.h"
#include "pointscsv.h"
#include "threading.h"

#include <QCoreApplication>
#include <functional>
#include <map>

using namespace curvelab::cli;

namespace {

const char *kUsage =
    "Usage: curvelab-cli <command> [options]\n"
    "\n"
    "CurveLab's headless side: train a recurrent network to tell line, parabola and sqrt apart\n"
    "from a few points, classify points with a saved model, measure a model, and race\n"
    "architectures against each other.\n"
    "\n"
    "Commands:\n"
    "  train     Train a model (presets: question, answer, recommended).\n"
    "  classify  Classify CSV points with a saved model, after every point.\n"
    "  eval      Accuracy per number of points, beside least squares and the Bayes ceiling.\n"
    "  race      Train lstm, gru, rnn and a windowed mlp side by side on identical batches.\n"
    "\n"
    "Run 'curvelab-cli <command> --help' for a command's options.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("curvelab-cli");
    QCoreApplication::setApplicationVersion(CURVELAB_VERSION);
    curvelab::setComputeThreads(1);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.front() == "--help" || arguments.front() == "-h") {
        out(kUsage);
        return arguments.isEmpty() ? kExitUsage : kExitOk;
    }
    if (arguments.front() == "--version") {
        out(QString("curvelab-cli %1\n").arg(CURVELAB_VERSION));
        return kExitOk;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {"train", trainCommand},
        {"classify", classifyCommand},
        {"eval", evalCommand},
        {"race", raceCommand}};
    const auto command = commands.find(arguments.front());
    if (command == commands.end()) {
        err("curvelab-cli: unknown command \"" + arguments.front() +
            "\" (train, classify, eval or race; see --help)\n");
        return kExitUsage;
    }
    try {
        return command->second(arguments);
    } catch (const UsageError &e) {
        err(QString("curvelab-cli %1: %2\n").arg(arguments.front(), e.what()));
        return kExitUsage;
    } catch (const curvelab::CsvError &e) {
        err(QString("curvelab-cli %1: %2\n").arg(arguments.front(), e.what()));
        return kExitUsage;
    } catch (const std::invalid_argument &e) {
        err(QString("curvelab-cli %1: %2\n").arg(arguments.front(), e.what()));
        return kExitUsage;
    } catch (const std::exception &e) {
        err(QString("curvelab-cli %1: %2\n").arg(arguments.front(), e.what()));
        return kExitFailure;
    }
}
