// The history of weights behind the "replay training" views: bounded in size and bytes on runs
// of any length, its moments spread evenly over the whole run, the first and the newest kept.
#include "snapshothistory.h"
#include "testsupport.h"
#include "trainer.h"

#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>
#include <random>

using namespace curvelab;

namespace {

// Steps between offer i and offer i+1: how the worker happens to publish.
using Spacing = std::function<long(long)>;

// Offers over a long run, as in an afternoon of training at every-step reporting.
constexpr long kLongRun = 100000;

ModelSnapshot smallModel()
{
    return Trainer(test::smallConfig()).snapshot();
}

std::size_t bytesOf(const ModelSnapshot &s)
{
    std::size_t total = 0;
    for (const WeightTensor &w : s.weights) {
        total += w.values.size() * sizeof(float) + w.name.size();
    }
    return total;
}

SnapshotHistory offered(std::size_t capacity, long first, long gap, int count)
{
    ModelSnapshot s = smallModel();
    SnapshotHistory history(capacity);
    for (int i = 0; i < count; ++i) {
        s.step = first + i * gap;
        history.offer(s);
    }
    return history;
}

} // namespace

Q_DECLARE_METATYPE(Spacing)

class TestSnapshotHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longRunsStayBoundedAndEven_data();
    void longRunsStayBoundedAndEven();
    void fullGridDropsEveryOtherMoment_data();
    void fullGridDropsEveryOtherMoment();
    void nearestFindsTheClosestMoment_data();
    void nearestFindsTheClosestMoment();
    void bytesCountWeightsAndNames();
    void sameStepReplacesTheNewest();
    void newRunStartsOver_data();
    void newRunStartsOver();
    void clearForgetsEverything();
    void capacityBelowTwoIsRefused();
};

void TestSnapshotHistory::longRunsStayBoundedAndEven_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<Spacing>("spacing");

    const Spacing everyStep = [](long) { return 1L; };
    const Spacing every50 = [](long) { return 50L; };
    // Slowed down for the first thousand snapshots, then at full speed.
    const Spacing slowThenFast = [](long i) { return i < 1000 ? 1L : 50L; };
    auto rng = std::make_shared<std::mt19937>(11);
    const Spacing irregular = [rng](long) {
        return std::uniform_int_distribution<long>(1, 100)(*rng);
    };
    QTest::addRow("every step, default capacity") << 64 << everyStep;
    QTest::addRow("every 50 steps") << 64 << every50;
    QTest::addRow("every step while slowed, then every 50") << 64 << slowThenFast;
    QTest::addRow("irregular gaps of 1 to 100 steps") << 64 << irregular;
    QTest::addRow("odd capacity") << 5 << everyStep;
    QTest::addRow("capacity 3") << 3 << every50;
    QTest::addRow("capacity 2: the first and the newest") << 2 << irregular;
}

void TestSnapshotHistory::longRunsStayBoundedAndEven()
{
    QFETCH(int, capacity);
    QFETCH(Spacing, spacing);

    ModelSnapshot s = smallModel();
    const std::size_t one = bytesOf(s);
    const std::size_t cap = static_cast<std::size_t>(capacity);
    SnapshotHistory history(cap);
    s.step = 7;
    const long first = s.step;
    for (long i = 0; i < kLongRun; ++i) {
        history.offer(s);
        QVERIFY(history.size() <= cap);
        QVERIFY(history.bytes() <= cap * one);
        QCOMPARE(history.at(0).step, first);
        QCOMPARE(history.at(history.size() - 1).step, s.step);
        s.step += spacing(i);
    }

    const std::vector<long> steps = history.steps();
    QVERIFY(steps.size() >= 2);
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));
    QVERIFY(std::adjacent_find(steps.begin(), steps.end()) == steps.end());
    // Thinning halves the grid, so it never holds fewer than half the capacity after the first.
    QVERIFY2(steps.size() * 2 >= cap, qPrintable(QString::number(steps.size())));
    // The last gap leads to the newest, which need not be on the grid.
    std::vector<long> gaps;
    for (std::size_t i = 1; i + 1 < steps.size(); ++i) {
        gaps.push_back(steps[i] - steps[i - 1]);
    }
    if (gaps.size() > 1) {
        const long shortest = *std::min_element(gaps.begin(), gaps.end());
        const long longest = *std::max_element(gaps.begin(), gaps.end());
        QVERIFY2(longest <= 2 * shortest,
                 qPrintable(QStringLiteral("gaps from %1 to %2").arg(shortest).arg(longest)));
    }
    // The moments cover the run: none of the run lies further than two grid gaps from one.
    const long lastGridGap = gaps.empty() ? steps.back() - first : gaps.back();
    QVERIFY(steps.back() - steps[steps.size() - 2] <= 2 * lastGridGap);
}

void TestSnapshotHistory::fullGridDropsEveryOtherMoment_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<long>("first");
    QTest::addColumn<long>("gap");
    QTest::addColumn<int>("count");
    QTest::addColumn<std::vector<long>>("kept");

    QTest::addRow("filling up keeps everything")
        << 8 << 0L << 10L << 8 << std::vector<long>{0, 10, 20, 30, 40, 50, 60, 70};
    QTest::addRow("one more halves the grid")
        << 8 << 0L << 10L << 9 << std::vector<long>{0, 20, 40, 60, 80};
    QTest::addRow("off the grid, the newest is kept as well")
        << 8 << 0L << 10L << 10 << std::vector<long>{0, 20, 40, 60, 80, 90};
    QTest::addRow("the next on the grid replaces an off-grid newest")
        << 8 << 0L << 10L << 11 << std::vector<long>{0, 20, 40, 60, 80, 100};
    QTest::addRow("the grid counts from the first step")
        << 8 << 5L << 10L << 9 << std::vector<long>{5, 25, 45, 65, 85};
    QTest::addRow("halving twice") << 4 << 0L << 1L << 9 << std::vector<long>{0, 4, 8};
}

void TestSnapshotHistory::fullGridDropsEveryOtherMoment()
{
    QFETCH(int, capacity);
    QFETCH(long, first);
    QFETCH(long, gap);
    QFETCH(int, count);
    QFETCH(std::vector<long>, kept);

    QCOMPARE(offered(static_cast<std::size_t>(capacity), first, gap, count).steps(), kept);
}

void TestSnapshotHistory::nearestFindsTheClosestMoment_data()
{
    QTest::addColumn<long>("step");
    QTest::addColumn<int>("index");

    // Over a history of steps 0, 20, 40, 60, 80.
    QTest::addRow("before the first") << -5L << 0;
    QTest::addRow("exactly a kept step") << 40L << 2;
    QTest::addRow("closer to the earlier") << 29L << 1;
    QTest::addRow("halfway takes the earlier") << 30L << 1;
    QTest::addRow("closer to the later") << 31L << 2;
    QTest::addRow("after the newest") << 1000L << 4;
}

void TestSnapshotHistory::nearestFindsTheClosestMoment()
{
    QFETCH(long, step);
    QFETCH(int, index);

    const SnapshotHistory history = offered(8, 0, 10, 9);
    QCOMPARE(history.steps(), (std::vector<long>{0, 20, 40, 60, 80}));
    QCOMPARE(history.nearest(step), static_cast<std::size_t>(index));
}

void TestSnapshotHistory::bytesCountWeightsAndNames()
{
    const ModelSnapshot s = smallModel();
    std::size_t expected = 0;
    for (const WeightTensor &w : weightLayout(s.spec)) {
        long floats = 1;
        for (long d : w.shape) {
            floats *= d;
        }
        expected += static_cast<std::size_t>(floats) * 4 + w.name.size();
    }
    SnapshotHistory history;
    QCOMPARE(history.bytes(), std::size_t{0});
    history.offer(s);
    QCOMPARE(history.bytes(), expected);
    ModelSnapshot later = s;
    later.step = s.step + 1;
    history.offer(later);
    QCOMPARE(history.bytes(), 2 * expected);
}

void TestSnapshotHistory::sameStepReplacesTheNewest()
{
    ModelSnapshot s = smallModel();
    SnapshotHistory history;
    history.offer(s);
    s.step = 50;
    history.offer(s);
    s.weights.back().values.assign(s.weights.back().values.size(), 0.25f);
    history.offer(s);
    QCOMPARE(history.size(), std::size_t{2});
    QCOMPARE(history.at(1).weights.back().values, s.weights.back().values);
}

void TestSnapshotHistory::newRunStartsOver_data()
{
    QTest::addColumn<bool>("otherModel");
    QTest::addColumn<long>("step");

    QTest::addRow("an earlier step") << false << 3L;
    QTest::addRow("another model at a later step") << true << 500L;
}

void TestSnapshotHistory::newRunStartsOver()
{
    QFETCH(bool, otherModel);
    QFETCH(long, step);

    SnapshotHistory history = offered(8, 0, 10, 20);
    QVERIFY(history.size() > 1);
    TrainingConfig config = test::smallConfig();
    if (otherModel) {
        config.model.options.cell = CellType::Gru;
    }
    ModelSnapshot next = Trainer(config).snapshot();
    next.step = step;
    history.offer(next);
    QCOMPARE(history.steps(), std::vector<long>{step});
    QCOMPARE(history.at(0).spec, next.spec);
    // The new run has its own grid: its second snapshot sets the interval.
    next.step = step + 1;
    history.offer(next);
    QCOMPARE(history.steps(), (std::vector<long>{step, step + 1}));
}

void TestSnapshotHistory::clearForgetsEverything()
{
    SnapshotHistory history = offered(4, 0, 1, 9);
    QCOMPARE(history.steps(), (std::vector<long>{0, 4, 8}));
    history.clear();
    QCOMPARE(history.size(), std::size_t{0});
    QCOMPARE(history.bytes(), std::size_t{0});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, history.nearest(0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, history.at(0));

    // The grid starts afresh: the old interval of 4 steps no longer applies.
    ModelSnapshot s = smallModel();
    for (long step : {100L, 101L, 102L}) {
        s.step = step;
        history.offer(s);
    }
    QCOMPARE(history.steps(), (std::vector<long>{100, 101, 102}));
}

void TestSnapshotHistory::capacityBelowTwoIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SnapshotHistory(1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SnapshotHistory(0));
}

QTEST_GUILESS_MAIN(TestSnapshotHistory)
#include "tst_snapshothistory.moc"
