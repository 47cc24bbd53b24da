#include "mainwindow.h"
#include "metatypes.h"
#include "threading.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    // Before any tensor work: one compute thread, since the GUI thread wants a core too
    // (docs/benchmarks.md). The training thread sets it again for itself.
    curvelab::setComputeThreads(1);
    QApplication app(argc, argv);
    QApplication::setApplicationName("CurveLab");
    QApplication::setOrganizationName("CurveLab");
    QApplication::setApplicationVersion(CURVELAB_VERSION);
    QApplication::setDesktopFileName("curvelab");
    curvelab::registerMetaTypes();
    Q_INIT_RESOURCE(curvelab); // the resources live in the static ui library

    QCommandLineParser parser;
    parser.setApplicationDescription("Watch an LSTM learn to tell function families apart.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", "A lesson (.curvelab-lesson) or a model (.clm) to open.",
                                 "[file]");
    const QCommandLineOption presentOption("present", "Start in presentation mode (full screen).");
    parser.addOption(presentOption);
    parser.process(app);

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
