// Makes the screenshots in docs/: the main window before training, mid-training and after
// reaching the target, at a given size. Real widgets, rendered with QWidget::grab().
//
// Usage: screenshot_tour WIDTH HEIGHT OUTPUT_PREFIX   (writes PREFIX-before.png, -mid.png,
// -done.png, -canvas.png, -inside.png, -race.png)

#include "canvasview.h"
#include "insideview.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "pointcanvas.h"
#include "presets.h"
#include "raceview.h"
#include "setuppanel.h"
#include "threading.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>

using namespace curvelab;

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(MainWindow &window, const QString &path)
{
    settle(300); // let the charts' coalescing timers push their last points
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    setComputeThreads(1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("CurveLabScreenshots"); // a first run, whatever the user has
    registerMetaTypes();
    Q_INIT_RESOURCE(curvelab);
    if (argc != 4) {
        std::fprintf(stderr, "usage: screenshot_tour WIDTH HEIGHT OUTPUT_PREFIX\n");
        return 2;
    }
    const QString prefix = argv[3];
    MainWindow window;
    window.resize(QString(argv[1]).toInt(), QString(argv[2]).toInt());
    window.show();
    TrainingConfig config = presetByName("recommended").config;
    config.targetAccuracy = 0.999;
    config.evalInterval = 50;
    window.setupPanel().setConfig(config);
    bool ok = save(window, prefix + "-before.png");

    QEventLoop loop;
    QObject::connect(&window.controller(), &TrainingController::finished, &loop, &QEventLoop::quit);
    bool midTaken = false;
    QObject::connect(&window.controller(), &TrainingController::progress, &window,
                     [&](const TrainingStats &s) {
                         if (!midTaken && s.step >= 150) {
                             midTaken = true;
                             window.controller().pause();
                             ok = save(window, prefix + "-mid.png") && ok;
                             window.controller().resume();
                         }
                     });
    window.startOrPause();
    loop.exec();
    ok = save(window, prefix + "-done.png") && ok;

    // The canvas mid-sequence: a parabola being placed point by point, fitted curves on.
    window.showCanvas();
    CanvasView &canvas = window.canvasView();
    canvas.setShowFits(true);
    canvas.sample(1);
    settle(4 * CanvasView::kSampleIntervalMs + CanvasView::kSampleIntervalMs / 2);
    canvas.canvas().fitToPoints(); // the curve's shape, not a flat line at the domain's foot
    ok = save(window, prefix + "-canvas.png") && ok;

    // Inside the cell: the forget gate of every unit at every point of that drawing.
    settle(4 * CanvasView::kSampleIntervalMs); // the rest of the sample
    canvas.setShowInfluence(true);
    canvas.showBelow(CanvasView::BelowView::Inside);
    canvas.inside().setQuantity(CellQuantity::Forget);
    canvas.inside().setUnitOrder(InsideView::UnitOrder::Activity);
    ok = save(window, prefix + "-inside.png") && ok;

    // The race on raw points, where memory matters, as in the question.
    TrainingConfig race = config;
    race.model.preprocessing = Preprocessing::Raw;
    race.maxSteps = 1500;
    race.targetAccuracy = 0;
    window.raceView().setBaseConfig(race);
    window.showRace();
    QEventLoop raceLoop;
    QObject::connect(&window.raceView(), &RaceView::raceStateChanged, &raceLoop, [&](bool racing) {
        if (!racing) {
            raceLoop.quit();
        }
    });
    if (window.raceView().startRace()) {
        raceLoop.exec();
    }
    ok = save(window, prefix + "-race.png") && ok;
    return ok ? 0 : 1;
}
