#include "languagechoice.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "threading.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <cstring>

namespace {

// Whether the command line asks for help or the version, which print and exit before any window.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0) {
            return false; // what follows is a file, whatever its name
        }
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(a, flag) == 0) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any tensor work: one compute thread, since the GUI thread wants a core too
    // (docs/benchmarks.md). The training thread sets it again for itself.
    curvelab::setComputeThreads(1);
    // --help and --version need no display (help2man runs them on build machines without one),
    // but QApplication does: those get the offscreen platform unless one was chosen.
    if (asksForHelpOrVersion(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("CurveLab");
    QApplication::setOrganizationName("CurveLab");
    QApplication::setApplicationVersion(CURVELAB_VERSION);
    QApplication::setDesktopFileName(CURVELAB_APP_ID);
    curvelab::registerMetaTypes();
    Q_INIT_RESOURCE(curvelab); // the resources live in the static ui library

    // The language picked in View > Language, else the system's (docs/classroom.md).
    curvelab::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription("Watch an LSTM learn to tell function families apart.");
    parser.addHelpOption();
    // Not addVersionOption(): that prints the application name, "CurveLab", which also names the
    // settings folder; the version line names the executable, as curvelab-cli's does.
    const QCommandLineOption versionOption({"v", "version"}, "Displays version information.");
    parser.addOption(versionOption);
    parser.addPositionalArgument("file", "A lesson (.curvelab-lesson) or a model (.clm) to open.",
                                 "[file]");
    const QCommandLineOption presentOption("present", "Start in presentation mode (full screen).");
    parser.addOption(presentOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::printf("curvelab %s\n", CURVELAB_VERSION);
        return 0;
    }

    curvelab::MainWindow window;
    window.resize(1280, 720);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().front();
        if (file.endsWith(".clm")) {
            window.openModel(file);
        } else {
            window.openLessonFile(file); // a file that is no lesson says so in the banner
        }
    }
    if (parser.isSet(presentOption)) {
        window.setPresentationMode(true);
    }
    return QApplication::exec();
}
