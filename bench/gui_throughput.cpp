// What watching costs: training throughput of the recommended preset with the main window open
// and its charts updating, against the same training without a window (as curvelab-cli train
// runs it), plus how late the GUI thread answers while training runs at full speed.
//
// Target (issue "The desktop app"): throughput with the window >= 80% of the CLI's; input handled
// within 50 ms. Run under Xvfb for a real window system, or with QT_QPA_PLATFORM=offscreen.
//
// Usage: gui_throughput [--steps N] [--repeats R]

#include "benchargs.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "presets.h"
#include "setuppanel.h"
#include "threading.h"
#include "trainer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace curvelab;

namespace {

// How often the probe asks the GUI thread for a turn; its lateness is the input latency a click
// would see.
constexpr int kProbeIntervalMs = 5;

TrainingConfig benchConfig(long steps)
{
    TrainingConfig c = presetByName("recommended").config;
    c.maxSteps = steps;
    c.maxSeconds = 0;
    return c;
}

double headlessSequencesPerSecond(const TrainingConfig &config)
{
    Trainer trainer(config);
    TrainingControl control;
    QElapsedTimer clock;
    clock.start();
    const TrainingResult r = trainer.train(control);
    return static_cast<double>(r.last.sequencesSeen) / (clock.nsecsElapsed() * 1e-9);
}

struct WindowRun
{
    double sequencesPerSecond = 0.0;
    std::vector<double> lateMs; // how late each probe tick came
};

WindowRun windowedRun(const TrainingConfig &config)
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    window.setupPanel().setConfig(config);
    WindowRun run;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const double late = probeClock.nsecsElapsed() * 1e-6 - kProbeIntervalMs;
        run.lateMs.push_back(std::max(late, 0.0));
        probeClock.restart();
    });
    QEventLoop loop;
    long sequences = 0;
    QObject::connect(&window.controller(), &TrainingController::finished, &loop,
                     [&](const TrainingResult &r, const ModelSnapshot &) {
                         sequences = r.last.sequencesSeen;
                         loop.quit();
                     });
    QElapsedTimer clock;
    clock.start();
    probeClock.start();
    probe.start();
    window.startOrPause();
    loop.exec();
    probe.stop();
    run.sequencesPerSecond = static_cast<double>(sequences) / (clock.nsecsElapsed() * 1e-9);
    return run;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0.0;
    }
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace

int main(int argc, char **argv)
{
    setComputeThreads(1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("CurveLabBench"); // keep the user's settings out of it
    registerMetaTypes();
    Q_INIT_RESOURCE(curvelab);
    const bench::BenchArgs args(argc, argv, {{"steps", 1500}, {"repeats", 3}}, 0);
    const TrainingConfig config = benchConfig(args.value("steps"));

    std::vector<double> headless;
    std::vector<double> windowed;
    std::vector<double> late;
    for (long r = 0; r < args.value("repeats"); ++r) {
        headless.push_back(headlessSequencesPerSecond(config));
        const WindowRun run = windowedRun(config);
        windowed.push_back(run.sequencesPerSecond);
        late.insert(late.end(), run.lateMs.begin(), run.lateMs.end());
        std::printf("run %ld: headless %.0f seq/s, window %.0f seq/s\n", r + 1, headless.back(),
                    windowed.back());
    }
    const double h = percentile(headless, 0.5);
    const double w = percentile(windowed, 0.5);
    std::printf("median headless: %.0f seq/s\n", h);
    std::printf("median with window: %.0f seq/s (%.0f%% of headless)\n", w, 100.0 * w / h);
    std::printf("GUI thread lateness over %zu probes: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
                late.size(), percentile(late, 0.5), percentile(late, 0.99), percentile(late, 1.0));
    return 0;
}
