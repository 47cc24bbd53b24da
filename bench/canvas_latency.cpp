// From click to updated display on the canvas: the time from a mouse click on the canvas until
// the whole canvas tab (points, guess, bars, belief timeline, least-squares verdict, notes) has
// been repainted, with the recommended preset's model. The target is one frame, 16 ms. Also
// times a drag step in the middle of a sequence (recomputed from the moved point on) and the
// arrival of new weights from the training thread (the whole sequence recomputed).
//
// Run it on the platform you care about: QT_QPA_PLATFORM=offscreen paints into memory exactly as
// the X11 backend does before the copy to the screen.

#include "belieftimeline.h"
#include "benchargs.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "latencystats.h"
#include "metatypes.h"
#include "pointcanvas.h"
#include "presets.h"
#include "threading.h"
#include "trainer.h"
#include "trainingcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <cstdio>
#include <functional>
#include <random>
#include <stdexcept>

namespace curvelab::bench {

namespace {

constexpr char kUsage[] =
    "usage: canvas_latency [--rounds N] [--points N] [--width W] [--height H] [--training 0|1]\n"
    "  Clicks N points onto a W x H canvas tab, N rounds, timing click to repainted display.\n"
    "  With --training 1 the recommended preset trains on the worker thread meanwhile and its\n"
    "  snapshots reach the canvas, as in the app.\n"
    "  Defaults: --rounds 10 --points 100 --width 1280 --height 720 --training 0.\n";

// One frame at 60 Hz.
constexpr double kFrameMs = 16.0;
// Sequences up to this long are what a person draws by hand; longer ones are pasted or sampled.
constexpr int kHandDrawn = 16;

double timedMs(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, const std::vector<double> &ms)
{
    const LatencySummary s = summarize(ms, kFrameMs);
    std::printf("%-34s n=%-5zu median %6.2f ms  p99 %6.2f ms  max %6.2f ms  within 16 ms %5.1f%%\n",
                what, ms.size(), s.median, s.p99, s.max, 100.0 * s.withinBound);
}

int run(int argc, char **argv)
{
    const BenchArgs args(
        argc, argv,
        {{"rounds", 10}, {"points", 100}, {"width", 1280}, {"height", 720}, {"training", 0}},
        /*positionalCount=*/0);
    if (args.helpRequested()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const long rounds = args.value("rounds");
    const long points = args.value("points");
    if (rounds < 1 || points < 2 || points > CanvasDocument::kMaxPoints) {
        throw std::invalid_argument("need rounds >= 1 and 2 <= points <= 500");
    }
    setComputeThreads(1);
    QApplication app(argc, argv);

    const TrainingConfig config = presetByName("recommended").config;
    const ModelSnapshot weights = Trainer(config).snapshot();
    CanvasView view;
    view.resize(static_cast<int>(args.value("width")), static_cast<int>(args.value("height")));
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    view.setSnapshot(weights);
    PointCanvas &canvas = view.canvas();
    TrainingController controller;
    QObject::connect(&controller, &TrainingController::snapshotReady, &view,
                     &CanvasView::setSnapshot);
    if (args.value("training") != 0) {
        registerMetaTypes();
        TrainingConfig endless = config; // until the benchmark ends, not the preset's budget
        endless.maxSteps = 0;
        endless.maxSeconds = 3600;
        endless.targetAccuracy = 0;
        controller.start(endless);
    }
    const QRect plot = canvas.plotRect().toRect().adjusted(20, 20, -20, -20);

    std::mt19937 rng(1);
    std::uniform_int_distribution<int> px(plot.left(), plot.right());
    std::uniform_int_distribution<int> py(plot.top(), plot.bottom());
    std::vector<double> handDrawn;
    std::vector<double> longer;
    std::vector<double> drags;
    std::vector<double> snapshots;
    std::vector<double> computeOnly;
    std::vector<double> canvasPaint;
    std::vector<double> timelinePaint;
    for (long round = 0; round < rounds; ++round) {
        view.document().clear();
        for (long i = 0; i < points; ++i) {
            const QPoint at(px(rng), py(rng));
            const double ms = timedMs([&] {
                QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at);
                view.repaint();
            });
            (view.document().count() <= kHandDrawn ? handDrawn : longer).push_back(ms);
            // Untimed: snapshots from the worker land here, as between clicks in the app.
            QCoreApplication::processEvents();
        }
        // A drag step on point 2 of the full sequence: everything after it is recomputed.
        const int key = view.document().newMergeKey();
        for (int i = 0; i < 10; ++i) {
            Point p = view.document().points()[1];
            p.y += 1.0;
            drags.push_back(timedMs([&] {
                view.document().move(1, p, key);
                view.repaint();
            }));
        }
        snapshots.push_back(timedMs([&] {
            view.setSnapshot(weights);
            view.repaint();
        }));
        // Where a full sequence's time goes: the model and the notes, then each view's paint.
        for (int i = 0; i < 10; ++i) {
            Point p = view.document().points()[1];
            p.y -= 1.0;
            computeOnly.push_back(timedMs([&] { view.document().move(1, p, key); }));
            canvasPaint.push_back(timedMs([&] { canvas.repaint(); }));
            timelinePaint.push_back(timedMs([&] { view.timeline().repaint(); }));
        }
    }
    controller.shutdown();
    std::printf("canvas_latency: recommended preset (LSTM %d, %s), %dx%d canvas tab, %ld rounds "
                "of %ld clicks, %s\n",
                config.model.options.hiddenSize, toString(config.model.preprocessing).c_str(),
                view.width(), view.height(), rounds, points,
                args.value("training") != 0 ? "training on the worker thread" : "no training");
    report("click, points 1-16", handDrawn);
    report("click, points 17+", longer);
    report("drag point 2 of a full sequence", drags);
    report("new weights, full sequence", snapshots);
    report("  of a drag: recompute, no paint", computeOnly);
    report("  paint of the canvas alone", canvasPaint);
    report("  paint of the belief timeline", timelinePaint);
    return 0;
}

} // namespace

} // namespace curvelab::bench

int main(int argc, char **argv)
{
    return curvelab::bench::runGuarded("canvas_latency", curvelab::bench::kUsage,
                                       curvelab::bench::run, argc, argv);
}
