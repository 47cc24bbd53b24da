// The least-squares and Bayes lines of the accuracy chart, computed off the GUI thread.
#include "referencecalculator.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(curvelab::ReferenceReport)

using namespace curvelab;

namespace {

constexpr int kTimeoutMs = 60000;

ReferenceReport reportAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<ReferenceReport>();
}

} // namespace

class TestReferenceCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsTheReferenceCurves();
    void aBurstOfRequestsEndsWithTheLatest();
    void destroyingWhileRunningWaits();
};

void TestReferenceCalculator::reportsTheReferenceCurves()
{
    ReferenceCalculator calculator;
    QSignalSpy finished(&calculator, &ReferenceCalculator::finished);
    TrainingConfig config = test::smallConfig();
    config.testLength = 4;
    calculator.request(config);
    QVERIFY(calculator.isRunning());
    QVERIFY(finished.wait(kTimeoutMs));
    const ReferenceReport report = reportAt(finished, 0);
    QCOMPARE(report.leastSquaresAccuracy.size(), std::size_t(4));
    QCOMPARE(report.bayesAccuracy.size(), std::size_t(4));
    // Least squares cannot tell the families apart before 3 points; Bayes can, a little.
    QVERIFY(report.leastSquaresAccuracy[0] < 0.5);
    QVERIFY(report.bayesAccuracy[0] > report.leastSquaresAccuracy[0]);
    QVERIFY(report.leastSquaresAccuracy[2] > 0.95);
    QVERIFY(!calculator.isRunning());
}

void TestReferenceCalculator::aBurstOfRequestsEndsWithTheLatest()
{
    ReferenceCalculator calculator;
    QSignalSpy finished(&calculator, &ReferenceCalculator::finished);
    TrainingConfig config = test::smallConfig();
    for (int length : {2, 3, 5}) {
        config.testLength = length;
        calculator.request(config);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!calculator.isRunning() && finished.size() >= 1, kTimeoutMs);
    QTest::qWait(100); // nothing more is coming
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reportAt(finished, 0).bayesAccuracy.size(), std::size_t(5));
}

void TestReferenceCalculator::destroyingWhileRunningWaits()
{
    auto calculator = std::make_unique<ReferenceCalculator>();
    calculator->request(test::smallConfig());
    calculator.reset(); // joins; must neither crash nor deliver to a deleted object
    QTest::qWait(50);
}

QTEST_GUILESS_MAIN(TestReferenceCalculator)
#include "tst_referencecalculator.moc"
