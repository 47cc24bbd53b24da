// The canvas tab as a person uses it: clicks, undo, samples, pasted and loaded points, the guess
// after every point, and the weights handed over while training runs.
#include "belieftimeline.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "cellinspection.h"
#include "gateheatmap.h"
#include "insideview.h"
#include "metatypes.h"
#include "pointcanvas.h"
#include "predictor.h"
#include "probabilitybars.h"
#include "readynetwork.h"
#include "testsupport.h"
#include "trainer.h"
#include "trainingcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace curvelab;
using curvelab::test::smallConfig;

namespace {

constexpr int kSignalTimeoutMs = 20000;

ModelSnapshot someWeights(std::uint64_t seed = 1)
{
    TrainingConfig config = smallConfig();
    config.seed = seed;
    return Trainer(config).snapshot();
}

// Clicks at data coordinates, as a person aiming at (x, y) would.
void clickAt(CanvasView &view, const Point &p)
{
    PointCanvas &canvas = view.canvas();
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier,
                      canvas.transform().toWidget(p).toPoint());
}

// The view's guesses equal a fresh streaming run of the core Predictor on the same points.
void compareWithPredictor(const CanvasView &view)
{
    const ModelSnapshot *weights = view.classifier().snapshot();
    QVERIFY(weights);
    const std::vector<Prediction> want = Predictor(*weights).run(view.classifier().points());
    const std::vector<Prediction> &got = view.classifier().predictions();
    QCOMPARE(got.size(), want.size());
    for (std::size_t t = 0; t < got.size(); ++t) {
        QCOMPARE(got[t].probabilities, want[t].probabilities);
    }
}

} // namespace

class TestCanvasView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerMetaTypes(); }
    void init();
    void cleanup();

    void clicksAddPointsAndUpdateTheGuess();
    void barsAndTimelineShowTheBelief();
    void undoAndRedoWithTheKeyboard();
    void dragMovesAndRightClickDeletes();
    void withoutAModelThePointsStay();
    void badWeightsAreRefused();
    void sampleIsPlacedPointByPointAndUndoneAtOnce();
    void clickingStopsASample_data();
    void clickingStopsASample();
    void aSampleIsFramedWhole_data();
    void aSampleIsFramedWhole();
    void theCanvasSaysWhichNetworkAnswers();
    void aSurpriseIsExplained();
    void pastedPoints_data();
    void pastedPoints();
    void pointsFileRoundTrip();
    void missingFileChangesNothing();
    void notesSayWhatTheDrawingCannotTell();
    void fittedCurvesFollowLeastSquares();
    void snapshotsWhileTrainingMatchThePredictor();
    void insideShowsTheCellOnTheDrawnPoints_data();
    void insideShowsTheCellOnTheDrawnPoints();
    void influenceHalosAreTheCoresLeaveOneOut();
    void timeTravelShowsAnEarlierMoment();
    void raceContendersGuessTheDrawingToo();

private:
    std::unique_ptr<CanvasView> m_view;
};

void TestCanvasView::init()
{
    m_view = std::make_unique<CanvasView>();
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCanvasView::cleanup()
{
    m_view.reset();
}

void TestCanvasView::clicksAddPointsAndUpdateTheGuess()
{
    m_view->setSnapshot(someWeights());
    const PointSequence clicks{{6, 40}, {9, 80}, {12, 150}, {8, 60}};
    for (std::size_t i = 0; i < clicks.size(); ++i) {
        clickAt(*m_view, clicks[i]);
        QCOMPARE(m_view->document().count(), static_cast<int>(i + 1));
        QCOMPARE(m_view->classifier().predictions().size(), i + 1);
        // Where the person clicked, within a pixel.
        const Point got = m_view->document().points().back();
        const QPointF dataPerPixel(m_view->canvas().transform().toData(QPointF(1, 1)).x -
                                       m_view->canvas().transform().toData(QPointF(0, 0)).x,
                                   m_view->canvas().transform().toData(QPointF(0, 0)).y -
                                       m_view->canvas().transform().toData(QPointF(1, 1)).y);
        QVERIFY(std::abs(got.x - clicks[i].x) <= dataPerPixel.x());
        QVERIFY(std::abs(got.y - clicks[i].y) <= dataPerPixel.y());
    }
    compareWithPredictor(*m_view);
    QVERIFY(!m_view->guessText().isEmpty());
}

void TestCanvasView::barsAndTimelineShowTheBelief()
{
    m_view->setSnapshot(someWeights());
    for (const Point &p : PointSequence{{6, 40}, {9, 80}, {12, 150}}) {
        clickAt(*m_view, p);
    }
    const Prediction &last = m_view->classifier().predictions().back();
    double sum = 0.0;
    for (int i = 0; i < m_view->bars().familyCount(); ++i) {
        QCOMPARE(m_view->bars().probability(i), last.probabilities[static_cast<std::size_t>(i)]);
        sum += m_view->bars().probability(i);
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-5);
    QCOMPARE(m_view->bars().favoured(), last.guess);
    QCOMPARE(m_view->timeline().pointCount(), 3);
    m_view->document().remove(0);
    QCOMPARE(m_view->timeline().pointCount(), 2);
}

void TestCanvasView::undoAndRedoWithTheKeyboard()
{
    m_view->setSnapshot(someWeights());
    clickAt(*m_view, {6, 40});
    clickAt(*m_view, {9, 80});
    m_view->canvas().setFocus();
    QTest::keyClick(&m_view->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_view->document().count(), 1);
    QCOMPARE(m_view->classifier().predictions().size(), std::size_t(1));
    QTest::keyClick(&m_view->canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->document().count(), 2);
    QCOMPARE(m_view->timeline().pointCount(), 2);
    compareWithPredictor(*m_view);
}

void TestCanvasView::dragMovesAndRightClickDeletes()
{
    m_view->setSnapshot(someWeights());
    for (const Point &p : PointSequence{{6, 40}, {9, 80}, {12, 150}}) {
        clickAt(*m_view, p);
    }
    PointCanvas &canvas = m_view->canvas();
    const QPoint from = canvas.widgetPosition(1).toPoint();
    const QPoint to = canvas.transform().toWidget({10, 120}).toPoint();
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), canvas.mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&canvas, &move);
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(m_view->document().count(), 3);
    QVERIFY(std::abs(m_view->document().points()[1].x - 10.0) < 0.1);
    compareWithPredictor(*m_view);

    QTest::mouseClick(&canvas, Qt::RightButton, Qt::NoModifier, canvas.widgetPosition(0).toPoint());
    QCOMPARE(m_view->document().count(), 2);
    QCOMPARE(m_view->timeline().pointCount(), 2);
    compareWithPredictor(*m_view);
}

void TestCanvasView::withoutAModelThePointsStay()
{
    clickAt(*m_view, {6, 40});
    clickAt(*m_view, {9, 80});
    QCOMPARE(m_view->document().count(), 2);
    QVERIFY(m_view->classifier().predictions().empty());
    QVERIFY(m_view->guessText().contains("No model"));
    QCOMPARE(m_view->bars().favoured(), -1);

    // A model arriving later classifies what is already drawn, and leaving keeps the drawing.
    m_view->setSnapshot(someWeights());
    QCOMPARE(m_view->classifier().predictions().size(), std::size_t(2));
    m_view->clearSnapshot();
    QCOMPARE(m_view->document().count(), 2);
}

void TestCanvasView::badWeightsAreRefused()
{
    const ModelSnapshot good = someWeights();
    m_view->setSnapshot(good);
    clickAt(*m_view, {6, 40});
    ModelSnapshot bad = good;
    bad.weights.back().values.clear();
    m_view->setSnapshot(bad);
    QVERIFY(m_view->messageText().contains("cannot classify"));
    QCOMPARE(m_view->classifier().predictions().size(), std::size_t(1));
    compareWithPredictor(*m_view);
}

void TestCanvasView::sampleIsPlacedPointByPointAndUndoneAtOnce()
{
    m_view->setSnapshot(someWeights());
    clickAt(*m_view, {6, 40});
    // Every edit of the sample adds one point: counted from the document, not from a clock.
    QList<int> counts;
    connect(&m_view->document(), &CanvasDocument::changed, this,
            [&] { counts << m_view->document().count(); });
    m_view->sample(1);
    QVERIFY(m_view->isSampling());
    QCOMPARE(m_view->document().count(), 1); // the first point of the sample replaced the click
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isSampling(), kSignalTimeoutMs);
    QCOMPARE(counts, QList<int>({1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(m_view->timeline().pointCount(), CanvasView::kSampleLength);
    compareWithPredictor(*m_view);

    m_view->document().undoStack()->undo();
    QCOMPARE(m_view->document().count(), 1); // back to the click
}

void TestCanvasView::clickingStopsASample_data()
{
    QTest::addColumn<bool>("onThePoint");
    QTest::addRow("a click beside the sample") << false;
    // The sample is random: a click may land on one of its points, which selects it and changes
    // nothing (found by CI, where a click in the middle hit the first point).
    QTest::addRow("a press on a point of the sample") << true;
}

void TestCanvasView::clickingStopsASample()
{
    QFETCH(bool, onThePoint);
    m_view->setSnapshot(someWeights());
    m_view->sample(0);
    QVERIFY(m_view->isSampling());
    PointCanvas &canvas = m_view->canvas();
    const QPoint where =
        onThePoint ? canvas.transform().toWidget(m_view->document().points().front()).toPoint()
                   : canvas.rect().center();
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, where);
    QVERIFY(!m_view->isSampling());
    const int count = m_view->document().count();
    QTest::qWait(3 * CanvasView::kSampleIntervalMs);
    QCOMPARE(m_view->document().count(), count);
}

void TestCanvasView::aSampleIsFramedWhole_data()
{
    QTest::addColumn<int>("family");
    QTest::addRow("a line") << 0;
    QTest::addRow("a parabola") << 1;
    QTest::addRow("a root, among parabolas ten times its height") << 2;
}

void TestCanvasView::aSampleIsFramedWhole()
{
    QFETCH(int, family);
    m_view->setSnapshot(someWeights());
    m_view->sample(family);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isSampling(), kSignalTimeoutMs);
    // Every point in view, and the curve spread over the plot rather than a flat row of dots.
    const QRect plot = m_view->canvas().rect();
    double top = plot.bottom();
    double bottom = plot.top();
    for (const Point &p : m_view->document().points()) {
        const QPointF at = m_view->canvas().transform().toWidget(p);
        QVERIFY(plot.contains(at.toPoint()));
        top = std::min(top, at.y());
        bottom = std::max(bottom, at.y());
    }
    QVERIFY2(bottom - top > 0.5 * plot.height(),
             qPrintable(QString("%1 of %2 pixels").arg(bottom - top).arg(plot.height())));
}

void TestCanvasView::theCanvasSaysWhichNetworkAnswers()
{
    clickAt(*m_view, {6, 40});
    m_view->setReadyNetwork(readyNetwork());
    QVERIFY(m_view->isReadyNetworkAnswering());
    QVERIFY(m_view->originText().contains(QStringLiteral("ready network")));
    QCOMPARE(m_view->classifier().predictions().size(), std::size_t(1));

    m_view->setOpenedSnapshot(someWeights(), QStringLiteral("lesson.clm"));
    QVERIFY(!m_view->isReadyNetworkAnswering());
    QVERIFY2(m_view->originText().contains(QStringLiteral("lesson.clm")),
             qPrintable(m_view->originText()));

    m_view->clearSnapshot();
    QVERIFY(m_view->isReadyNetworkAnswering());
    ModelSnapshot training = someWeights(2);
    training.step = 50;
    m_view->setSnapshot(training);
    QVERIFY2(m_view->originText().contains(QStringLiteral("being trained")),
             qPrintable(m_view->originText()));

    // Families the ready network does not know: no answer rather than a wrong one.
    m_view->clearSnapshot();
    GeneratorConfig own;
    own.families = {{"wave", "k*sin(x)+b", {0, 6}, {0, 1}, {0, 1}},
                    {"growth", "k*exp(x/5)+b", {0, 6}, {0, 1}, {0, 1}}};
    m_view->setGeneratorConfig(own);
    QVERIFY(!m_view->isReadyNetworkAnswering());
    QVERIFY(!m_view->classifier().hasModel());
}

void TestCanvasView::aSurpriseIsExplained()
{
    // A network of the seed's ranges meets a line far steeper than any it saw.
    m_view->setSnapshot(someWeights());
    m_view->pastePoints(QStringLiteral("6,22\n8,41.4\n10,60.8\n12,80.2\n14,99.6\n"));
    QVERIFY2(m_view->messageText().contains(QStringLiteral("but this network only saw line "
                                                           "curves with k from 0 to 1")),
             qPrintable(m_view->messageText()));
}

void TestCanvasView::pastedPoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("points"); // -1: refused, drawing unchanged
    QTest::addColumn<QString>("message");

    QTest::addRow("csv lines are pasted") << "x,y\n6,40\n9,80\n12,150\n" << 3 << QString();
    QTest::addRow("only the first of several sequences") << "6,40\n9,80\n\n1,2\n"
                                                         << 2 << "the canvas shows the first";
    QTest::addRow("a word is refused with its line") << "6,40\nnine,80\n" << -1 << "line 2";
    QTest::addRow("NaN is refused") << "6,40\n9,nan\n" << -1 << "line 2";
    QTest::addRow("empty text is refused") << "" << -1 << "No points found";
    QTest::addRow("binary junk is refused")
        << QString::fromLatin1("\x01\x02\xff,\x7f\n") << -1 << "line 1";
}

void TestCanvasView::pastedPoints()
{
    QFETCH(QString, text);
    QFETCH(int, points);
    QFETCH(QString, message);

    m_view->setSnapshot(someWeights());
    clickAt(*m_view, {7, 7});
    const bool pasted = m_view->pastePoints(text);
    QCOMPARE(pasted, points >= 0);
    QCOMPARE(m_view->document().count(), points >= 0 ? points : 1);
    QVERIFY2(m_view->messageText().contains(message), qPrintable(m_view->messageText()));
    compareWithPredictor(*m_view);
}

void TestCanvasView::pointsFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("points.csv");
    const PointSequence drawn{{6.125, 40.5}, {9, 80.25}, {-1e-3, 1e5}};
    m_view->document().replace(drawn, "test");
    QVERIFY(m_view->savePoints(path));
    m_view->document().clear();
    QVERIFY(m_view->openPoints(path));
    QCOMPARE(m_view->document().count(), 3);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        QCOMPARE(m_view->document().points()[i].x, drawn[i].x);
        QCOMPARE(m_view->document().points()[i].y, drawn[i].y);
    }
}

void TestCanvasView::missingFileChangesNothing()
{
    clickAt(*m_view, {7, 7});
    QVERIFY(!m_view->openPoints("/nonexistent/points.csv"));
    QCOMPARE(m_view->document().count(), 1);
    QVERIFY(m_view->messageText().contains("Cannot open"));
    QVERIFY(!m_view->savePoints("/nonexistent/dir/points.csv"));
    QVERIFY(m_view->messageText().contains("Cannot write"));
}

void TestCanvasView::notesSayWhatTheDrawingCannotTell()
{
    m_view->setSnapshot(someWeights());
    m_view->document().append({7, 30});
    QVERIFY(m_view->messageText().contains("One point fits every family"));
    m_view->document().replace({{6, 10}, {-2, 3}, {-4, 1}}, "test");
    QVERIFY(m_view->messageText().contains("sqrt"));
    QVERIFY(m_view->messageText().contains("undefined at points 2 and 3"));
    // The network still answers, with a distribution.
    QCOMPARE(m_view->classifier().predictions().size(), std::size_t(3));
    compareWithPredictor(*m_view);
}

void TestCanvasView::fittedCurvesFollowLeastSquares()
{
    m_view->setSnapshot(someWeights());
    m_view->document().replace({{6, 36 * 0.5 + 1}, {9, 81 * 0.5 + 1}, {12, 144 * 0.5 + 1}}, "test");
    QVERIFY(m_view->leastSquaresText().contains("parabola"));
    m_view->setShowFits(true);
    QCOMPARE(m_view->canvas().curveCount(), 3);
    m_view->setShowFits(false);
    QCOMPARE(m_view->canvas().curveCount(), 0);
}

void TestCanvasView::snapshotsWhileTrainingMatchThePredictor()
{
    TrainingController controller;
    connect(&controller, &TrainingController::snapshotReady, m_view.get(),
            &CanvasView::setSnapshot);
    QSignalSpy snapshots(&controller, &TrainingController::snapshotReady);
    QVERIFY(controller.start(smallConfig()));
    // Draw while the worker trains: each edit and each handed-over snapshot must give the same
    // guesses as the Predictor on the weights the view holds, never a half-written model.
    const PointSequence clicks{{6, 40}, {9, 80}, {12, 150}, {8, 60}, {14, 200}};
    for (const Point &p : clicks) {
        QVERIFY(snapshots.wait(kSignalTimeoutMs));
        clickAt(*m_view, p);
        compareWithPredictor(*m_view);
    }
    const long seen = m_view->classifier().snapshot()->step;
    QVERIFY(snapshots.wait(kSignalTimeoutMs));
    QTRY_VERIFY(m_view->classifier().snapshot()->step > seen);
    compareWithPredictor(*m_view);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), TrainingController::State::Idle,
                              kSignalTimeoutMs);
}

void TestCanvasView::insideShowsTheCellOnTheDrawnPoints_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addRow("forget gate") << static_cast<int>(CellQuantity::Forget);
    QTest::addRow("cell state") << static_cast<int>(CellQuantity::Cell);
    QTest::addRow("hidden state") << static_cast<int>(CellQuantity::Hidden);
}

void TestCanvasView::insideShowsTheCellOnTheDrawnPoints()
{
    QFETCH(int, quantity);
    const CellQuantity q = static_cast<CellQuantity>(quantity);
    m_view->setSnapshot(someWeights());
    m_view->showBelow(CanvasView::BelowView::Inside);
    m_view->inside().setQuantity(q);
    for (const Point &p : PointSequence{{6, 40}, {9, 80}, {12, 150}}) {
        clickAt(*m_view, p);
    }
    const GateHeatmap &heatmap = m_view->inside().heatmap();
    QCOMPARE(heatmap.pointCount(), 3);
    QCOMPARE(heatmap.unitCount(), smallConfig().model.options.hiddenSize);
    const auto values = quantityOverPoints(m_view->classifier().predictions(), 0, q);
    for (int point = 0; point < 3; ++point) {
        for (int unit = 0; unit < heatmap.unitCount(); ++unit) {
            QCOMPARE(heatmap.value(point + 1, unit),
                     values[static_cast<std::size_t>(point)][static_cast<std::size_t>(unit)]);
        }
    }
}

void TestCanvasView::influenceHalosAreTheCoresLeaveOneOut()
{
    const ModelSnapshot weights = someWeights();
    m_view->setSnapshot(weights);
    const PointSequence points{{6, 40}, {9, 80}, {12, 150}, {7, 50}};
    m_view->document().replace(points, QStringLiteral("drawn"));
    QVERIFY(m_view->canvas().pointHalos().empty());
    m_view->setShowInfluence(true);
    QCOMPARE(m_view->canvas().pointHalos(), pointInfluence(weights, points));
    m_view->document().remove(0);
    QCOMPARE(m_view->canvas().pointHalos(), pointInfluence(weights, m_view->document().points()));
}

void TestCanvasView::timeTravelShowsAnEarlierMoment()
{
    Trainer trainer(smallConfig());
    std::vector<ModelSnapshot> moments;
    for (int i = 0; i < 5; ++i) {
        trainer.trainStep();
        moments.push_back(trainer.snapshot());
        m_view->setSnapshot(moments.back());
    }
    m_view->document().replace({{6, 40}, {9, 80}, {12, 150}}, QStringLiteral("drawn"));
    QCOMPARE(m_view->momentCount(), 5);
    QVERIFY(m_view->isLive());
    QCOMPARE(m_view->classifier().snapshot()->step, moments.back().step);

    m_view->pickMoment(1);
    QVERIFY(!m_view->isLive());
    QCOMPARE(m_view->classifier().snapshot()->step, moments[1].step);
    compareWithPredictor(*m_view);
    // Training goes on; the canvas stays at the moment picked.
    trainer.trainStep();
    m_view->setSnapshot(trainer.snapshot());
    QCOMPARE(m_view->classifier().snapshot()->step, moments[1].step);

    m_view->pickMoment(m_view->momentCount() - 1);
    QVERIFY(m_view->isLive());
    QCOMPARE(m_view->classifier().snapshot()->step, trainer.snapshot().step);
}

void TestCanvasView::raceContendersGuessTheDrawingToo()
{
    m_view->setSnapshot(someWeights(1));
    const PointSequence points{{6, 40}, {9, 80}, {12, 150}};
    m_view->document().replace(points, QStringLiteral("drawn"));
    TrainingConfig gru = smallConfig();
    gru.model.options.cell = CellType::Gru;
    const ModelSnapshot gruWeights = Trainer(gru).snapshot();
    m_view->setComparison(QStringLiteral("gru"), gruWeights);
    const Prediction last = Predictor(gruWeights).run(points).back();
    const QString guess = QString::fromStdString(gru.model.families[last.guess].name);
    QVERIFY2(m_view->comparisonText().contains("gru: "), qPrintable(m_view->comparisonText()));
    QVERIFY(m_view->comparisonText().contains(guess));
    m_view->clearComparisons();
    QVERIFY(m_view->comparisonText().isEmpty());
}

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
