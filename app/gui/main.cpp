#include "mainwindow.h"
#include "metatypes.h"
#include "threading.h"

#include <QApplication>

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

    curvelab::MainWindow window;
    window.resize(1280, 720);
    window.show();
    return QApplication::exec();
}
