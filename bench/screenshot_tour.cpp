// Makes the screenshots in docs/: a line, a parabola arc and a root arc drawn by hand on the
// canvas of a fresh window (six clicks each, a few pixels off, the ready network answering), then
// the main window before training, mid-training and after reaching the target, at a given size.
// Real widgets, rendered with QWidget::grab().
//
// Usage: screenshot_tour WIDTH HEIGHT OUTPUT_PREFIX   (writes PREFIX-hand-line.png,
// -hand-parabola.png, -hand-root.png, -before.png, -mid.png, -done.png, -canvas.png,
// -inside.png, -race.png)

#include "canvasdocument.h"
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
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

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

// Clicks per hand-drawn curve, and how far a hand misses: Gaussian, in pixels.
constexpr int kClicks = 6;
constexpr double kJitterPixels = 3.0;

struct Stroke
{
    const char *name;
    // Where the curve runs on the canvas's first view (0..10 by 0..10), in data units.
    double left, right, bottom, top;
    std::function<double(double)> rise; // 0..1 over 0..1
};

// Draws three curves by hand on the canvas and saves the window after each; prints what the
// network and least squares said.
bool drawByHand(MainWindow &window, const QString &prefix)
{
    window.showCanvas();
    settle(300);
    CanvasView &view = window.canvasView();
    PointCanvas &canvas = view.canvas();
    // None touching x = 0; the parabola and the root start away from their vertex, as an arc
    // drawn anywhere would.
    const Stroke strokes[] = {
        {"line", 1.5, 8.5, 8.0, 2.5, [](double t) { return t; }},
        {"parabola", 3.0, 9.5, 1.0, 9.5, [](double t) { return 0.15 + 0.85 * t * t; }},
        {"root", 2.0, 9.0, 3.0, 8.0, [](double t) { return std::sqrt(0.05 + 0.95 * t); }},
    };
    std::mt19937 rng(2026);
    std::normal_distribution<double> jitter(0.0, kJitterPixels);
    bool ok = true;
    for (const Stroke &s : strokes) {
        view.document().replace({}, "Clear");
        for (int i = 0; i < kClicks; ++i) {
            const double t = static_cast<double>(i) / (kClicks - 1);
            const QPointF at = canvas.transform().toWidget(
                {s.left + (s.right - s.left) * t, s.bottom + (s.top - s.bottom) * s.rise(t)});
            QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier,
                              QPointF(at.x() + jitter(rng), at.y() + jitter(rng)).toPoint());
            settle(30);
        }
        ok = save(window, prefix + "-hand-" + s.name + ".png") && ok;
        std::printf("  network: %s\n  %s\n", qPrintable(view.guessText()),
                    qPrintable(view.leastSquaresText()));
    }
    view.document().replace({}, "Clear");
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
    // The default setup as a first run shows it, trained to its budget.
    const TrainingConfig config = presetByName("recommended").config;
    bool ok = drawByHand(window, prefix);
    window.findChild<QTabWidget *>()->setCurrentIndex(0); // the training tab
    window.setupPanel().setConfig(config);
    ok = save(window, prefix + "-before.png") && ok;

    QEventLoop loop;
    QObject::connect(&window.controller(), &TrainingController::finished, &loop, &QEventLoop::quit);
    bool midTaken = false;
    QObject::connect(&window.controller(), &TrainingController::progress, &window,
                     [&](const TrainingStats &s) {
                         if (!midTaken && s.step >= 300) {
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
