#include "livechart.h"
#include "metatypes.h"
#include "raceview.h"
#include "setuppanel.h"
#include "testsupport.h"
#include "trainingcontroller.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <map>
#include <memory>
#include <stdexcept>

using namespace curvelab;
using curvelab::test::smallConfig;

namespace {

// Four small runs of 40 steps on a shared 2-core machine take seconds; this is the hang bound.
constexpr int kRaceTimeoutMs = 120000;
// Every worker checks its cancel flag every batch; a batch of the small model takes milliseconds,
// and four workers share two cores.
constexpr qint64 kStopBoundMs = 2000;
constexpr long kSteps = 40;
constexpr int kEvalInterval = 10;
// Not the default, so that the test sees the MLP read the base's window.
constexpr int kWindow = 3;

TrainingConfig raceConfig()
{
    TrainingConfig c = smallConfig();
    c.maxSteps = kSteps;
    c.evalInterval = kEvalInterval;
    c.model.options.window = kWindow;
    return c;
}

TrainingConfig withCell(TrainingConfig c, const QString &name)
{
    c.model.options.cell = cellTypeFromString(name.toStdString());
    return c;
}

// How many points the chart draws on its shown line for `name`; -1 when it shows none.
int shownLinePoints(RaceView &view, const char *chart, const QString &name)
{
    auto *live = view.findChild<LiveChart *>(QLatin1String(chart));
    const int series = live ? live->shownSeriesNamed(name) : -1;
    return series < 0 ? -1 : live->drawnPointCount(series);
}

// The last weights each contender published, by name.
std::map<QString, ModelSnapshot> lastSnapshots(const QSignalSpy &spy)
{
    std::map<QString, ModelSnapshot> last;
    for (const QList<QVariant> &args : spy) {
        last[args.at(0).toString()] = args.at(1).value<ModelSnapshot>();
    }
    return last;
}

bool waitForRaceEnd(const RaceView &view)
{
    QElapsedTimer timer;
    timer.start();
    while (view.isRacing() && timer.elapsed() < kRaceTimeoutMs) {
        QTest::qWait(20);
    }
    return !view.isRacing();
}

bool allHaveProgress(const RaceView &view)
{
    for (const QString &name : view.contenderNames()) {
        if (view.history(name).empty()) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestRaceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void raceTrainsEveryContender();
    void contendersLearnAsTheyWouldAlone();
    void contendersDifferInTheCellAlone();
    void aTargetAccuracyEndsNoContenderEarly();
    void stoppingMidRaceIsPromptAndTheViewStaysUsable();
    void destroyingMidRaceIsPrompt();
    void noContenderTickedIsRefused();
    void badBaseConfigIsRefused_data();
    void badBaseConfigIsRefused();
    void largeTextReachesChartsAndPanel();
};

void TestRaceView::initTestCase()
{
    registerMetaTypes();
}

void TestRaceView::raceTrainsEveryContender()
{
    RaceView view;
    view.setBaseConfig(raceConfig());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy snapshots(&view, &RaceView::contenderSnapshot);
    QSignalSpy states(&view, &RaceView::raceStateChanged);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("startRace"));
    QCOMPARE(button->text(), QStringLiteral("Start race"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(view.isRacing());
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("race.gru"))->isEnabled());
    QVERIFY(waitForRaceEnd(view));
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(0).toBool(), true);
    QCOMPARE(states.at(1).at(0).toBool(), false);
    QCOMPARE(button->text(), QStringLiteral("Start race"));
    QVERIFY(view.findChild<QCheckBox *>(QStringLiteral("race.gru"))->isEnabled());
    QVERIFY2(view.statusText().startsWith(QLatin1String("Race over")),
             qPrintable(view.statusText()));

    const std::map<QString, ModelSnapshot> last = lastSnapshots(snapshots);
    const QStringList names = view.contenderNames();
    QCOMPARE(names, (QStringList{"lstm", "gru", "rnn", "mlp"}));
    for (const QString &name : names) {
        QVERIFY2(shownLinePoints(view, "raceLoss", name) > 0, qPrintable(name));
        QCOMPARE(shownLinePoints(view, "raceAccuracy", name),
                 static_cast<int>(kSteps / kEvalInterval));
        QCOMPARE(shownLinePoints(view, "raceByLength", name), raceConfig().testLength);

        QVERIFY2(last.count(name) == 1, qPrintable(name));
        const ModelSnapshot &weights = last.at(name);
        QVERIFY2(weights.spec.options.cell == cellTypeFromString(name.toStdString()),
                 qPrintable(name));
        QCOMPARE(weights.step, kSteps);
        validateSnapshot(weights);
        QCOMPARE(view.history(name).back().step, kSteps);
    }
    QCOMPARE(last.at(QStringLiteral("mlp")).spec.options.window, kWindow);
}

void TestRaceView::contendersLearnAsTheyWouldAlone()
{
    // Each contender beside a lone controller with the same config, all eight at once: the race
    // adds nothing to what a contender sees, and sharing the machine changes no number.
    RaceView view;
    view.setBaseConfig(raceConfig());
    QSignalSpy snapshots(&view, &RaceView::contenderSnapshot);
    std::map<QString, std::unique_ptr<TrainingController>> lone;
    std::map<QString, std::unique_ptr<QSignalSpy>> loneProgress;
    std::map<QString, std::unique_ptr<QSignalSpy>> loneFinished;
    for (const QString &name : view.contenderNames()) {
        auto controller = std::make_unique<TrainingController>();
        loneProgress[name] =
            std::make_unique<QSignalSpy>(controller.get(), &TrainingController::progress);
        loneFinished[name] =
            std::make_unique<QSignalSpy>(controller.get(), &TrainingController::finished);
        lone[name] = std::move(controller);
    }
    QVERIFY(view.startRace());
    for (auto &[name, controller] : lone) {
        QVERIFY(controller->start(withCell(raceConfig(), name)));
    }
    QVERIFY(waitForRaceEnd(view));
    const std::map<QString, ModelSnapshot> last = lastSnapshots(snapshots);
    for (const QString &name : view.contenderNames()) {
        QTRY_COMPARE_WITH_TIMEOUT(loneFinished[name]->count(), 1, kRaceTimeoutMs);
        const std::vector<TrainingStats> &raced = view.history(name);
        const QSignalSpy &alone = *loneProgress[name];
        QCOMPARE(static_cast<qsizetype>(raced.size()), alone.count());
        for (std::size_t i = 0; i < raced.size(); ++i) {
            const TrainingStats stats =
                alone.at(static_cast<qsizetype>(i)).at(0).value<TrainingStats>();
            QCOMPARE(raced[i].step, stats.step);
            // Bit for bit (QCOMPARE would allow a fuzz): the same batches in the same order
            // from the same weights.
            QVERIFY2(raced[i].loss == stats.loss, qPrintable(name));
            QVERIFY2(raced[i].testAccuracy == stats.testAccuracy, qPrintable(name));
        }
        const ModelSnapshot loneWeights = loneFinished[name]->at(0).at(1).value<ModelSnapshot>();
        const ModelSnapshot &racedWeights = last.at(name);
        QCOMPARE(racedWeights.weights.size(), loneWeights.weights.size());
        for (std::size_t t = 0; t < racedWeights.weights.size(); ++t) {
            QVERIFY2(racedWeights.weights[t].values == loneWeights.weights[t].values,
                     racedWeights.weights[t].name.c_str());
        }
    }
}

void TestRaceView::contendersDifferInTheCellAlone()
{
    // Everything the batches come from (generator, seed, batch size) is shared; so are the
    // optimiser and the budget. Only the cell differs, and the mlp's window.
    RaceView view;
    view.setBaseConfig(raceConfig());
    const TrainingConfig lstm = view.configFor(QStringLiteral("lstm"));
    QCOMPARE(firstDifference(lstm, raceConfig()), QString());
    for (const QString &name : view.contenderNames()) {
        TrainingConfig other = view.configFor(name);
        QCOMPARE(other.model.options.window, kWindow);
        other.model.options.cell = lstm.model.options.cell;
        QCOMPARE(firstDifference(other, lstm), QString());
    }
}

void TestRaceView::aTargetAccuracyEndsNoContenderEarly()
{
    // The rule of both races (core's contenderConfig): a race compares contenders at equal
    // steps, so a target that the first measurement already meets ends none of them.
    TrainingConfig config = raceConfig();
    config.targetAccuracy = 0.01;
    RaceView view;
    view.setBaseConfig(config);
    QVERIFY(view.startRace());
    QVERIFY(waitForRaceEnd(view));
    for (const QString &name : view.contenderNames()) {
        const std::vector<TrainingStats> &history = view.history(name);
        QVERIFY2(!history.empty(), qPrintable(name));
        QCOMPARE(history.back().step, kSteps);
        QCOMPARE(view.configFor(name).targetAccuracy, 0.0);
    }
}

void TestRaceView::stoppingMidRaceIsPromptAndTheViewStaysUsable()
{
    RaceView view;
    view.setBaseConfig(smallConfig()); // no step budget: only Stop ends it
    QSignalSpy snapshots(&view, &RaceView::contenderSnapshot);
    QSignalSpy states(&view, &RaceView::raceStateChanged);
    QVERIFY(view.startRace());
    QTRY_VERIFY_WITH_TIMEOUT(allHaveProgress(view), kRaceTimeoutMs);

    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("startRace")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRacing(), kRaceTimeoutMs);
    QVERIFY2(timer.elapsed() < kStopBoundMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(states.count(), 2);
    QVERIFY2(view.statusText().startsWith(QLatin1String("Race stopped")),
             qPrintable(view.statusText()));
    // The final weights of every contender came out at the stop.
    QCOMPARE(lastSnapshots(snapshots).size(), std::size_t{4});

    // A new race starts from fresh weights, not from where the stopped one left off.
    view.setBaseConfig(raceConfig());
    QVERIFY(view.startRace());
    QVERIFY(waitForRaceEnd(view));
    for (const QString &name : view.contenderNames()) {
        QCOMPARE(view.history(name).front().step, static_cast<long>(kEvalInterval));
        QCOMPARE(view.history(name).back().step, kSteps);
    }
}

void TestRaceView::destroyingMidRaceIsPrompt()
{
    auto view = std::make_unique<RaceView>();
    view->setBaseConfig(smallConfig());
    QVERIFY(view->startRace());
    QTRY_VERIFY_WITH_TIMEOUT(allHaveProgress(*view), kRaceTimeoutMs);
    QElapsedTimer timer;
    timer.start();
    view.reset();
    QVERIFY2(timer.elapsed() < kStopBoundMs, qPrintable(QString::number(timer.elapsed())));
}

void TestRaceView::noContenderTickedIsRefused()
{
    RaceView view;
    view.setBaseConfig(raceConfig());
    QSignalSpy states(&view, &RaceView::raceStateChanged);
    for (const QString &name : view.contenderNames()) {
        view.setContenderEnabled(name, false);
    }
    QVERIFY(!view.startRace());
    QVERIFY(!view.isRacing());
    QCOMPARE(states.count(), 0);
    QVERIFY2(view.statusText().contains(QLatin1String("at least one contender")),
             qPrintable(view.statusText()));
}

void TestRaceView::badBaseConfigIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("contenders");
    QTest::addRow("batch size 0 is refused") << "batch" << QStringList{"lstm", "gru", "rnn", "mlp"};
    QTest::addRow("learning rate 0 is refused")
        << "learningRate" << QStringList{"lstm", "gru", "rnn", "mlp"};
    QTest::addRow("window 0 is refused when the mlp races") << "window" << QStringList{"mlp"};
}

void TestRaceView::badBaseConfigIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QStringList, contenders);
    TrainingConfig bad = raceConfig();
    if (field == QLatin1String("batch")) {
        bad.batchSize = 0;
    } else if (field == QLatin1String("learningRate")) {
        bad.learningRate = 0.0;
    } else if (field == QLatin1String("window")) {
        bad.model.options.window = 0;
    }
    QString reason;
    try {
        validateConfig(withCell(bad, contenders.first()));
        QFAIL("the config is valid");
    } catch (const std::invalid_argument &e) {
        reason = QString::fromUtf8(e.what());
    }

    RaceView view;
    view.setBaseConfig(bad);
    for (const QString &name : view.contenderNames()) {
        view.setContenderEnabled(name, contenders.contains(name));
    }
    QSignalSpy states(&view, &RaceView::raceStateChanged);
    QSignalSpy snapshots(&view, &RaceView::contenderSnapshot);
    QVERIFY(!view.startRace());
    QVERIFY(!view.isRacing());
    QCOMPARE(states.count(), 0);
    QVERIFY2(view.statusText().contains(reason, Qt::CaseInsensitive),
             qPrintable(view.statusText()));
    QTest::qWait(100);
    QCOMPARE(snapshots.count(), 0);
}

void TestRaceView::largeTextReachesChartsAndPanel()
{
    RaceView view;
    const QList<LiveChart *> charts = view.findChildren<LiveChart *>();
    QCOMPARE(charts.size(), 3);
    const auto *status = view.findChild<QLabel *>(QStringLiteral("raceStatus"));
    const qreal normalSize = status->font().pointSizeF();
    view.setLargeText(true);
    for (const LiveChart *chart : charts) {
        QVERIFY(chart->fontScale() > 1.0);
    }
    QVERIFY(status->font().pointSizeF() > normalSize);
    view.setLargeText(false);
    for (const LiveChart *chart : charts) {
        QCOMPARE(chart->fontScale(), 1.0);
    }
}

QTEST_MAIN(TestRaceView)
#include "tst_raceview.moc"
