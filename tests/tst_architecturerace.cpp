// The architecture race: every contender learns from the very same batches and is measured on the
// same test set, so that two identical contenders cannot be told apart and a contender learns
// exactly as it would alone.
#include "architecturerace.h"
#include "testsupport.h"
#include "trainer.h"

#include <QTest>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::TrainingConfig)
Q_DECLARE_METATYPE(std::vector<curvelab::RaceContender>)

namespace {

// Evaluations at steps 30, 60, ..., 150.
TrainingConfig raceConfig()
{
    TrainingConfig c = test::smallConfig();
    c.maxSteps = 150;
    c.maxSeconds = 0;
    c.evalInterval = 30;
    c.seed = 5;
    return c;
}

RaceContender contender(const std::string &name, CellType cell)
{
    RaceContender c{name, ModelOptions{}};
    c.options.cell = cell;
    c.options.hiddenSize = 12;
    c.options.window = 3;
    return c;
}

std::vector<RaceContender> allFour()
{
    return {contender("lstm", CellType::Lstm), contender("gru", CellType::Gru),
            contender("rnn", CellType::Rnn), contender("mlp", CellType::Mlp)};
}

std::vector<long> steps(const std::vector<TrainingStats> &history)
{
    std::vector<long> s;
    for (const TrainingStats &h : history) {
        s.push_back(h.step);
    }
    return s;
}

// Everything but the clock.
void compareHistories(const std::vector<TrainingStats> &a, const std::vector<TrainingStats> &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].step, b[i].step);
        QCOMPARE(a[i].sequencesSeen, b[i].sequencesSeen);
        QCOMPARE(a[i].loss, b[i].loss);
        QCOMPARE(a[i].accuracyByLength, b[i].accuracyByLength);
        QCOMPARE(a[i].confusion, b[i].confusion);
    }
}

} // namespace

class TestArchitectureRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyContenderHasAHistoryOnTheSameGrid();
    void lossFallsForEveryContender();
    void identicalContendersLearnIdentically();
    void aContenderLearnsAsItWouldAlone();
    void cancelEndsTheRaceAtTheNextBatch();
    void aTargetAccuracyEndsNoContenderEarly();
    void badContendersAreRefused_data();
    void badContendersAreRefused();

private:
    std::vector<RaceResult> m_four; // one race of all four kinds, shared by the first tests
    std::vector<std::pair<std::size_t, long>> m_reports;
};

void TestArchitectureRace::initTestCase()
{
    ArchitectureRace race(raceConfig(), allFour());
    TrainingControl control;
    m_four = race.run(control, [this](std::size_t contender, const TrainingStats &s) {
        m_reports.emplace_back(contender, s.step);
    });
}

void TestArchitectureRace::everyContenderHasAHistoryOnTheSameGrid()
{
    const std::vector<RaceContender> contenders = allFour();
    QCOMPARE(m_four.size(), contenders.size());
    const std::vector<long> grid = {30, 60, 90, 120, 150};
    for (std::size_t i = 0; i < m_four.size(); ++i) {
        const RaceResult &r = m_four[i];
        QCOMPARE(QString::fromStdString(r.name), QString::fromStdString(contenders[i].name));
        QVERIFY(r.options.cell == contenders[i].options.cell);
        QCOMPARE(steps(r.history), grid);
        for (const TrainingStats &s : r.history) {
            QVERIFY(s.evaluated);
            QCOMPARE(s.accuracyByLength.size(), std::size_t(raceConfig().testLength));
        }
        QCOMPARE(r.history.back().sequencesSeen, 150L * raceConfig().batchSize);
        QCOMPARE(r.final.lengths, std::vector<int>({1, 2, 3, 4, 6}));
        // The final report reads the last weights on the same test set as the history.
        QCOMPARE(r.final.modelAccuracy.back(), r.history.back().testAccuracy);
        ModelSpec spec = raceConfig().model;
        spec.options = contenders[i].options;
        QCOMPARE(r.parameters, parameterCount(spec));
        QVERIFY(r.seconds > 0.0);
        QVERIFY(r.message.empty());
    }
    QCOMPARE(m_reports.size(), grid.size() * contenders.size());
    QCOMPARE(m_reports.front(), std::make_pair(std::size_t(0), 30L));
    QCOMPARE(m_reports.back(), std::make_pair(std::size_t(3), 150L));
}

void TestArchitectureRace::lossFallsForEveryContender()
{
    for (const RaceResult &r : m_four) {
        const double first = r.history.front().loss;
        const double last = r.history.back().loss;
        QVERIFY2(
            last < 0.7 * first,
            qPrintable(
                QString("%1: %2 -> %3").arg(QString::fromStdString(r.name)).arg(first).arg(last)));
    }
}

void TestArchitectureRace::identicalContendersLearnIdentically()
{
    RaceContender a = contender("a", CellType::Gru);
    RaceContender b = a;
    b.name = "b";
    TrainingConfig config = raceConfig();
    config.maxSteps = 50;
    config.evalInterval = 20;
    TrainingControl control;
    const std::vector<RaceResult> results = ArchitectureRace(config, {a, b}).run(control);
    QCOMPARE(steps(results[0].history), std::vector<long>({20, 40, 50}));
    compareHistories(results[0].history, results[1].history);
    QCOMPARE(results[0].final.modelAccuracy, results[1].final.modelAccuracy);
    QCOMPARE(results[0].final.confusion, results[1].final.confusion);
}

void TestArchitectureRace::aContenderLearnsAsItWouldAlone()
{
    TrainingConfig config = raceConfig();
    config.maxSteps = 40;
    config.evalInterval = 20;
    const RaceContender mlp = contender("mlp", CellType::Mlp);
    ArchitectureRace race(config, {contender("gru", CellType::Gru), mlp});
    TrainingControl control;
    const std::vector<RaceResult> results = race.run(control);

    Trainer alone(race.configFor(mlp));
    std::vector<TrainingStats> measured;
    TrainingCallbacks callbacks;
    callbacks.progressInterval = 0;
    callbacks.progress = [&](const TrainingStats &s) { measured.push_back(s); };
    alone.train(control, callbacks);

    const std::vector<TrainingStats> &raced = results[1].history;
    QCOMPARE(steps(measured), steps(raced));
    for (std::size_t i = 0; i < raced.size(); ++i) {
        QCOMPARE(raced[i].accuracyByLength, measured[i].accuracyByLength);
        QCOMPARE(raced[i].confusion, measured[i].confusion);
    }
}

void TestArchitectureRace::cancelEndsTheRaceAtTheNextBatch()
{
    TrainingControl control;
    ArchitectureRace race(raceConfig(), {contender("lstm", CellType::Lstm)});
    const std::vector<RaceResult> results =
        race.run(control, [&](std::size_t, const TrainingStats &) { control.cancel = true; });
    QCOMPARE(steps(results.front().history), std::vector<long>({30}));
    QCOMPARE(results.front().final.modelAccuracy.back(), results.front().history[0].testAccuracy);
}

void TestArchitectureRace::aTargetAccuracyEndsNoContenderEarly()
{
    TrainingConfig config = raceConfig();
    config.maxSteps = 40;
    config.evalInterval = 20;
    config.targetAccuracy = 0.01; // met at the first measurement
    ArchitectureRace race(config, {contender("rnn", CellType::Rnn)});
    QCOMPARE(race.configFor(race.contenders().front()).targetAccuracy, 0.0);
    TrainingControl control;
    QCOMPARE(steps(race.run(control).front().history), std::vector<long>({20, 40}));
}

void TestArchitectureRace::badContendersAreRefused_data()
{
    QTest::addColumn<TrainingConfig>("base");
    QTest::addColumn<std::vector<RaceContender>>("contenders");
    QTest::addColumn<QString>("message");

    const TrainingConfig base = raceConfig();
    const RaceContender lstm = contender("lstm", CellType::Lstm);
    QTest::addRow("a race without contenders is refused")
        << base << std::vector<RaceContender>{} << "at least one contender";
    QTest::addRow("a nameless contender is refused")
        << base << std::vector<RaceContender>{contender("", CellType::Gru)} << "needs a name";
    QTest::addRow("two contenders of one name are refused")
        << base << std::vector<RaceContender>{lstm, contender("lstm", CellType::Gru)}
        << "two contenders are named \"lstm\"";
    RaceContender unknown = contender("conv", CellType::Lstm);
    unknown.options.cell = static_cast<CellType>(42);
    QTest::addRow("an unknown cell type is refused")
        << base << std::vector<RaceContender>{lstm, unknown}
        << "contender \"conv\": unknown cell type";
    RaceContender empty = contender("empty", CellType::Rnn);
    empty.options.hiddenSize = 0;
    QTest::addRow("hidden size 0 is refused")
        << base << std::vector<RaceContender>{empty} << "contender \"empty\": hidden size";
    RaceContender blind = contender("blind", CellType::Mlp);
    blind.options.window = 0;
    QTest::addRow("an mlp without a window is refused")
        << base << std::vector<RaceContender>{blind}
        << "contender \"blind\": the mlp's window must be between 1 and 64";
    TrainingConfig endless = base;
    endless.maxSteps = 0;
    endless.maxSeconds = 10;
    QTest::addRow("a base without a step budget is refused")
        << endless << std::vector<RaceContender>{lstm} << "step budget";
    TrainingConfig frozen = base;
    frozen.learningRate = 0;
    QTest::addRow("a bad base config is refused")
        << frozen << std::vector<RaceContender>{lstm} << "learning rate";
}

void TestArchitectureRace::badContendersAreRefused()
{
    QFETCH(TrainingConfig, base);
    QFETCH(std::vector<RaceContender>, contenders);
    QFETCH(QString, message);
    try {
        ArchitectureRace race(base, contenders);
        QFAIL("no exception");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString(e.what()).contains(message), e.what());
        // Worded for the app, a contender's reason as a phrase of its own.
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY(worded);
        QCOMPARE(worded->message().english(), std::string(e.what()));
        if (message.startsWith("contender")) {
            QVERIFY(worded->message().arguments().at(1).kind() == MessageArgument::Kind::Phrase);
        }
    }
}

QTEST_GUILESS_MAIN(TestArchitectureRace)
#include "tst_architecturerace.moc"
