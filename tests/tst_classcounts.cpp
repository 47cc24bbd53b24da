// Two to eight families, everywhere in the window: a model trains on them, and the confusion
// matrix, the curves, the canvas's bars and timeline and a saved model all follow the count.
#include "belieftimeline.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "confusionmatrixview.h"
#include "curvesview.h"
#include "probabilitybars.h"
#include "windowtestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace curvelab;
using namespace curvelab::test;

namespace {

constexpr int kTimeoutMs = 60000;

// Eight shapes on one x range, with k and b ranges that keep them apart.
std::vector<FunctionFamily> families(int count)
{
    const std::vector<std::pair<const char *, const char *>> all = {
        {"line", "k*x+b"},       {"wave", "k*sin(x)+b"},     {"parabola", "k*x^2+b"},
        {"root", "k*sqrt(x)+b"}, {"growth", "k*exp(x/5)+b"}, {"log", "k*log(x)+b"},
        {"cube", "k*x^3+b"},     {"inverse", "k/x+b"}};
    std::vector<FunctionFamily> out;
    for (int i = 0; i < count; ++i) {
        out.push_back({all[static_cast<std::size_t>(i)].first,
                       all[static_cast<std::size_t>(i)].second,
                       {1.0, 6.0},
                       {0.5, 2.0},
                       {-1.0, 1.0}});
    }
    return out;
}

} // namespace

class TestClassCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyViewFollowsTheFamilies_data();
    void everyViewFollowsTheFamilies();
    void ninthFamilyIsRefused();
};

void TestClassCounts::initTestCase()
{
    isolateWindowSuite("tst_classcounts");
}

void TestClassCounts::everyViewFollowsTheFamilies_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("2 classes") << 2;
    QTest::newRow("8 classes") << 8;
}

void TestClassCounts::everyViewFollowsTheFamilies()
{
    QFETCH(int, count);
    TrainingConfig config = smallConfig();
    config.generator.families = families(count);
    config.model.families = config.generator.families;
    config.maxSteps = 60;
    MainWindow window;
    QVERIFY(prepare(window, config));
    QCOMPARE(static_cast<int>(window.setupPanel().config().model.families.size()), count);

    QSignalSpy finished(&window.controller(), &TrainingController::finished);
    window.startOrPause();
    QVERIFY(finished.wait(kTimeoutMs));
    auto *confusion = window.findChild<ConfusionMatrixView *>();
    QCOMPARE(confusion->classCount(), count);
    QCOMPARE(window.findChild<CurvesView *>()->sampleCount() % count, 0);

    // The canvas classifies a drawing with the trained weights into `count` families.
    window.showCanvas();
    window.canvasView().document().replace({{1.5, 1.0}, {2.5, 0.6}, {4.0, -0.8}}, "drawn");
    auto *bars = window.canvasView().findChild<ProbabilityBars *>();
    QCOMPARE(bars->familyCount(), count);
    QVERIFY(bars->favoured() >= 0 && bars->favoured() < count);
    auto *timeline = window.canvasView().findChild<BeliefTimeline *>();
    QCOMPARE(timeline->familyCount(), count);
    QCOMPARE(timeline->pointCount(), 3);

    // A saved model carries its families: opened in a fresh window, it brings them back.
    QTemporaryDir dir;
    const QString path = dir.filePath("model.clm");
    QVERIFY(window.saveModel(path));
    MainWindow other;
    QVERIFY(prepare(other));
    QVERIFY(other.openModel(path));
    QVERIFY(other.setupPanel().config().model.families == config.model.families);
}

void TestClassCounts::ninthFamilyIsRefused()
{
    MainWindow window;
    QVERIFY(prepare(window));
    TrainingConfig config = smallConfig();
    config.generator.families = families(8);
    config.model.families = config.generator.families;
    window.setupPanel().setConfig(config);
    QVERIFY(window.setupPanel().isValid());
    QVERIFY(window.setupPanel().addFamily({"ninth", "k*x^4+b", {1.0, 6.0}, {0.5, 2.0}, {0, 1}}));
    // Added, but left out of the lesson: eight is the most a model tells apart.
    QCOMPARE(window.setupPanel().config().model.families.size(), std::size_t(8));
    QCOMPARE(window.setupPanel().untickedFamilies().back().name, std::string("ninth"));
}

QTEST_MAIN(TestClassCounts)
#include "tst_classcounts.moc"
