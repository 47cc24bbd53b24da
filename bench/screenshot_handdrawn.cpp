// Not a benchmark: draws a straight line, a parabola arc and a root arc by hand on the canvas of
// a freshly opened window (six clicks each, a few pixels off, with the ready network answering),
// saves a screenshot of each and prints what the network and least squares said.
//
// Usage: screenshot_handdrawn WIDTH HEIGHT OUTPUT_PREFIX   (writes PREFIX-line.png,
// PREFIX-parabola.png, PREFIX-root.png)

#include "canvasdocument.h"
#include "canvasview.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "pointcanvas.h"
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

// Clicks per curve, and how far a hand misses: Gaussian, in pixels.
constexpr int kClicks = 6;
constexpr double kJitterPixels = 3.0;

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Stroke
{
    const char *name;
    // Where the curve runs on the canvas's first view (0..10 by 0..10), in data units.
    double left, right, bottom, top;
    std::function<double(double)> rise; // 0..1 over 0..1
};

} // namespace

int main(int argc, char **argv)
{
    setComputeThreads(1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("CurveLabScreenshots"); // a first run, whatever the user has
    registerMetaTypes();
    Q_INIT_RESOURCE(curvelab);
    if (argc != 4) {
        std::fprintf(stderr, "usage: screenshot_handdrawn WIDTH HEIGHT OUTPUT_PREFIX\n");
        return 2;
    }
    MainWindow window;
    window.resize(QString(argv[1]).toInt(), QString(argv[2]).toInt());
    window.show();
    auto *canvasView = window.findChild<CanvasView *>();
    window.findChild<QTabWidget *>()->setCurrentWidget(canvasView);
    settle(300);
    PointCanvas &canvas = canvasView->canvas();
    // Three strokes in different places, none touching x = 0; the parabola and the root start
    // away from their vertex, as an arc drawn anywhere would.
    const Stroke strokes[] = {
        {"line", 1.5, 8.5, 8.0, 2.5, [](double t) { return t; }},
        {"parabola", 3.0, 9.5, 1.0, 9.5, [](double t) { return 0.15 + 0.85 * t * t; }},
        {"root", 2.0, 9.0, 3.0, 8.0, [](double t) { return std::sqrt(0.05 + 0.95 * t); }},
    };
    std::mt19937 rng(2026);
    std::normal_distribution<double> jitter(0.0, kJitterPixels);
    int failures = 0;
    for (const Stroke &s : strokes) {
        canvasView->document().replace({}, "Clear");
        for (int i = 0; i < kClicks; ++i) {
            const double t = static_cast<double>(i) / (kClicks - 1);
            const Point aim{s.left + (s.right - s.left) * t,
                            s.bottom + (s.top - s.bottom) * s.rise(t)};
            const QPointF at = canvas.transform().toWidget(aim);
            QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier,
                              QPointF(at.x() + jitter(rng), at.y() + jitter(rng)).toPoint());
            settle(30);
        }
        settle(300);
        const QString path = QString("%1-%2.png").arg(argv[3], s.name);
        const bool saved = window.grab().save(path);
        std::printf("%s %s\n  network: %s\n  %s\n", saved ? "wrote" : "FAILED", qPrintable(path),
                    qPrintable(canvasView->guessText()),
                    qPrintable(canvasView->leastSquaresText()));
        failures += saved ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}
