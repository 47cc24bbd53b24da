#include "canvasdocument.h"
#include "canvasview.h"
#include "livechart.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "modelfile.h"
#include "pointcanvas.h"
#include "presets.h"
#include "readynetwork.h"
#include "setuppanel.h"
#include "testsupport.h"
#include "threading.h"
#include "trainer.h"
#include "uitestsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <memory>

using namespace curvelab;
using curvelab::test::edit;
using curvelab::test::field;
using curvelab::test::smallConfig;
using namespace curvelab::test;
using State = TrainingController::State;

namespace {

// Generous bounds for a shared, loaded 2-core machine: a batch of the small model takes
// milliseconds.
constexpr int kSignalTimeoutMs = 10000;
// How long without a report counts as "nothing more is coming" (hundreds of batches' time).
constexpr int kQuietMs = 400;
// A user closing the window mid-run must not wait for training: the loop checks cancel every
// batch, so the window is gone within a batch.
constexpr qint64 kCloseBoundMs = 1000;
// The question's setup at learning rate 10 blows up within a few hundred tiny batches.
constexpr int kDivergenceTimeoutMs = 60000;
// Steps a run with a step budget trains in these tests; with an evaluation every 20 steps it
// measures at step 20 and once more when the budget ends it.
constexpr long kBudgetSteps = 30;
// A step count a run reaches in well under a second, past the first evaluation.
constexpr long kSomeSteps = 30;
// The raw loss series of the loss chart (its smoothed companion is the next one).
constexpr int kLossSeries = 0;
// What the metrics CSV starts with, whatever the test length.
constexpr char kMetricsHeader[] = "step,sequences,elapsed_s,loss,test_accuracy";

TrainingConfig budgetConfig()
{
    TrainingConfig c = smallConfig();
    c.maxSteps = kBudgetSteps;
    return c;
}

long lastStep(MainWindow &window)
{
    const auto &stats = window.controller().lastStats();
    return stats ? stats->step : -1;
}

LiveChart &lossChart(MainWindow &window)
{
    return *qobject_cast<LiveChart *>(window.charts().at(0));
}

QList<QPointF> lossPoints(MainWindow &window)
{
    // The chart pushes its buffer on a timer; the test reads what is on screen now.
    lossChart(window).flush();
    return lossChart(window).seriesPoints(kLossSeries);
}

QAction *startAction(MainWindow &window)
{
    return actionWithShortcut(window, QKeySequence(Qt::Key_Space));
}

// Clicks the toolbar button of `action`, as a user does.
void clickToolButton(MainWindow &window, QAction *action)
{
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("trainingToolBar"));
    QWidget *button = bar ? bar->widgetForAction(action) : nullptr;
    if (!button) {
        qFatal("no toolbar button for %s", qPrintable(action->text()));
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

// Waits until no report has come for kQuietMs: a paused loop has settled.
bool waitForQuiet(QSignalSpy &spy)
{
    // Bounded, so that a pause that does not hold fails the test instead of hanging it.
    for (int i = 0; i < 50; ++i) {
        if (!spy.wait(kQuietMs)) {
            return true;
        }
    }
    return false;
}

// Runs until the controller has reported at least `steps` steps.
bool trainFor(MainWindow &window, long steps)
{
    if (window.controller().state() == State::Idle) {
        window.startOrPause();
    }
    return QTest::qWaitFor([&] { return lastStep(window) >= steps; }, kSignalTimeoutMs);
}

// Stops a run and waits until its final report is in: the window is Idle with weights kept.
bool stopAndSettle(MainWindow &window)
{
    window.stopTraining();
    return QTest::qWaitFor([&] { return window.controller().state() == State::Idle; },
                           kSignalTimeoutMs) &&
           window.controller().latestSnapshot().has_value();
}

// Trains a run with a step budget to its end.
bool trainToBudget(MainWindow &window)
{
    QSignalSpy finished(&window.controller(), &TrainingController::finished);
    window.startOrPause();
    return finished.wait(kSignalTimeoutMs) && window.controller().state() == State::Idle;
}

// Applies edits written "field=value".
void apply(QWidget &panel, const QStringList &edits)
{
    for (const QString &e : edits) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        edit(panel, e.left(eq), e.mid(eq + 1));
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void titleAndIcon();
    void firstRunHintShowsOnlyOnce();
    void startTrainsAndReports_data();
    void startTrainsAndReports();
    void pauseHoldsTheStepAndResumeContinues();
    void stopKeepsTheWeightsAndStartContinues();
    void resetClearsTheChartsAndRestartsAtStepOne_data();
    void resetClearsTheChartsAndRestartsAtStepOne();
    void anotherModelStartsNewCharts();
    void stepFromIdleRunsExactlyOneBatch_data();
    void stepFromIdleRunsExactlyOneBatch();
    void runToItsBudgetRecordsEachMeasurementOnce();
    void closingWhileTrainingReturnsQuickly_data();
    void closingWhileTrainingReturnsQuickly();
    void divergenceShowsAnErrorBannerAndNoDialog();
    void setupAndLargeTextSurviveARestart();
    void savedModelOpensInANewWindow();
    void canvasFollowsTheWeights();
    void handDrawnCurvesAreNamedOnAFreshWindow_data();
    void handDrawnCurvesAreNamedOnAFreshWindow();
    void savingBeforeTrainingIsRefused();
    void openingABadFileChangesNothing_data();
    void openingABadFileChangesNothing();
    void openingWhileTrainingIsRefused();
    void invalidSetupIsRefused_data();
    void invalidSetupIsRefused();
    void exportedMetricsAreACsvOfTheMeasurements();
    void exportedChartIsAnImage_data();
    void exportedChartIsAnImage();
    void exportToAnUnwritablePathFails_data();
    void exportToAnUnwritablePathFails();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    // A valid model file's bytes, trained by core directly so that the bad-file rows need no
    // training thread.
    QByteArray m_goodModel;
};

void TestMainWindow::initTestCase()
{
    isolateWindowSuite(QStringLiteral("tst_mainwindow"));

    Trainer trainer(smallConfig());
    for (int i = 0; i < 3; ++i) {
        trainer.trainStep();
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("good.clm"));
    saveModel(trainer.snapshot(), file.toStdString());
    m_goodModel = readAll(file);
    QVERIFY(!m_goodModel.isEmpty());
}

void TestMainWindow::init()
{
    // Every test starts as a first run.
    QSettings settings;
    settings.clear();
    settings.sync();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::titleAndIcon()
{
    MainWindow window;
    QVERIFY2(window.windowTitle().startsWith(QLatin1String("CurveLab")),
             qPrintable(window.windowTitle()));
    // The icon comes from the ui library's resources, which a static library must initialise.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/curvelab.svg")));
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::firstRunHintShowsOnlyOnce()
{
    {
        MainWindow window;
        QVERIFY(showAndActivate(window));
        QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Hint);
        QVERIFY2(window.bannerText().contains(QLatin1String("Space")),
                 qPrintable(window.bannerText()));
        window.close();
    }
    MainWindow again;
    QVERIFY(showAndActivate(again));
    QVERIFY2(again.bannerText().isEmpty(), qPrintable(again.bannerText()));
}

void TestMainWindow::startTrainsAndReports_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("pressing Space starts training") << "space";
    QTest::addRow("the toolbar's Start button starts training") << "toolbar";
    QTest::addRow("startOrPause() starts training") << "slot";
}

void TestMainWindow::startTrainsAndReports()
{
    QFETCH(QString, how);
    MainWindow window;
    QVERIFY(prepare(window));
    QCOMPARE(startAction(window)->text(), QStringLiteral("Start"));
    if (how == QLatin1String("space")) {
        QTest::keyClick(&window, Qt::Key_Space);
    } else if (how == QLatin1String("toolbar")) {
        clickToolButton(window, startAction(window));
    } else {
        window.startOrPause();
    }
    QCOMPARE(window.controller().state(), State::Running);
    QCOMPARE(startAction(window)->text(), QStringLiteral("Pause"));
    // Starting puts the first-run hint away.
    QVERIFY(window.bannerText().isEmpty());

    QVERIFY(trainFor(window, kSomeSteps));
    // The status bar and the window's slot see the same report, so the step shown is the last.
    const QString status = window.statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Step %1 ").arg(lastStep(window))),
             qPrintable(status));
    QTRY_VERIFY_WITH_TIMEOUT(!lossPoints(window).isEmpty(), kSignalTimeoutMs);
    QVERIFY(!window.history().empty()); // the test set was measured at step 20
    QCOMPARE(window.controller().state(), State::Running);
}

void TestMainWindow::pauseHoldsTheStepAndResumeContinues()
{
    MainWindow window;
    QVERIFY(prepare(window));
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(trainFor(window, kSomeSteps));

    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(window.controller().state(), State::Paused);
    QCOMPARE(startAction(window)->text(), QStringLiteral("Resume"));
    // The batch in flight may still report; then nothing more comes.
    QVERIFY(waitForQuiet(progress));
    const long pausedAt = lastStep(window);
    const QString status = window.statusText();
    QVERIFY(!progress.wait(kQuietMs));
    QCOMPARE(lastStep(window), pausedAt);
    QCOMPARE(window.statusText(), status);

    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(window.controller().state(), State::Running);
    QCOMPARE(startAction(window)->text(), QStringLiteral("Pause"));
    QTRY_VERIFY_WITH_TIMEOUT(lastStep(window) > pausedAt, kSignalTimeoutMs);
}

void TestMainWindow::stopKeepsTheWeightsAndStartContinues()
{
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(trainFor(window, kSomeSteps));
    clickToolButton(window, actionWithShortcut(window, QKeySequence(Qt::Key_Escape)));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(window.controller().latestSnapshot().has_value());
    const long kept = window.controller().latestSnapshot()->step;
    QVERIFY(kept >= kSomeSteps);
    QCOMPARE(startAction(window)->text(), QStringLiteral("Start"));
    const QList<QPointF> firstRun = lossPoints(window);
    QVERIFY(!firstRun.isEmpty());

    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(window.controller().state(), State::Running);
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QVERIFY(progress.at(0).at(0).value<TrainingStats>().step > kept);
    // The charts go on from the first run instead of starting over.
    QTRY_VERIFY_WITH_TIMEOUT(lossPoints(window).size() > firstRun.size(), kSignalTimeoutMs);
    QCOMPARE(lossPoints(window).first(), firstRun.first());
}

void TestMainWindow::resetClearsTheChartsAndRestartsAtStepOne_data()
{
    QTest::addColumn<QString>("when");
    QTest::addRow("reset after stop") << "stopped";
    QTest::addRow("reset while running stops the run and forgets it") << "running";
    QTest::addRow("reset while paused stops the run and forgets it") << "paused";
}

void TestMainWindow::resetClearsTheChartsAndRestartsAtStepOne()
{
    QFETCH(QString, when);
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(trainFor(window, kSomeSteps));
    if (when == QLatin1String("stopped")) {
        QVERIFY(stopAndSettle(window));
    } else if (when == QLatin1String("paused")) {
        window.startOrPause();
        QCOMPARE(window.controller().state(), State::Paused);
    }

    clickToolButton(window, actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+R"))));
    // A run that was on ends within a batch; what it still reports must not reach the charts.
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(!window.controller().latestSnapshot().has_value());
    QVERIFY(window.history().empty());
    QVERIFY(lossPoints(window).isEmpty());
    QVERIFY2(window.statusText().contains(QLatin1String("reset")), qPrintable(window.statusText()));

    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.stepOnce();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QCOMPARE(progress.at(0).at(0).value<TrainingStats>().step, 1L);
    QVERIFY(waitForQuiet(progress));
    const QList<QPointF> points = lossPoints(window);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().x(), 1.0);
}

void TestMainWindow::anotherModelStartsNewCharts()
{
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(trainFor(window, kSomeSteps));
    QVERIFY(stopAndSettle(window));
    // The kept weights do not fit a bigger network: the window says the next run starts over.
    apply(window.setupPanel(), {"hiddenSize=24"});
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Warning);
    QVERIFY2(window.bannerText().contains(QLatin1String("new random weights")),
             qPrintable(window.bannerText()));

    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.stepOnce();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QCOMPARE(progress.at(0).at(0).value<TrainingStats>().step, 1L);
    QVERIFY(waitForQuiet(progress));
    // The charts and the metrics show the new run alone, not drawn over the old one.
    QVERIFY(window.history().empty());
    const QList<QPointF> points = lossPoints(window);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().x(), 1.0);
}

void TestMainWindow::stepFromIdleRunsExactlyOneBatch_data()
{
    QTest::addColumn<bool>("key");
    QTest::addRow("pressing . steps once") << true;
    QTest::addRow("stepOnce() steps once") << false;
}

void TestMainWindow::stepFromIdleRunsExactlyOneBatch()
{
    QFETCH(bool, key);
    MainWindow window;
    QVERIFY(prepare(window));
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    auto step = [&] {
        if (key) {
            QTest::keyClick(&window, Qt::Key_Period);
        } else {
            window.stepOnce();
        }
    };

    step();
    QCOMPARE(window.controller().state(), State::Paused);
    QCOMPARE(startAction(window)->text(), QStringLiteral("Resume"));
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QVERIFY(waitForQuiet(progress));
    QCOMPARE(progress.count(), 1);
    QCOMPARE(lastStep(window), 1L);
    QVERIFY2(window.statusText().startsWith(QLatin1String("Step 1 ")),
             qPrintable(window.statusText()));
    QCOMPARE(lossPoints(window).size(), 1);

    // Paused, each further step lets exactly one more batch through.
    step();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QVERIFY(waitForQuiet(progress));
    QCOMPARE(progress.count(), 2);
    QCOMPARE(lastStep(window), 2L);
    QCOMPARE(window.controller().state(), State::Paused);
}

void TestMainWindow::runToItsBudgetRecordsEachMeasurementOnce()
{
    MainWindow window;
    QVERIFY(prepare(window, budgetConfig()));
    QVERIFY(trainToBudget(window));
    QCOMPARE(window.controller().latestSnapshot()->step, kBudgetSteps);
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Success);
    QVERIFY2(window.bannerText().contains(QLatin1String("step budget")),
             qPrintable(window.bannerText()));
    // Measured every 20 steps and at the end: one entry each, so that the exported CSV has no
    // repeated rows and the charts no doubled points.
    std::vector<long> steps;
    for (const TrainingStats &s : window.history()) {
        steps.push_back(s.step);
    }
    QCOMPARE(steps, (std::vector<long>{20, kBudgetSteps}));
}

void TestMainWindow::closingWhileTrainingReturnsQuickly_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("closing while running") << "running";
    QTest::addRow("closing while paused") << "paused";
    QTest::addRow("closing while slowed down to a batch a second") << "slowed";
}

void TestMainWindow::closingWhileTrainingReturnsQuickly()
{
    QFETCH(QString, mode);
    // On the heap, to destroy it right after the close as the application does.
    auto window = std::make_unique<MainWindow>();
    QVERIFY(prepare(*window));
    if (mode == QLatin1String("slowed")) {
        auto *speed = window->findChild<QSlider *>();
        QVERIFY(speed);
        speed->setValue(speed->maximum());
    }
    QSignalSpy progress(&window->controller(), &TrainingController::progress);
    window->startOrPause();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    if (mode == QLatin1String("paused")) {
        window->startOrPause();
        QCOMPARE(window->controller().state(), State::Paused);
    } else {
        QCOMPARE(window->controller().state(), State::Running);
    }

    QElapsedTimer timer;
    timer.start();
    QVERIFY(window->close());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < kCloseBoundMs, qPrintable(QString::number(elapsed)));
    QCOMPARE(window->controller().state(), State::Idle);
    // Reports queued before the close may still be delivered; once they are, the joined thread
    // sends nothing more.
    QCoreApplication::sendPostedEvents();
    progress.clear();
    QVERIFY(!progress.wait(kQuietMs));
    // The close saved the settings: the next start is no first run.
    QVERIFY(QSettings().value(QStringLiteral("hint/shown")).toBool());
    window.reset();
}

void TestMainWindow::divergenceShowsAnErrorBannerAndNoDialog()
{
    MainWindow window;
    QVERIFY(showAndActivate(window));
    window.setupPanel().loadPreset(QStringLiteral("question"));
    TrainingConfig config = window.setupPanel().config();
    config.learningRate = 10;
    // Measuring at the end is the slow part of a divergent run; a small test set keeps it short.
    config.testSequences = 100;
    window.setupPanel().setConfig(config);
    QVERIFY(window.setupPanel().isValid());

    QSignalSpy finished(&window.controller(), &TrainingController::finished);
    window.startOrPause();
    QVERIFY(finished.wait(kDivergenceTimeoutMs));
    QCOMPARE(finished.at(0).at(0).value<TrainingResult>().reason, StopReason::Diverged);
    QCOMPARE(window.controller().state(), State::Idle);
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
    QVERIFY2(window.bannerText().contains(QLatin1String("learning rate")),
             qPrintable(window.bannerText()));
    // A classroom demo must not stop on a dialog nobody reads from the back row.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // The banner's own "Reset weights" link, as a user follows it; then a sane setup trains.
    QLabel *banner = nullptr;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == window.bannerText()) {
            banner = label;
        }
    }
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QLatin1String("href=\"reset\"")));
    Q_EMIT banner->linkActivated(QStringLiteral("reset"));
    QVERIFY(!window.controller().latestSnapshot().has_value());
    QVERIFY(window.bannerText().isEmpty());

    window.setupPanel().setConfig(smallConfig());
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.startOrPause();
    QCOMPARE(window.controller().state(), State::Running);
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QVERIFY(window.bannerText().isEmpty());
}

void TestMainWindow::setupAndLargeTextSurviveARestart()
{
    TrainingConfig expected;
    {
        MainWindow window;
        QVERIFY(prepare(window));
        apply(window.setupPanel(), {"hiddenSize=24", "noise=0.05"});
        QVERIFY(window.setupPanel().isValid());
        expected = window.setupPanel().config();
        QCOMPARE(expected.model.options.hiddenSize, 24);
        QCOMPARE(expected.generator.noise, 0.05);
        actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+L")))->trigger();
        QVERIFY(lossChart(window).fontScale() > 1.0);
        // Closing saves, as when the user quits.
        window.close();
    }
    MainWindow window;
    const QString difference = firstDifference(expected, window.setupPanel().config());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+L")))->isChecked());
    QVERIFY(lossChart(window).fontScale() > 1.0);
}

void TestMainWindow::canvasFollowsTheWeights()
{
    MainWindow window;
    QVERIFY(prepare(window));
    CanvasView &canvas = window.canvasView();
    canvas.document().replace({{6, 40}, {9, 80}, {12, 150}}, QStringLiteral("drawn"));
    // Before anything was trained, the ready network answers, and says so.
    QVERIFY(canvas.isReadyNetworkAnswering());
    QCOMPARE(canvas.classifier().predictions().size(), std::size_t(3));
    QVERIFY2(canvas.originText().contains(QStringLiteral("ready network")),
             qPrintable(canvas.originText()));

    // While training, the canvas takes the snapshots the worker publishes.
    QVERIFY(trainFor(window, kSomeSteps));
    QTRY_VERIFY_WITH_TIMEOUT(!canvas.isReadyNetworkAnswering(), kSignalTimeoutMs);
    QVERIFY2(canvas.originText().contains(QStringLiteral("being trained")),
             qPrintable(canvas.originText()));
    QCOMPARE(canvas.classifier().predictions().size(), std::size_t(3));
    QVERIFY(stopAndSettle(window));
    // After the run, the final weights.
    QVERIFY(sameWeights(*canvas.classifier().snapshot(), *window.controller().latestSnapshot()));

    // Reset forgets the weights, and the ready network answers again; the drawing stays.
    window.resetWeights();
    QVERIFY(canvas.isReadyNetworkAnswering());
    QVERIFY(sameWeights(*canvas.classifier().snapshot(), readyNetwork()));
    QCOMPARE(canvas.document().count(), 3);
}

void TestMainWindow::handDrawnCurvesAreNamedOnAFreshWindow_data()
{
    // Where on the first view (0..10 by 0..10) a stroke runs, and how it rises from its left end
    // to its right end (a share of its height at a share of its width).
    QTest::addColumn<QRectF>("place"); // left, bottom, width, height in data units
    QTest::addColumn<int>("shape");    // 0 straight, 1 bending up (parabola), 2 flattening (root)
    QTest::addColumn<QString>("family");
    QTest::addRow("a rising line in the middle") << QRectF(2, 2, 6, 6) << 0 << "line";
    QTest::addRow("a falling line from the top") << QRectF(1, 9, 8, -6) << 0 << "line";
    QTest::addRow("a parabola arc on the right") << QRectF(4, 1, 5, 8) << 1 << "parabola";
    QTest::addRow("a parabola arc, low and wide") << QRectF(1, 1, 8, 3) << 1 << "parabola";
    QTest::addRow("a root arc from near the axis") << QRectF(0.5, 2, 8, 7) << 2 << "sqrt";
    QTest::addRow("a root arc, small and high") << QRectF(5, 6, 3, 3) << 2 << "sqrt";
}

void TestMainWindow::handDrawnCurvesAreNamedOnAFreshWindow()
{
    QFETCH(QRectF, place);
    QFETCH(int, shape);
    QFETCH(QString, family);
    // Nothing trained: the window answers with the ready network.
    MainWindow window;
    QVERIFY(showAndActivate(window));
    CanvasView &canvas = window.canvasView();
    window.findChild<QTabWidget *>()->setCurrentWidget(&canvas);
    PointCanvas &plot = canvas.canvas();
    // Six clicks, each a few pixels off, as a hand makes them.
    const double miss[][2] = {{2, -3}, {-3, 1}, {1, 3}, {-2, -2}, {3, 2}, {-1, -3}};
    for (int i = 0; i < 6; ++i) {
        const double t = i / 5.0;
        const double rise = shape == 0 ? t : shape == 1 ? 0.1 + 0.9 * t * t : std::sqrt(t);
        const QPointF at = plot.transform().toWidget(
            {place.left() + place.width() * t, place.top() + place.height() * rise});
        QTest::mouseClick(&plot, Qt::LeftButton, Qt::NoModifier,
                          QPointF(at.x() + miss[i][0], at.y() + miss[i][1]).toPoint());
    }
    QCOMPARE(canvas.document().count(), 6);
    QVERIFY(canvas.isReadyNetworkAnswering());
    const Prediction &last = canvas.classifier().predictions().back();
    QVERIFY2(canvas.families()[static_cast<std::size_t>(last.guess)].name == family.toStdString(),
             qPrintable(canvas.guessText() + " / " + canvas.leastSquaresText()));
}

void TestMainWindow::savedModelOpensInANewWindow()
{
    const QString file = path(QStringLiteral("trained.clm"));
    ModelSnapshot saved;
    {
        MainWindow window;
        QVERIFY(prepare(window));
        QVERIFY(trainFor(window, kSomeSteps));
        QVERIFY(stopAndSettle(window));
        saved = *window.controller().latestSnapshot();
        QVERIFY(window.saveModel(file));
        QVERIFY(QFile::exists(file));
    }

    // A fresh window shows the recommended setup, another model than the saved one.
    MainWindow window;
    QVERIFY(showAndActivate(window));
    QVERIFY(window.setupPanel().config().model != saved.spec);
    QVERIFY(window.openModel(file));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Success);
    QVERIFY(window.setupPanel().isValid());
    QVERIFY(window.setupPanel().config().model == saved.spec);
    QVERIFY(window.controller().latestSnapshot().has_value());
    QCOMPARE(window.controller().latestSnapshot()->step, saved.step);
    QVERIFY(sameWeights(*window.controller().latestSnapshot(), saved));
    // The canvas classifies with the opened model at once, without training.
    QVERIFY(window.canvasView().classifier().snapshot());
    QVERIFY(sameWeights(*window.canvasView().classifier().snapshot(), saved));

    // Start continues training the opened model.
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.stepOnce();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QCOMPARE(progress.at(0).at(0).value<TrainingStats>().step, saved.step + 1);
}

void TestMainWindow::savingBeforeTrainingIsRefused()
{
    MainWindow window;
    QVERIFY(prepare(window));
    const QString file = path(QStringLiteral("nothing.clm"));
    QVERIFY(!window.saveModel(file));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Warning);
    QVERIFY2(window.bannerText().contains(QLatin1String("train")), qPrintable(window.bannerText()));
    QVERIFY(!QFile::exists(file));
}

void TestMainWindow::openingABadFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("reason");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(/*seed=*/7);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(64, '\0');
    QByteArray damaged = m_goodModel;
    // Inside the last weight, just before the checksum: it still parses, the checksum does not
    // match.
    damaged[damaged.size() - 12] = static_cast<char>(damaged[damaged.size() - 12] ^ 0x40);

    QTest::addRow("random bytes are not a model file")
        << random << true << "is not a CurveLab model file";
    QTest::addRow("a PNG image is not a model file")
        << png << true << "is not a CurveLab model file";
    QTest::addRow("a text file is not a model file")
        << QByteArray("step,loss\n1,0.5\n") << true << "is not a CurveLab model file";
    QTest::addRow("an empty file is not a model file")
        << QByteArray() << true << "is not a CurveLab model file";
    QTest::addRow("a model file with a damaged byte is corrupt") << damaged << true << "corrupt";
    QTest::addRow("a model file cut short is truncated")
        << m_goodModel.left(m_goodModel.size() / 2) << true << "truncated";
    QTest::addRow("a missing file cannot be opened")
        << QByteArray() << false << "No such file or directory";
}

void TestMainWindow::openingABadFileChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);
    QFETCH(QString, reason);
    const QString good = path(QStringLiteral("good.clm"));
    const QString bad = path(QStringLiteral("bad.clm"));
    QVERIFY(writeAll(good, m_goodModel));
    if (exists) {
        QVERIFY(writeAll(bad, bytes));
    }

    // A window with weights and a setup to lose.
    MainWindow window;
    QVERIFY(showAndActivate(window));
    QVERIFY(window.openModel(good));
    const ModelSnapshot before = *window.controller().latestSnapshot();
    const TrainingConfig setup = window.setupPanel().config();

    QVERIFY(!window.openModel(bad));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
    const QString banner = window.bannerText();
    QVERIFY2(banner.contains(reason), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("bad.clm")), qPrintable(banner));
    QVERIFY(window.controller().latestSnapshot().has_value());
    QVERIFY(sameWeights(*window.controller().latestSnapshot(), before));
    const QString difference = firstDifference(setup, window.setupPanel().config());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(window.controller().state(), State::Idle);
}

void TestMainWindow::openingWhileTrainingIsRefused()
{
    const QString good = path(QStringLiteral("good.clm"));
    QVERIFY(writeAll(good, m_goodModel));
    MainWindow window;
    QVERIFY(prepare(window));
    const TrainingConfig setup = window.setupPanel().config();
    window.startOrPause();
    QVERIFY(!window.openModel(good));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Warning);
    QVERIFY2(window.bannerText().contains(QLatin1String("Stop training")),
             qPrintable(window.bannerText()));
    QCOMPARE(window.controller().state(), State::Running);
    QVERIFY(firstDifference(setup, window.setupPanel().config()).isEmpty());
}

void TestMainWindow::invalidSetupIsRefused_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<bool>("step");
    QTest::addColumn<QString>("reason");
    QTest::addRow("Start with a learning rate of 0 is refused")
        << QStringList{"learningRate=0"} << false << "learning rate must be greater than 0";
    QTest::addRow("Start with a learning rate that is no number is refused")
        << QStringList{"learningRate=fast"} << false << "learning rate must be a number";
    QTest::addRow("Start with a single family is refused")
        << QStringList{"family.parabola.enabled=off", "family.sqrt.enabled=off"} << false
        << "at least two families";
    QTest::addRow("Start with no budget at all is refused")
        << QStringList{"maxSteps=0", "maxSeconds=0", "targetAccuracy=0"} << false
        << "training never stops";
    QTest::addRow("Step with a learning rate of 0 is refused")
        << QStringList{"learningRate=0"} << true << "learning rate must be greater than 0";
}

void TestMainWindow::invalidSetupIsRefused()
{
    QFETCH(QStringList, edits);
    QFETCH(bool, step);
    QFETCH(QString, reason);
    MainWindow window;
    QVERIFY(prepare(window));
    apply(window.setupPanel(), edits);
    QVERIFY(!window.setupPanel().isValid());

    QSignalSpy states(&window.controller(), &TrainingController::stateChanged);
    if (step) {
        window.stepOnce();
    } else {
        QTest::keyClick(&window, Qt::Key_Space);
    }
    QCOMPARE(window.controller().state(), State::Idle);
    QCOMPARE(states.count(), 0);
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
    const QString banner = window.bannerText();
    QVERIFY2(banner.startsWith(step ? QLatin1String("Cannot step") : QLatin1String("Cannot start")),
             qPrintable(banner));
    QVERIFY2(banner.contains(reason, Qt::CaseInsensitive), qPrintable(banner));
}

void TestMainWindow::exportedMetricsAreACsvOfTheMeasurements()
{
    MainWindow window;
    QVERIFY(prepare(window, budgetConfig()));
    QVERIFY(trainToBudget(window));
    const QString file = path(QStringLiteral("metrics.csv"));
    QVERIFY(window.exportMetrics(file));
    const QList<QByteArray> lines = readAll(file).trimmed().split('\n');
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.first().startsWith(kMetricsHeader), lines.first().constData());
    // One row per measurement: at step 20 and at the end of the budget.
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).startsWith("20,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith(QByteArray::number(kBudgetSteps) + ','),
             lines.at(2).constData());
}

void TestMainWindow::exportedChartIsAnImage_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("format");
    const QStringList names = {"loss", "test accuracy", "accuracy by points", "confusion matrix"};
    QCOMPARE(names.size(), MainWindow::kChartCount);
    for (int chart = 0; chart < MainWindow::kChartCount; ++chart) {
        for (const QString format : {"png", "svg"}) {
            QTest::addRow("the %s chart exports as %s", qPrintable(names[chart]),
                          qPrintable(format.toUpper()))
                << chart << format;
        }
    }
}

void TestMainWindow::exportedChartIsAnImage()
{
    QFETCH(int, chart);
    QFETCH(QString, format);
    MainWindow window;
    QVERIFY(prepare(window, budgetConfig()));
    QVERIFY(trainToBudget(window));
    const QString file = path(QStringLiteral("chart.") + format);
    QVERIFY(window.exportChart(chart, file));
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.isEmpty());
    if (format == QLatin1String("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 0 && image.height() > 0);
    } else {
        QVERIFY(bytes.contains("<svg"));
    }
}

void TestMainWindow::exportToAnUnwritablePathFails_data()
{
    QTest::addColumn<int>("chart"); // -1: the metrics
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    // Below a regular file, so that no directory can be made there, not even by root.
    QTest::addRow("metrics below a file are refused") << -1 << "file/metrics.csv"
                                                      << "Cannot write";
    QTest::addRow("a PNG below a file is refused") << 0 << "file/loss.png"
                                                   << "Could not save";
    QTest::addRow("an SVG below a file is refused") << 3 << "file/matrix.svg"
                                                    << "Could not save";
    QTest::addRow("an unknown image type is refused") << 1 << "accuracy.jpg"
                                                      << "Unknown image type";
}

void TestMainWindow::exportToAnUnwritablePathFails()
{
    QFETCH(int, chart);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QVERIFY(writeAll(path(QStringLiteral("file")), "not a directory"));
    MainWindow window;
    QVERIFY(prepare(window));
    const QString file = path(name);
    QVERIFY(chart < 0 ? !window.exportMetrics(file) : !window.exportChart(chart, file));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
    QVERIFY2(window.bannerText().contains(reason), qPrintable(window.bannerText()));
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
