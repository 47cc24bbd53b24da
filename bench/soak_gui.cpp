// Memory soak with the desktop app: the main window trains the recommended preset for a million
// sequences through its TrainingController, as a Start click does, while its live charts grow and
// the canvas tab classifies a drawing with every snapshot the worker publishes. Resident memory is
// sampled once a second; after the warm-up it may grow by no more than --max-growth-mb. It also
// reports how many points the loss chart holds at the end, which LiveChart's decimation bounds.
//
// Exit status 1 on too much growth or a failed run (docs/reliability.md). Run with
// QT_QPA_PLATFORM=offscreen or under Xvfb.

#include "benchargs.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "curvegenerator.h"
#include "livechart.h"
#include "mainwindow.h"
#include "memorysoak.h"
#include "metatypes.h"
#include "presets.h"
#include "setuppanel.h"
#include "threading.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>
#include <stdexcept>

namespace curvelab::bench {

namespace {

constexpr char kUsage[] =
    "usage: soak_gui [--sequences N] [--sample-ms T] [--max-growth-mb M] [--warmup-percent P]\n"
    "                [--chart-cap C]\n"
    "  Trains the recommended preset on N sequences in the main window, charts and canvas live,\n"
    "  and samples resident memory every T ms. Fails (exit 1) if RSS grows by more than M MiB\n"
    "  after the first P% of the steps. C > 0 caps the loss chart's points per series below the\n"
    "  app's default, so that its decimation runs within a shorter soak.\n"
    "  Defaults: --sequences 1000000 --sample-ms 1000 --max-growth-mb 16 --warmup-percent 10\n"
    "  --chart-cap 0.\n";

// Points of the drawing on the canvas: a sample's length there.
constexpr int kCanvasPoints = CanvasView::kSampleLength;
constexpr std::size_t kTableRows = 20;
// exportChart()'s numbering (MainWindow::charts()).
constexpr int kLossChart = 0;
constexpr int kAccuracyChart = 1;

// The tab widget that holds the canvas, found rather than exposed: MainWindow keeps it private and
// only this program needs it.
QTabWidget *tabsHolding(MainWindow &window, QWidget *page)
{
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        if (tabs->indexOf(page) >= 0) {
            return tabs;
        }
    }
    throw std::logic_error("the main window has no tab holding the canvas");
}

// The tab of `tabs` that shows `widget`, however deep inside its page it sits.
int tabShowing(const QTabWidget &tabs, QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (const int index = tabs.indexOf(w); index >= 0) {
            return index;
        }
    }
    throw std::logic_error("no tab shows the widget");
}

void printChartPoints(const char *what, const LiveChart &chart)
{
    for (int i = 0; i < chart.seriesCount(); ++i) {
        std::printf("%s, series %d: %lld points held (cap %d)\n", what, i,
                    static_cast<long long>(chart.seriesPoints(i).size()),
                    chart.maxPointsPerSeries());
    }
}

int run(int argc, char **argv)
{
    const BenchArgs args(argc, argv,
                         {{"sequences", 1000000},
                          {"sample-ms", 1000},
                          {"max-growth-mb", 16},
                          {"warmup-percent", 10},
                          {"chart-cap", 0}},
                         /*positionalCount=*/0);
    if (args.helpRequested()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const long sequences = args.value("sequences");
    const long warmupPercent = args.value("warmup-percent");
    const long chartCap = args.value("chart-cap");
    if (sequences < 1 || args.value("sample-ms") < 1 || args.value("max-growth-mb") < 0 ||
        warmupPercent < 0 || warmupPercent >= 100 || chartCap < 0) {
        throw std::invalid_argument("need sequences >= 1, sample-ms >= 1, max-growth-mb >= 0, "
                                    "0 <= warmup-percent < 100, chart-cap >= 0");
    }
    setComputeThreads(1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("CurveLabBench"); // keep the user's settings out of it
    registerMetaTypes();

    TrainingConfig config = presetByName("recommended").config;
    // Whole batches: the last one may pass N by less than a batch.
    config.maxSteps = (sequences + config.batchSize - 1) / config.batchSize;
    config.maxSeconds = 0.0;
    config.targetAccuracy = 0.0;
    const long warmupStep = config.maxSteps * warmupPercent / 100;

    MainWindow window;
    window.resize(1280, 720);
    window.show();
    window.setupPanel().setConfig(config);
    if (window.setupPanel().config().maxSteps != config.maxSteps) {
        throw std::runtime_error("the setup panel did not take a budget of " +
                                 std::to_string(config.maxSteps) + " steps");
    }
    auto *lossChart = qobject_cast<LiveChart *>(window.charts().at(kLossChart));
    auto *accuracyChart = qobject_cast<LiveChart *>(window.charts().at(kAccuracyChart));
    if (!lossChart || !accuracyChart) {
        throw std::logic_error("MainWindow::charts() no longer starts with two live charts");
    }
    if (chartCap > 0) {
        lossChart->setMaxPointsPerSeries(static_cast<int>(chartCap));
    }
    // A drawing on the canvas, so that every snapshot the worker publishes is classified.
    CanvasView &canvas = window.canvasView();
    canvas.document().replace(
        CurveGenerator(config.generator).sample(/*family=*/0, kCanvasPoints).points, "soak");
    QTabWidget *tabs = tabsHolding(window, &canvas);
    const int canvasTab = tabShowing(*tabs, &canvas);
    const int chartsTab = tabShowing(*tabs, lossChart);

    long progressReports = 0;
    long snapshotsSeen = 0;
    QObject::connect(&window.controller(), &TrainingController::progress, &window,
                     [&](const TrainingStats &) { ++progressReports; });
    QObject::connect(&window.controller(), &TrainingController::snapshotReady, &window,
                     [&](const ModelSnapshot &) { ++snapshotsSeen; });

    MemorySoak soak(warmupStep, static_cast<double>(args.value("max-growth-mb")));
    QElapsedTimer clock;
    const auto sampleNow = [&](long step) {
        soak.record(sampleMemory(step, step * config.batchSize, clock.nsecsElapsed() * 1e-9));
    };
    QTimer sampler;
    sampler.setInterval(static_cast<int>(args.value("sample-ms")));
    QObject::connect(&sampler, &QTimer::timeout, &window, [&] {
        const auto &stats = window.controller().lastStats();
        sampleNow(stats ? stats->step : 0);
        // Turns between the charts and the canvas, so that both are painted during the soak, as a
        // person watching would switch.
        tabs->setCurrentIndex(tabs->currentIndex() == canvasTab ? chartsTab : canvasTab);
    });

    QEventLoop loop;
    TrainingResult result;
    QString failure;
    // Connected after the window's own slot, so the charts have their final points (flushed).
    QObject::connect(&window.controller(), &TrainingController::finished, &loop,
                     [&](const TrainingResult &r, const ModelSnapshot &) {
                         result = r;
                         loop.quit();
                     });
    QObject::connect(&window.controller(), &TrainingController::failed, &loop,
                     [&](const QString &reason) {
                         failure = reason;
                         loop.quit();
                     });

    std::printf("soak_gui: recommended preset in the main window (%dx%d, %s), %ld steps of %d "
                "sequences (%ld sequences), warm-up %ld steps, a sample every %ld ms, %d points "
                "on the canvas\n",
                window.width(), window.height(), qPrintable(QGuiApplication::platformName()),
                config.maxSteps, config.batchSize, config.maxSteps * config.batchSize, warmupStep,
                args.value("sample-ms"), kCanvasPoints);
    std::fflush(stdout);
    clock.start();
    sampleNow(0);
    sampler.start();
    window.startOrPause();
    loop.exec();
    sampler.stop();
    if (!failure.isEmpty()) {
        throw std::runtime_error("training failed: " + failure.toStdString());
    }
    if (result.reason != StopReason::StepBudget) {
        throw std::runtime_error("training stopped early: " + result.englishMessage());
    }
    sampleNow(result.last.step);

    const double seconds = clock.nsecsElapsed() * 1e-9;
    std::printf("trained %ld sequences in %.1f s (%.0f sequences/s), final loss %.4f, test "
                "accuracy %.1f%%\n",
                result.last.sequencesSeen, seconds,
                static_cast<double>(result.last.sequencesSeen) / seconds, result.last.loss,
                100.0 * result.last.testAccuracy);
    std::printf("GUI received %ld progress reports and %ld snapshots; metrics history %zu rows; "
                "canvas: %d moments kept, %zu predictions\n",
                progressReports, snapshotsSeen, window.history().size(), canvas.momentCount(),
                canvas.classifier().predictions().size());
    // Series 0 of the loss chart is the raw loss, 1 its smoothed companion (MainWindow).
    printChartPoints("loss chart", *lossChart);
    printChartPoints("accuracy chart", *accuracyChart);
    const bool passed = soak.print(stdout, kTableRows);
    window.controller().shutdown();
    return passed ? 0 : 1;
}

} // namespace

} // namespace curvelab::bench

int main(int argc, char **argv)
{
    // At global scope: the macro declares the resource's init function where it stands.
    Q_INIT_RESOURCE(curvelab);
    return curvelab::bench::runGuarded("soak_gui", curvelab::bench::kUsage, curvelab::bench::run,
                                       argc, argv);
}
