// The window under an impatient user: bursts of clicks, setup edits, file operations and closes
// at random moments while training runs. Nothing may crash, hang or be lost.
#include "canvasdocument.h"
#include "canvasview.h"
#include "lessonfile.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "modelfile.h"
#include "raceview.h"
#include "setuppanel.h"
#include "testsupport.h"
#include "threading.h"
#include "trainer.h"
#include "uitestsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>

using namespace curvelab;
using curvelab::test::field;
using curvelab::test::smallConfig;
using namespace curvelab::test;
using State = TrainingController::State;

namespace {

// Generous bounds for a shared, loaded 2-core machine: a batch of the small model takes
// milliseconds, so a stopped run ends far sooner than this unless something hangs.
constexpr int kSignalTimeoutMs = 10000;
// A user who closes the window must not wait for training or for a race: every worker checks its
// cancel flag each batch. The reference curves cannot be interrupted, but take a second or two.
constexpr qint64 kDestroyBoundMs = 3000;
// Clicks in one random burst: enough to hit every pair of states many times over.
constexpr int kBurstActions = 200;
// The longest pause between two clicks of a burst; 0 means the next click comes before any
// report of the worker has been delivered.
constexpr int kMaxClickGapMs = 20;
// Rounds of "edit the setup while training, then stop": each starts, edits and stops a run.
constexpr int kEditRounds = 4;
// Saves while training goes on; each is read back by another thread at the same time.
constexpr int kSavesWhileTraining = 25;
// Windows closed per row of the closing test, each after a different random wait.
constexpr int kClosesPerRow = 2;
// The longest wait before such a close: up to tens of batches, or a race's first reports.
constexpr int kMaxCloseDelayMs = 60;

// The drawing the user made before the storm; the storm must leave it and its undo steps alone.
const PointSequence kDrawing = {{6, 40}, {9, 80}, {12, 150}, {13.5, 190}};

// What the toolbar says disagrees with the controller's state; empty when they agree.
QString inconsistency(MainWindow &window)
{
    const State state = window.controller().state();
    const QString expected = state == State::Running  ? QStringLiteral("Pause")
                             : state == State::Paused ? QStringLiteral("Resume")
                                                      : QStringLiteral("Start");
    const QString shown = actionWithShortcut(window, QKeySequence(Qt::Key_Space))->text();
    if (shown != expected) {
        return QStringLiteral("the Start action says %1 where %2 is due").arg(shown, expected);
    }
    const bool idle = state == State::Idle;
    const bool stopEnabled = actionWithShortcut(window, QKeySequence(Qt::Key_Escape))->isEnabled();
    if (stopEnabled == idle) {
        return QStringLiteral("Stop is %1 while %2")
            .arg(stopEnabled ? "enabled" : "disabled", idle ? "idle" : "training");
    }
    // The hidden size stands for every field a running model cannot take up: locked while a run
    // is on, open again once it has ended.
    if (field(window.setupPanel(), QStringLiteral("hiddenSize"))->isEnabled() != idle) {
        return QStringLiteral("the setup lock does not follow the state");
    }
    return {};
}

bool samePoints(const PointSequence &a, const PointSequence &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].x != b[i].x || a[i].y != b[i].y) {
            return false;
        }
    }
    return true;
}

// Each point its own undo step, as clicks on the canvas make them.
void draw(MainWindow &window)
{
    for (const Point &p : kDrawing) {
        window.canvasView().document().append(p);
    }
}

// Why the drawing is not as drawn or its undo history broke; empty when all is well. Leaves the
// drawing as it found it.
QString drawingProblem(MainWindow &window)
{
    CanvasDocument &document = window.canvasView().document();
    if (!samePoints(document.points(), kDrawing)) {
        return QStringLiteral("the drawing changed: %1 points").arg(document.count());
    }
    QUndoStack *undo = document.undoStack();
    if (undo->count() != static_cast<int>(kDrawing.size()) || !undo->canUndo()) {
        return QStringLiteral("the undo history has %1 steps").arg(undo->count());
    }
    undo->undo();
    const PointSequence fewer(kDrawing.begin(), kDrawing.end() - 1);
    if (!samePoints(document.points(), fewer)) {
        return QStringLiteral("undo did not take back the last point");
    }
    undo->redo();
    if (!samePoints(document.points(), kDrawing)) {
        return QStringLiteral("redo did not bring the last point back");
    }
    return {};
}

// Opens a file again and again on another thread, as a second CurveLab or the CLI would while
// this one saves it, until stopped. `Error` is what the reader throws for a bad file.
template <typename Error> class ConcurrentReader
{
public:
    explicit ConcurrentReader(std::function<void()> load)
        : m_thread([this, load = std::move(load)] {
              while (!m_done.load()) {
                  try {
                      load();
                      m_reads.fetch_add(1);
                  } catch (const Error &e) {
                      m_firstError = e.what();
                      return;
                  }
              }
          })
    {
    }
    ~ConcurrentReader()
    {
        if (m_thread.joinable()) { // a check failed before stop()
            stop();
        }
    }
    ConcurrentReader(const ConcurrentReader &) = delete;
    ConcurrentReader &operator=(const ConcurrentReader &) = delete;

    // Stops and returns the first error, empty when every read saw a whole file.
    std::string stop()
    {
        m_done = true;
        m_thread.join();
        return m_firstError;
    }
    int reads() const { return m_reads.load(); }

private:
    std::atomic<bool> m_done{false};
    std::atomic<int> m_reads{0};
    std::string m_firstError;
    std::thread m_thread; // last: it starts reading once the members above exist
};

// A pause of a user between two clicks: sometimes none at all, sometimes just long enough for the
// queued reports to land, sometimes a few batches.
void userPause(QRandomGenerator &random)
{
    const int ms = random.bounded(kMaxClickGapMs + 1);
    if (ms == 0) {
        if (random.bounded(2) == 0) {
            QCoreApplication::processEvents();
        }
    } else {
        QTest::qWait(ms);
    }
}

// Counts runs and their ends: every run that leaves Idle must end with exactly one `finished` or
// `failed`, whatever was clicked in between.
struct RunLedger
{
    int started = 0;
    int finished = 0;
    int failed = 0;
    QStringList odd; // how runs ended that no click asked for

    void watch(TrainingController &controller, QObject *context)
    {
        auto previous = std::make_shared<State>(controller.state());
        QObject::connect(&controller, &TrainingController::stateChanged, context,
                         [this, previous](State state) {
                             if (*previous == State::Idle && state != State::Idle) {
                                 ++started;
                             }
                             *previous = state;
                         });
        QObject::connect(&controller, &TrainingController::finished, context,
                         [this](const TrainingResult &result, const ModelSnapshot &) {
                             ++finished;
                             if (result.reason != StopReason::Cancelled) {
                                 odd << QStringLiteral("a run ended on its own: %1")
                                            .arg(QString::fromStdString(result.englishMessage()));
                             }
                         });
        QObject::connect(&controller, &TrainingController::failed, context,
                         [this](const QString &reason) {
                             ++failed;
                             odd << QStringLiteral("a run failed: %1").arg(reason);
                         });
    }
};

// The next setup of a round of the editing test: `kind` names what changes.
TrainingConfig edited(TrainingConfig c, const QString &kind, int round, QRandomGenerator &random)
{
    const bool odd = round % 2 == 1;
    const auto all = originalFamilies();
    QString what = kind;
    if (kind == QLatin1String("everything")) {
        static const QStringList kinds = {"learning rate", "hidden size", "preprocessing", "cell",
                                          "families"};
        what = kinds.at(random.bounded(static_cast<int>(kinds.size())));
    }
    if (what == QLatin1String("learning rate")) {
        c.learningRate = odd ? 1e-3 : 1e-2;
    } else if (what == QLatin1String("hidden size")) {
        c.model.options.hiddenSize = odd ? 8 : 16;
    } else if (what == QLatin1String("preprocessing")) {
        c.model.preprocessing = odd ? Preprocessing::Raw : Preprocessing::FamilyFit;
    } else if (what == QLatin1String("cell")) {
        static const std::array<CellType, 4> cells = {CellType::Gru, CellType::Rnn, CellType::Mlp,
                                                      CellType::Lstm};
        c.model.options.cell = cells.at(static_cast<std::size_t>(round) % cells.size());
    } else if (what == QLatin1String("families")) {
        // Every family but one in turn, then all three again: the panel always has two ticked.
        std::vector<FunctionFamily> ticked;
        const std::size_t off = static_cast<std::size_t>(round) % (all.size() + 1);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (i != off) {
                ticked.push_back(all[i]);
            }
        }
        c.generator.families = ticked;
        c.model.families = ticked;
    }
    return c;
}

} // namespace

class TestGuiStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void burstOfClicksEndsIdleAndTrainsOn_data();
    void burstOfClicksEndsIdleAndTrainsOn();
    void setupEditsWhileTrainingKeepTheWindowConsistent_data();
    void setupEditsWhileTrainingKeepTheWindowConsistent();
    void anUnusableSetupWhileTrainingIsRefusedAtTheNextStart_data();
    void anUnusableSetupWhileTrainingIsRefusedAtTheNextStart();
    void openingAModelIsRefusedWhileTrainingAndWorksRightAfter();
    void closingAtARandomMomentReturnsQuickly_data();
    void closingAtARandomMomentReturnsQuickly();
    void savingWhileTrainingAlwaysLeavesACompleteFile();
    void savingALessonWhileTrainingAlwaysLeavesACompleteFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // A valid model file's bytes, trained by core directly so that opening it needs no window.
    QByteArray m_goodModel;
};

void TestGuiStress::initTestCase()
{
    isolateWindowSuite(QStringLiteral("tst_guistress"));

    Trainer trainer(smallConfig());
    for (int i = 0; i < 3; ++i) {
        trainer.trainStep();
    }
    const std::string bytes = serializeModel(trainer.snapshot());
    m_goodModel = QByteArray::fromStdString(bytes);
}

void TestGuiStress::init()
{
    QSettings settings;
    settings.clear();
    // Not a first run: the welcome hint would stand in for the banners the tests look for.
    settings.setValue(QStringLiteral("hint/shown"), true);
    settings.sync();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGuiStress::burstOfClicksEndsIdleAndTrainsOn_data()
{
    QTest::addColumn<QStringList>("script"); // empty: a random burst from `seed`
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("keys"); // clicks as key presses, through the window's shortcuts

    // Each pair of controls back to back with no event in between (the worker's reports are still
    // queued), then the same with the reports delivered.
    QTest::addRow("a hand-written burst ends idle and trains on")
        << QStringList{"start", "pause", "step",  "step",   "stop",   "start",  "stop",  "start",
                       "reset", "step",  "step",  "reset",  "start",  "events", "pause", "stop",
                       "stop",  "reset", "reset", "step",   "events", "start",  "step",  "wait 5",
                       "stop",  "step",  "start", "wait 5", "reset",  "events", "start", "wait 20",
                       "step",  "step",  "stop",  "start",  "events", "stop"}
        << quint32(0) << false;
    for (quint32 seed : {1u, 2u}) {
        QTest::addRow("a random burst (seed %u) ends idle and trains on", seed)
            << QStringList() << seed << false;
    }
    QTest::addRow("a random burst of keys (seed 3) ends idle and trains on")
        << QStringList() << 3u << true;
}

void TestGuiStress::burstOfClicksEndsIdleAndTrainsOn()
{
    QFETCH(QStringList, script);
    QFETCH(quint32, seed);
    QFETCH(bool, keys);
    MainWindow window;
    QVERIFY(prepare(window));
    draw(window);
    RunLedger ledger;
    ledger.watch(window.controller(), this);

    QRandomGenerator random(seed);
    static const QStringList kClicks = {"start", "step", "stop", "reset"};
    if (script.isEmpty()) {
        for (int i = 0; i < kBurstActions; ++i) {
            script << kClicks.at(random.bounded(static_cast<int>(kClicks.size()))) << "gap";
        }
    }
    for (const QString &action : script) {
        // Start and Pause are one button: the words say what the user meant by the click.
        if (action == QLatin1String("start") || action == QLatin1String("pause")) {
            keys ? QTest::keyClick(&window, Qt::Key_Space) : window.startOrPause();
        } else if (action == QLatin1String("step")) {
            keys ? QTest::keyClick(&window, Qt::Key_Period) : window.stepOnce();
        } else if (action == QLatin1String("stop")) {
            keys ? QTest::keyClick(&window, Qt::Key_Escape) : window.stopTraining();
        } else if (action == QLatin1String("reset")) {
            keys ? QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier) : window.resetWeights();
        } else if (action == QLatin1String("gap")) {
            userPause(random);
        } else if (action == QLatin1String("events")) {
            QCoreApplication::processEvents();
        } else if (action.startsWith(QLatin1String("wait "))) {
            QTest::qWait(action.mid(5).toInt());
        } else {
            QFAIL(qPrintable("unknown action " + action));
        }
        const QString problem = inconsistency(window);
        QVERIFY2(problem.isEmpty(), qPrintable(action + ": " + problem));
    }

    window.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY2(inconsistency(window).isEmpty(), qPrintable(inconsistency(window)));
    // The clicks reached the controller (a key press that missed its shortcut would not).
    QVERIFY(ledger.started > 1);
    QCOMPARE(ledger.finished + ledger.failed, ledger.started);
    QVERIFY2(ledger.odd.isEmpty(), qPrintable(ledger.odd.join(QLatin1String("; "))));
    QVERIFY2(window.bannerText().isEmpty(), qPrintable(window.bannerText()));
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));

    // Nothing lost: the weights that were kept are the ones the last Start continues from.
    const std::optional<ModelSnapshot> kept = window.controller().latestSnapshot();
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.startOrPause();
    QCOMPARE(window.controller().state(), State::Running);
    QVERIFY(progress.wait(kSignalTimeoutMs));
    const long first = progress.at(0).at(0).value<TrainingStats>().step;
    QVERIFY2(first > (kept ? kept->step : 0), qPrintable(QString::number(first)));
    window.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(window.controller().latestSnapshot().has_value());
    QCOMPARE(ledger.finished + ledger.failed, ledger.started);
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));
}

void TestGuiStress::setupEditsWhileTrainingKeepTheWindowConsistent_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("a new learning rate while training") << "learning rate";
    QTest::addRow("another hidden size while training") << "hidden size";
    QTest::addRow("other preprocessing while training") << "preprocessing";
    QTest::addRow("another cell while training") << "cell";
    QTest::addRow("families ticked and unticked while training") << "families";
    QTest::addRow("everything at random while training") << "everything";
}

void TestGuiStress::setupEditsWhileTrainingKeepTheWindowConsistent()
{
    QFETCH(QString, kind);
    MainWindow window;
    QVERIFY(prepare(window));
    draw(window);
    RunLedger ledger;
    ledger.watch(window.controller(), this);
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    QRandomGenerator random(/*seed=*/11);

    TrainingConfig lastSet = window.setupPanel().config();
    for (int round = 0; round < kEditRounds; ++round) {
        window.startOrPause();
        QCOMPARE(window.controller().state(), State::Running);
        progress.clear();
        QVERIFY(progress.wait(kSignalTimeoutMs));

        lastSet = edited(lastSet, kind, round, random);
        window.setupPanel().setConfig(lastSet);
        userPause(random);
        const QString problem = inconsistency(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The run goes on with its own copy of the setup (only the learning rate reaches it),
        // unless the window refused the edit and says so.
        if (window.controller().state() == State::Idle) {
            QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
            QVERIFY(!window.bannerText().isEmpty());
        } else {
            progress.clear();
            QVERIFY(progress.wait(kSignalTimeoutMs));
        }

        // Odd rounds stop at once; even ones pause first, and a second edit lands while paused.
        if (round % 2 == 0) {
            window.startOrPause();
            QCOMPARE(window.controller().state(), State::Paused);
            lastSet = edited(lastSet, kind, round + 1, random);
            window.setupPanel().setConfig(lastSet);
        }
        window.stopTraining();
        QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
        const QString difference = firstDifference(lastSet, window.setupPanel().config());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY2(inconsistency(window).isEmpty(), qPrintable(inconsistency(window)));
    }

    // The next run trains the setup that was last set, with weights of its model.
    QVERIFY(window.setupPanel().isValid());
    progress.clear();
    window.startOrPause();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    window.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(window.controller().latestSnapshot().has_value());
    QVERIFY(window.controller().latestSnapshot()->spec == lastSet.model);
    const QString difference = firstDifference(lastSet, window.setupPanel().config());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(ledger.finished + ledger.failed, ledger.started);
    QVERIFY2(ledger.odd.isEmpty(), qPrintable(ledger.odd.join(QLatin1String("; "))));
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));
}

void TestGuiStress::anUnusableSetupWhileTrainingIsRefusedAtTheNextStart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addRow("a learning rate of 0 set while training") << "learning rate"
                                                             << "learning rate";
    QTest::addRow("a single family set while training") << "families"
                                                        << "two families";
}

void TestGuiStress::anUnusableSetupWhileTrainingIsRefusedAtTheNextStart()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    MainWindow window;
    QVERIFY(prepare(window));
    draw(window);
    const TrainingConfig good = window.setupPanel().config();
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    QSignalSpy rates(&window.controller(), &TrainingController::learningRateApplied);
    window.startOrPause();
    QVERIFY(progress.wait(kSignalTimeoutMs));

    TrainingConfig bad = good;
    if (kind == QLatin1String("learning rate")) {
        bad.learningRate = 0.0;
    } else {
        bad.generator.families.resize(1);
        bad.model.families = bad.generator.families;
    }
    window.setupPanel().setConfig(bad);
    QVERIFY(!window.setupPanel().isValid());
    // The run keeps its own setup; nothing unusable reaches it.
    progress.clear();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QCOMPARE(window.controller().state(), State::Running);
    QCOMPARE(rates.count(), 0);

    window.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    const QString difference = firstDifference(bad, window.setupPanel().config());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const long kept = window.controller().latestSnapshot()->step;
    for (const char *how : {"Cannot start", "Cannot step"}) {
        qstrcmp(how, "Cannot start") == 0 ? window.startOrPause() : window.stepOnce();
        QCOMPARE(window.controller().state(), State::Idle);
        QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
        QVERIFY2(window.bannerText().startsWith(QLatin1String(how)),
                 qPrintable(window.bannerText()));
        QVERIFY2(window.bannerText().contains(reason, Qt::CaseInsensitive),
                 qPrintable(window.bannerText()));
    }

    // Put right, the setup trains on from the weights the refused Start left alone.
    window.setupPanel().setConfig(good);
    progress.clear();
    window.startOrPause();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QVERIFY(progress.at(0).at(0).value<TrainingStats>().step > kept);
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));
}

void TestGuiStress::openingAModelIsRefusedWhileTrainingAndWorksRightAfter()
{
    const QString file = m_dir->filePath(QStringLiteral("good.clm"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(m_goodModel), m_goodModel.size());
    }
    const ModelSnapshot model = loadModel(file.toStdString());

    MainWindow window;
    QVERIFY(prepare(window));
    draw(window);
    const TrainingConfig setup = window.setupPanel().config();
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.startOrPause();
    QVERIFY(progress.wait(kSignalTimeoutMs));

    // Running, paused, and stopped but not yet ended: the run owns the weights until it ends.
    for (const char *moment : {"running", "paused", "stopping"}) {
        if (qstrcmp(moment, "paused") == 0) {
            window.startOrPause();
            QCOMPARE(window.controller().state(), State::Paused);
        } else if (qstrcmp(moment, "stopping") == 0) {
            window.stopTraining();
        }
        const State before = window.controller().state();
        QVERIFY2(!window.openModel(file), moment);
        QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Warning);
        QVERIFY2(window.bannerText().contains(QLatin1String("Stop training")),
                 qPrintable(window.bannerText()));
        QCOMPARE(window.controller().state(), before);
        const std::optional<ModelSnapshot> &latest = window.controller().latestSnapshot();
        QVERIFY(!latest || !sameWeights(*latest, model));
        const QString difference = firstDifference(setup, window.setupPanel().config());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        if (qstrcmp(moment, "running") == 0) {
            progress.clear();
            QVERIFY(progress.wait(kSignalTimeoutMs)); // the run went on
        } else if (qstrcmp(moment, "paused") == 0) {
            window.startOrPause();
        }
    }

    // The first thing the user does once the run has ended: no event in between.
    bool opened = false;
    QMetaObject::Connection once = connect(
        &window.controller(), &TrainingController::stateChanged, this,
        [&](State state) {
            if (state == State::Idle) {
                QObject::disconnect(once);
                opened = window.openModel(file);
            }
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(opened, kSignalTimeoutMs);
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Success);
    QVERIFY(window.controller().latestSnapshot().has_value());
    QVERIFY(sameWeights(*window.controller().latestSnapshot(), model));
    QVERIFY(window.setupPanel().config().model == model.spec);
    QVERIFY(window.canvasView().classifier().snapshot());
    QVERIFY(sameWeights(*window.canvasView().classifier().snapshot(), model));
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));

    // And training goes on from the opened weights.
    progress.clear();
    window.stepOnce();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    QCOMPARE(progress.at(0).at(0).value<TrainingStats>().step, model.step + 1);
}

void TestGuiStress::closingAtARandomMomentReturnsQuickly_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<quint32>("seed");
    QTest::addRow("closing right after Start") << "start" << 21u;
    QTest::addRow("closing while training") << "running" << 22u;
    QTest::addRow("closing mid-step") << "step" << 23u;
    QTest::addRow("closing during the first step from idle") << "first step" << 30u;
    QTest::addRow("closing while paused") << "paused" << 24u;
    QTest::addRow("closing after Stop, before the run has ended") << "stop" << 25u;
    QTest::addRow("closing after Reset, before the run has ended") << "reset" << 26u;
    QTest::addRow("closing mid-race") << "race" << 27u;
    QTest::addRow("closing mid-race while the main network trains") << "race+training" << 28u;
    QTest::addRow("closing after the race was stopped") << "race stopped" << 29u;
}

void TestGuiStress::closingAtARandomMomentReturnsQuickly()
{
    QFETCH(QString, moment);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    for (int i = 0; i < kClosesPerRow; ++i) {
        // On the heap, to time its destruction.
        auto window = std::make_unique<MainWindow>();
        QVERIFY(prepare(*window));
        const bool racing = moment.startsWith(QLatin1String("race"));
        if (racing) {
            QVERIFY(window->raceView().startRace());
        }
        if (moment == QLatin1String("first step")) {
            window->stepOnce();
        } else if (!racing || moment == QLatin1String("race+training")) {
            window->startOrPause();
        }
        QTest::qWait(random.bounded(kMaxCloseDelayMs + 1));
        if (moment == QLatin1String("step")) {
            // Paused by the first step; the second lets one batch through, which is in flight now.
            window->stepOnce();
            window->stepOnce();
        } else if (moment == QLatin1String("paused")) {
            window->startOrPause();
        } else if (moment == QLatin1String("stop")) {
            window->stopTraining();
        } else if (moment == QLatin1String("reset")) {
            window->resetWeights();
        } else if (moment == QLatin1String("race stopped")) {
            window->raceView().stopRace();
        }

        // Half as the application quits (close, then the window goes), half by deletion alone.
        QElapsedTimer timer;
        timer.start();
        if (i % 2 == 0) {
            QVERIFY(window->close());
        }
        window.reset();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < kDestroyBoundMs,
                 qPrintable(QStringLiteral("%1 ms (close %2)").arg(elapsed).arg(i)));
        // Whatever the threads posted before they were joined is dropped with its receivers.
        QCoreApplication::processEvents();
    }
}

void TestGuiStress::savingWhileTrainingAlwaysLeavesACompleteFile()
{
    const QString file = m_dir->filePath(QStringLiteral("saved.clm"));
    MainWindow window;
    QVERIFY(prepare(window));
    draw(window);
    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    QSignalSpy snapshots(&window.controller(), &TrainingController::snapshotReady);
    window.startOrPause();
    // A save needs weights: the first snapshot the worker publishes.
    QVERIFY(snapshots.wait(kSignalTimeoutMs));
    QVERIFY(window.saveModel(file));

    // Another reader, as a second CurveLab or the CLI opening the file while this one saves: with
    // the temporary file renamed over the old one, it only ever sees a whole file.
    ConcurrentReader<ModelFileError> reader([&] { loadModel(file.toStdString()); });

    QRandomGenerator random(/*seed=*/31);
    ModelSnapshot lastSaved;
    for (int i = 0; i < kSavesWhileTraining; ++i) {
        QVERIFY(window.saveModel(file));
        lastSaved = *window.controller().latestSnapshot();
        userPause(random);
    }
    // Training went on all the while.
    progress.clear();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    const std::string firstError = reader.stop();
    QVERIFY2(firstError.empty(), firstError.c_str());
    QVERIFY(reader.reads() > 0);
    QCOMPARE(window.controller().state(), State::Running);
    // The file holds the last save, whole, not a mix of two.
    QVERIFY(sameWeights(loadModel(file.toStdString()), lastSaved));
    // No temporary file left behind beside the saves.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("saved.clm")});

    window.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(window.saveModel(file));
    const ModelSnapshot saved = *window.controller().latestSnapshot();
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));

    MainWindow fresh;
    QVERIFY(showAndActivate(fresh));
    QVERIFY(fresh.openModel(file));
    QVERIFY(sameWeights(*fresh.controller().latestSnapshot(), saved));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("saved.clm")});
}

void TestGuiStress::savingALessonWhileTrainingAlwaysLeavesACompleteFile()
{
    const QString file = m_dir->filePath(QStringLiteral("class.curvelab-lesson"));
    MainWindow window;
    QVERIFY(prepare(window));
    draw(window);
    QSignalSpy snapshots(&window.controller(), &TrainingController::snapshotReady);
    window.startOrPause();
    QVERIFY(snapshots.wait(kSignalTimeoutMs)); // so that the lessons carry a network
    QVERIFY(window.saveLessonFile(file));

    // A second CurveLab opening the lesson while this one saves it again and again.
    ConcurrentReader<LessonFileError> reader([&] { loadLesson(file); });
    QRandomGenerator random(/*seed=*/37);
    for (int i = 0; i < kSavesWhileTraining; ++i) {
        QVERIFY(window.saveLessonFile(file));
        userPause(random);
    }
    const std::string firstError = reader.stop();
    QVERIFY2(firstError.empty(), firstError.c_str());
    QVERIFY(reader.reads() > 0);
    QCOMPARE(window.controller().state(), State::Running);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("class.curvelab-lesson")});

    // Opening a lesson is refused while training and changes nothing; right after, it works and
    // brings back the drawing and the network.
    QVERIFY(!window.openLessonFile(file));
    QVERIFY2(drawingProblem(window).isEmpty(), qPrintable(drawingProblem(window)));
    window.stopTraining();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(window.saveLessonFile(file));
    const Lesson saved = loadLesson(file);
    QVERIFY(!saved.model.empty());
    MainWindow fresh;
    QVERIFY(showAndActivate(fresh));
    QVERIFY(fresh.openLessonFile(file));
    QVERIFY(fresh.currentLesson() == saved);
    QVERIFY(samePoints(fresh.canvasView().document().points(), kDrawing));
}

QTEST_MAIN(TestGuiStress)
#include "tst_guistress.moc"
