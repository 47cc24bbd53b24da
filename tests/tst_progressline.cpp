#include "progressline.h"

#include <QFile>
#include <QTest>

using namespace curvelab::cli;

namespace {

ProgressState stepRun(long step, long maxSteps, double elapsed)
{
    ProgressState s;
    s.step = step;
    s.maxSteps = maxSteps;
    s.elapsedSeconds = elapsed;
    s.testAccuracy = 0.912;
    s.loss = 0.28413;
    s.sequencesPerSecond = 1420;
    return s;
}

ProgressState timeRun(double elapsed, double maxSeconds)
{
    ProgressState s = stepRun(840, 0, elapsed);
    s.maxSeconds = maxSeconds;
    return s;
}

ProgressState targetRun()
{
    ProgressState s = stepRun(840, 0, 42);
    s.targetAccuracy = 0.95;
    return s;
}

// Restores an environment variable when the test ends, pass or fail.
class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char *name)
        : m_name(name), m_set(qEnvironmentVariableIsSet(name)), m_value(qgetenv(name))
    {
    }
    ~EnvironmentGuard()
    {
        if (m_set) {
            qputenv(m_name, m_value);
        } else {
            qunsetenv(m_name);
        }
    }

private:
    const char *m_name;
    bool m_set;
    QByteArray m_value;
};

} // namespace

class TestProgressLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetsGiveShareDoneAndTimeLeft_data();
    void budgetsGiveShareDoneAndTimeLeft();
    void lineShowsWhereTheRunStands_data();
    void lineShowsWhereTheRunStands();
    void lineNeverReachesTheLastColumn_data();
    void lineNeverReachesTheLastColumn();
    void narrowTerminalsKeepTheEssentials();
    void barFillsWithTheRun();
    void barKeepsItsLengthWhileNumbersGrow_data();
    void barKeepsItsLengthWhileNumbersGrow();
    void redrawsAtMostTenTimesASecond();
    void shorterLineCoversTheLongerOne();
    void finishEndsTheLine();
    void widthComesFromColumnsWhenNoTerminalSays_data();
    void widthComesFromColumnsWhenNoTerminalSays();
};

void TestProgressLine::budgetsGiveShareDoneAndTimeLeft_data()
{
    QTest::addColumn<ProgressState>("state");
    QTest::addColumn<double>("fraction"); // -1: none
    QTest::addColumn<double>("left");     // -1: none
    QTest::addRow("half the steps in 10 s") << stepRun(500, 1000, 10) << 0.5 << 10.0;
    QTest::addRow("a quarter of the steps in 10 s") << stepRun(250, 1000, 10) << 0.25 << 30.0;
    QTest::addRow("20 s of 60") << timeRun(20, 60) << 1.0 / 3 << 40.0;
    ProgressState timeFirst = timeRun(45, 60);
    timeFirst.step = 100;
    timeFirst.maxSteps = 1000;
    QTest::addRow("steps and time, time ends first") << timeFirst << 0.75 << 15.0;
    ProgressState stepsFirst = timeRun(20, 60);
    stepsFirst.step = 900;
    stepsFirst.maxSteps = 1000;
    QTest::addRow("steps and time, steps end first") << stepsFirst << 0.9 << 20.0 / 9;
    QTest::addRow("past the budget counts as done") << timeRun(61, 60) << 1.0 << 0.0;
    QTest::addRow("before the first step the speed is unknown")
        << stepRun(0, 1000, 0) << 0.0 << -1.0;
    QTest::addRow("only a target: neither") << targetRun() << -1.0 << -1.0;
}

void TestProgressLine::budgetsGiveShareDoneAndTimeLeft()
{
    QFETCH(ProgressState, state);
    QFETCH(double, fraction);
    QFETCH(double, left);
    QCOMPARE(progressFraction(state).value_or(-1.0), fraction);
    QCOMPARE(secondsLeft(state).value_or(-1.0), left);
}

void TestProgressLine::lineShowsWhereTheRunStands_data()
{
    QTest::addColumn<ProgressState>("state");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<bool>("hasBar");
    QTest::addRow("a step budget: steps done of the total, time left")
        << stepRun(500, 1000, 10) << QStringList{" 50%",      "step  500/1000", "acc  91.2%",
                                                 "0:10 left", "loss 0.2841",    "1420 seq/s"}
        << true;
    QTest::addRow("a time budget: time spent of the budget")
        << timeRun(30, 60) << QStringList{" 50%", "step 840", "0:30/1:00", "0:30 left"} << true;
    ProgressState unmeasured = stepRun(5, 1000, 1);
    unmeasured.testAccuracy = -1;
    QTest::addRow("before the first measurement the accuracy is a dash")
        << unmeasured << QStringList{"acc     -"} << true;
    QTest::addRow("only a target: no bar, the time spent and the target")
        << targetRun() << QStringList{"step 840", "0:42", "target 95%"} << false;
    QTest::addRow("an hour and more: hours in the clock")
        << stepRun(100, 200, 3665) << QStringList{"1:01:05 left"} << true;
}

void TestProgressLine::lineShowsWhereTheRunStands()
{
    QFETCH(ProgressState, state);
    QFETCH(QStringList, mentions);
    QFETCH(bool, hasBar);
    const QString line = progressLineText(state, /*columns=*/200);
    for (const QString &m : mentions) {
        QVERIFY2(line.contains(m), qPrintable(line + " lacks " + m));
    }
    QCOMPARE(line.startsWith('['), hasBar);
}

void TestProgressLine::lineNeverReachesTheLastColumn_data()
{
    QTest::addColumn<ProgressState>("state");
    QTest::addColumn<int>("columns");
    ProgressState slow = stepRun(1234567, 99999999, 360000);
    slow.maxSeconds = 999999;
    slow.targetAccuracy = 0.999;
    for (int columns : {300, 120, 100, 80, 79, 60, 40, 30, 20, 12, 5, 2, 1, 0}) {
        QTest::addRow("%d columns, a step budget", columns) << stepRun(500, 1000, 10) << columns;
        QTest::addRow("%d columns, every budget and long numbers", columns) << slow << columns;
        QTest::addRow("%d columns, only a target", columns) << targetRun() << columns;
    }
}

void TestProgressLine::lineNeverReachesTheLastColumn()
{
    QFETCH(ProgressState, state);
    QFETCH(int, columns);
    const QString line = progressLineText(state, columns);
    QVERIFY2(line.size() <= std::max(columns - 1, 0), qPrintable(line));
    QVERIFY(!line.contains('\n') && !line.contains('\r'));
}

void TestProgressLine::narrowTerminalsKeepTheEssentials()
{
    const ProgressState s = stepRun(500, 1000, 10);
    const QString at80 = progressLineText(s, 80);
    QVERIFY2(at80.startsWith('[') && at80.contains("acc  91.2%") && at80.contains("0:10 left"),
             qPrintable(at80));
    const QString at40 = progressLineText(s, 40);
    QVERIFY2(at40.contains(" 50%") && at40.contains("500/1000") && at40.contains("91.2%"),
             qPrintable(at40));
    QVERIFY2(!at40.contains("seq/s"), qPrintable(at40)); // the speed goes first
}

void TestProgressLine::barFillsWithTheRun()
{
    const QString line = progressLineText(stepRun(250, 1000, 10), 200);
    const QString bar = line.section(']', 0, 0).mid(1);
    QCOMPARE(bar.size(), 30);
    QCOMPARE(bar.count('#'), 8); // a quarter of 30, rounded
    QCOMPARE(bar.count('-'), 22);
}

void TestProgressLine::barKeepsItsLengthWhileNumbersGrow_data()
{
    QTest::addColumn<int>("columns");
    for (int columns : {60, 70, 80, 100, 140}) {
        QTest::addRow("%d columns", columns) << columns;
    }
}

void TestProgressLine::barKeepsItsLengthWhileNumbersGrow()
{
    QFETCH(int, columns);
    ProgressState early = timeRun(0.1, 60);
    early.step = 1;
    early.testAccuracy = -1;
    early.sequencesPerSecond = 9;
    ProgressState late = timeRun(59, 60);
    late.step = 123456;
    late.loss = 12.5;
    late.sequencesPerSecond = 123456;
    const QString a = progressLineText(early, columns);
    const QString b = progressLineText(late, columns);
    QVERIFY2(a.startsWith('['), qPrintable(a));
    QCOMPARE(a.indexOf(']'), b.indexOf(']'));
}

void TestProgressLine::redrawsAtMostTenTimesASecond()
{
    ProgressLine line;
    const ProgressState s = stepRun(500, 1000, 10);
    QVERIFY(line.update(s, 80, 100.0).startsWith('\r'));
    QVERIFY(line.update(s, 80, 100.05).isEmpty());
    QVERIFY(line.update(s, 80, 100.09).isEmpty());
    QVERIFY(!line.update(s, 80, 100.11).isEmpty());
}

void TestProgressLine::shorterLineCoversTheLongerOne()
{
    ProgressLine line;
    ProgressState s = stepRun(500, 1000, 10);
    s.sequencesPerSecond = 123456789;
    const QString first = line.update(s, 200, 0.0);
    s.sequencesPerSecond = 5;
    const QString second = line.update(s, 200, 1.0);
    QCOMPARE(second.size(), first.size());
    QVERIFY(second.endsWith("5 seq/s" + QString(8, ' ')));
    // Never into the last column, even when the terminal has narrowed since.
    QVERIFY(line.update(s, 40, 2.0).size() <= 40);
}

void TestProgressLine::finishEndsTheLine()
{
    ProgressLine line;
    const ProgressState s = stepRun(1000, 1000, 20);
    QVERIFY(!line.update(s, 80, 0.0).isEmpty());
    const QString last = line.finish(s, 80); // at once: the final state is never skipped
    QVERIFY(last.startsWith("\r["));
    QVERIFY(last.endsWith('\n'));
    QCOMPARE(last.count('\n'), 1);
    QVERIFY(last.contains("100%"));
}

void TestProgressLine::widthComesFromColumnsWhenNoTerminalSays_data()
{
    QTest::addColumn<QByteArray>("columnsVariable"); // empty: unset
    QTest::addColumn<int>("expected");
    QTest::addRow("COLUMNS=57") << QByteArray("57") << 57;
    QTest::addRow("no COLUMNS: 80") << QByteArray() << 80;
    QTest::addRow("COLUMNS not a number: 80") << QByteArray("wide") << 80;
    QTest::addRow("COLUMNS=0: 80") << QByteArray("0") << 80;
}

void TestProgressLine::widthComesFromColumnsWhenNoTerminalSays()
{
    QFETCH(QByteArray, columnsVariable);
    QFETCH(int, expected);
    const EnvironmentGuard guard("COLUMNS");
    if (columnsVariable.isEmpty()) {
        qunsetenv("COLUMNS");
    } else {
        qputenv("COLUMNS", columnsVariable);
    }
    QFile notATerminal("/dev/null");
    QVERIFY(notATerminal.open(QIODevice::WriteOnly));
    QCOMPARE(terminalColumns(notATerminal.handle()), expected);
}

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
