#include "clicommon.h"
#include "commands.h"
#include "filestore.h"
#include "modelfile.h"
#include "pointscsv.h"
#include "threading.h"

#include <QCoreApplication>
#include <csignal>
#include <functional>
#include <map>

using namespace curvelab::cli;

namespace {

// The first line after the usage is the one-line summary that help2man puts in the man page.
const char *kUsage =
    "Usage: curvelab-cli <command> [options]\n"
    "Train, use and measure CurveLab's curve classifier without a window.\n"
    "\n"
    "CurveLab's headless side: it trains a recurrent network to tell line, parabola and sqrt\n"
    "apart from a few points, classifies points with a saved model, measures a model, and races\n"
    "architectures against each other.\n"
    "\n"
    "Commands:\n"
    "  train     Train a model (presets: question, answer, seed, recommended).\n"
    "  classify  Classify CSV points after every point (the ready network or a saved model).\n"
    "  eval      Accuracy per number of points, beside least squares and the Bayes ceiling.\n"
    "  race      Train lstm, gru, rnn and a windowed mlp side by side on identical batches.\n"
    "\n"
    "Options:\n"
    "  -h, --help     Show this help; 'curvelab-cli <command> --help' shows a command's options.\n"
    "  -v, --version  Show the version.\n"
    "\n"
    "On a terminal, train shows its progress on one line of stderr, redrawn in place; piped or\n"
    "redirected, it prints a plain line per measurement to stdout instead.\n"
    "\n"
    "Exit status:\n"
    "  0  done\n"
    "  1  a failure while running (an output that cannot be written, training that diverged,\n"
    "     too little memory)\n"
    "  2  a mistake in the command line\n"
    "  3  an input file that cannot be read (missing, unreadable, corrupt or foreign)\n";

} // namespace

int main(int argc, char *argv[])
{
    // A closed pipe is an error to report, not a signal that ends the process mid-row.
    std::signal(SIGPIPE, SIG_IGN);
    // Likewise a file size limit (ulimit -f): the write fails with EFBIG and says so.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("curvelab-cli");
    QCoreApplication::setApplicationVersion(CURVELAB_VERSION);
    curvelab::setComputeThreads(1);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.front() == "--help" || arguments.front() == "-h") {
        out(QString(kUsage));
        return arguments.isEmpty() ? kExitUsage : kExitOk;
    }
    if (arguments.front() == "--version" || arguments.front() == "-v") {
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
    const auto fail = [&](const std::exception &e, int status) {
        err(QString("curvelab-cli %1: %2\n").arg(arguments.front(), QString::fromUtf8(e.what())));
        return status;
    };
    try {
        const int status = command->second(arguments);
        finishOutput();
        return status;
    } catch (const UsageError &e) {
        return fail(e, kExitUsage);
    } catch (const curvelab::CsvError &e) {
        return fail(e, kExitInput);
    } catch (const curvelab::ModelFileError &e) {
        return fail(e, kExitInput);
    } catch (const curvelab::FileReadError &e) {
        return fail(e, kExitInput);
    } catch (const std::invalid_argument &e) {
        return fail(e, kExitUsage); // a bad hyper-parameter or family, as typed
    } catch (const std::exception &e) {
        return fail(e, kExitFailure);
    }
}
