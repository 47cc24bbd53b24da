// The classroom: the built-in lessons, the lesson panel, lessons opened and saved by the window,
// and classroom mode hiding what the teacher chose.
#include "builtinlessons.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "classroomcontrols.h"
#include "classroommode.h"
#include "lessoneditor.h"
#include "lessonfile.h"
#include "lessonpanel.h"
#include "modelfile.h"
#include "presets.h"
#include "trainer.h"
#include "windowtestsupport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace curvelab;
using namespace curvelab::test;

namespace {

FunctionFamily wave()
{
    return {"wave", "k*sin(x)+b", {5.0, 15.0}, {0.5, 2.0}, {-1.0, 1.0}};
}

// A lesson as a teacher makes it at home: an own family, another unticked, points, steps, hidden
// controls and a network trained in advance.
Lesson preparedLesson()
{
    Lesson lesson;
    lesson.title = "Waves";
    lesson.config = smallConfig();
    lesson.config.generator.families = {originalFamilies()[0], wave()};
    lesson.config.model.families = lesson.config.generator.families;
    lesson.config.seed = 77;
    lesson.untickedFamilies = {originalFamilies()[1],
                               originalFamilies()[2],
                               {"cube", "k*x^3+b", {1.0, 3.0}, {0.0, 1.0}, {0.0, 5.0}}};
    lesson.canvasPoints = {{5.5, std::sin(5.5)}, {7.25, std::sin(7.25)}, {9.0, 1.0 / 3.0}};
    lesson.hiddenControls = {"model", "training", "race", "files"};
    lesson.steps = {{"Train", "Press Start.", "training", {}},
                    {"Draw", "A wave.\n\nWatch the guess.", "canvas", {{6, 0.5}, {8, 1.5}}}};
    Trainer trainer(lesson.config);
    lesson.model = serializeModel(trainer.snapshot());
    return lesson;
}

QTabWidget &tabs(MainWindow &window)
{
    return *window.findChild<QTabWidget *>();
}

bool tabShown(MainWindow &window, const QString &title)
{
    QTabWidget &t = tabs(window);
    for (int i = 0; i < t.count(); ++i) {
        if (t.tabText(i) == title) {
            return t.isTabVisible(i);
        }
    }
    return false;
}

QDockWidget &dock(MainWindow &window, const char *name)
{
    return *window.findChild<QDockWidget *>(name);
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInLessonsAreValidLessonFiles_data();
    void builtInLessonsAreValidLessonFiles();
    void panelStepsBackAndForth();
    void editorWritesSteps();
    void openingALessonSetsUpTheWindow();
    void stepsShowTheirViewAndPoints();
    void classroomModeHidesTheChosenControls_data();
    void classroomModeHidesTheChosenControls();
    void lessonRoundTripsThroughTheWindow();
    void brokenLessonFileChangesNothing();
    void lessonIsRefusedWhileTraining();
    void lessonWithoutStepsShowsNoPanel();
    void lessonOpenedWhilePresentingStaysAfterwards();
    void pageKeysTurnStepsAndSpaceStaysStart();
    void ownFamiliesSurviveARestart();
};

void TestLessons::initTestCase()
{
    isolateWindowSuite("tst_lessons");
}

void TestLessons::builtInLessonsAreValidLessonFiles_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("preset");
    QTest::newRow("the question") << 0 << "question";
    QTest::newRow("the accepted answer") << 1 << "answer";
    QTest::newRow("done right") << 2 << "seed";
    QTest::newRow("what people draw") << 3 << "recommended";
}

void TestLessons::builtInLessonsAreValidLessonFiles()
{
    QFETCH(int, index);
    QFETCH(QString, preset);
    const std::vector<Lesson> lessons = builtInLessons();
    QCOMPARE(lessons.size(), std::size_t(4));
    const Lesson &lesson = lessons[static_cast<std::size_t>(index)];
    // Through the file format's checks, so that a built-in lesson saved by a teacher opens again.
    QVERIFY(lessonFromJson(lessonToJson(lesson)) == lesson);
    QVERIFY(firstDifference(lesson.config, presetByName(preset.toStdString()).config).isEmpty());
    QVERIFY(lesson.steps.size() >= 3);
    bool showsCanvas = false;
    int figures = 0; // the texts state what was measured, not folklore
    for (const LessonStep &step : lesson.steps) {
        QVERIFY(!step.title.isEmpty());
        figures += static_cast<int>(step.text.count('%'));
        showsCanvas = showsCanvas || (step.view == "canvas" && !step.points.empty());
    }
    QVERIFY(figures >= 3);
    QVERIFY(showsCanvas);
}

void TestLessons::panelStepsBackAndForth()
{
    LessonPanel panel;
    QSignalSpy opened(&panel, &LessonPanel::stepOpened);
    const Lesson lesson = builtInLessons().front();
    panel.setLesson(lesson.title, lesson.steps);
    auto *back = panel.findChild<QPushButton *>("lessonBack");
    auto *next = panel.findChild<QPushButton *>("lessonNext");
    QCOMPARE(opened.size(), 1);
    QVERIFY(!back->isEnabled());
    QVERIFY(panel.shownText().contains("never called backward()"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(panel.currentStep(), 2);
    QVERIFY(!next->isEnabled());
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.last().at(0).toInt(), 2);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(panel.currentStep(), 1);
    QVERIFY(panel.shownText().contains("Press Start"));
    // Plain text stays plain: nothing a teacher types is taken for markup.
    panel.setLesson("x", {{"s", "a <b>bold</b> claim", {}, {}}});
    QVERIFY(panel.shownText().contains("<b>bold</b>"));
}

void TestLessons::editorWritesSteps()
{
    const PointSequence canvas = {{1, 2}, {3, 5}};
    LessonEditor editor("Mine", {{"One", "first", "training", {}}}, canvas);
    const auto click = [&](const char *name) {
        QTest::mouseClick(editor.findChild<QPushButton *>(name), Qt::LeftButton);
    };
    click("addStep");
    auto *title = editor.findChild<QLineEdit *>("stepTitle");
    title->selectAll();
    QTest::keyClicks(title, "Two");
    QTest::keyClicks(editor.findChild<QPlainTextEdit *>("stepText"), "Watch <this>.");
    auto *view = editor.findChild<QComboBox *>("stepView");
    view->setCurrentIndex(view->findData("canvas"));
    click("usePoints");
    QCOMPARE(editor.steps().size(), std::size_t(2));
    const LessonStep two = editor.steps()[1];
    QCOMPARE(two.title, QString("Two"));
    QCOMPARE(two.text, QString("Watch <this>."));
    QCOMPARE(two.view, QString("canvas"));
    QCOMPARE(two.points.size(), canvas.size());
    click("stepUp");
    QCOMPARE(editor.steps()[0].title, QString("Two"));
    QCOMPARE(editor.steps()[1].title, QString("One"));
    click("removeStep"); // the moved step stays selected
    QCOMPARE(editor.steps().size(), std::size_t(1));
    QCOMPARE(editor.steps()[0].title, QString("One"));
    QCOMPARE(editor.title(), QString("Mine"));
}

void TestLessons::openingALessonSetsUpTheWindow()
{
    MainWindow window;
    QVERIFY(prepare(window));
    const Lesson answer = builtInLessons()[1];
    QVERIFY(window.openLesson(answer));
    QVERIFY(firstDifference(window.setupPanel().config(), answer.config).isEmpty());
    QVERIFY(dock(window, "lessonDock").isVisible());
    QCOMPARE(window.lessonPanel().currentStep(), 0);
    QCOMPARE(window.classroomMode().hiddenControls(), answer.hiddenControls);
    QVERIFY(!window.controller().latestSnapshot()); // fresh weights for a new lesson
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Success);
}

void TestLessons::stepsShowTheirViewAndPoints()
{
    MainWindow window;
    QVERIFY(prepare(window));
    const Lesson answer = builtInLessons()[1];
    QVERIFY(window.openLesson(answer));
    QCOMPARE(tabs(window).currentIndex(), 0);
    window.lessonPanel().next();
    QCOMPARE(tabs(window).currentWidget(), &window.canvasView());
    const PointSequence &shown = window.canvasView().document().points();
    QCOMPARE(shown.size(), answer.steps[1].points.size());
    QCOMPARE(shown.back().y, answer.steps[1].points.back().y);
    // The step's points are one undo step: the class can go back to what was drawn before.
    window.canvasView().document().undoStack()->undo();
    QVERIFY(window.canvasView().document().points().empty());
}

void TestLessons::classroomModeHidesTheChosenControls_data()
{
    QTest::addColumn<QString>("control");
    for (const ClassroomControl &c : classroomControls()) {
        QTest::newRow(qPrintable(c.id)) << c.id;
    }
}

void TestLessons::classroomModeHidesTheChosenControls()
{
    QFETCH(QString, control);
    MainWindow window;
    QVERIFY(prepare(window));
    const auto shown = [&]() -> bool {
        if (control == "setup") {
            return dock(window, "setupDock").isVisible();
        }
        if (SetupPanel::sectionNames().contains(control)) {
            return !window.setupPanel().hiddenSections().contains(control);
        }
        if (control == "race" || control == "curves") {
            return tabShown(window, control == "race" ? "Race" : "Curves");
        }
        if (control == "reset") {
            return actionWithShortcut(window, QKeySequence("Ctrl+R"))->isVisible();
        }
        return window.findChild<QAction *>("openModelAction")->isVisible() &&
               window.findChild<QAction *>("saveModelAction")->isVisible();
    };
    ClassroomMode &mode = window.classroomMode();
    mode.setHiddenControls({control});
    QVERIFY(shown()); // chosen, but the mode is off
    auto *toggle = actionWithShortcut(window, QKeySequence("Ctrl+Shift+C"));
    toggle->trigger();
    QVERIFY(mode.isActive());
    QVERIFY(!shown());
    auto *indicator = window.findChild<QLabel *>("classroomIndicator");
    QVERIFY(indicator->isVisible());
    QVERIFY(indicator->text().contains("1 control hidden"));
    toggle->trigger();
    QVERIFY(shown());
    QVERIFY(!indicator->isVisible());
}

void TestLessons::lessonRoundTripsThroughTheWindow()
{
    QTemporaryDir dir;
    const QString first = dir.filePath("waves.curvelab-lesson");
    const QString second = dir.filePath("again.curvelab-lesson");
    const Lesson lesson = preparedLesson();
    saveLesson(lesson, first);
    {
        MainWindow window;
        QVERIFY(prepare(window));
        QVERIFY(window.openLessonFile(first));
        QVERIFY(window.controller().latestSnapshot());
        QCOMPARE(window.canvasView().document().points().size(), lesson.canvasPoints.size());
        QVERIFY(window.saveLessonFile(second));
    }
    const Lesson back = loadLesson(second);
    QVERIFY(back.config.generator.families == lesson.config.generator.families);
    QVERIFY(back.untickedFamilies == lesson.untickedFamilies);
    QCOMPARE(back.hiddenControls, lesson.hiddenControls);
    QVERIFY(back.steps == lesson.steps);
    QVERIFY(back.model == lesson.model);
    QVERIFY(back == lesson);
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestLessons::brokenLessonFileChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.curvelab-lesson");
    QByteArray json = lessonToJson(preparedLesson());
    json.replace("k*sin(x)+b", "k*sin(x+b");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
    file.close();

    MainWindow window;
    QVERIFY(prepare(window));
    const PointSequence drawn = {{6, 1}, {7, 2}};
    window.canvasView().document().replace(drawn, "drawn");
    const TrainingConfig before = window.setupPanel().config();
    QVERIFY(!window.openLessonFile(path));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Error);
    QVERIFY2(window.bannerText().contains("Missing parenthesis"), qPrintable(window.bannerText()));
    QVERIFY(firstDifference(window.setupPanel().config(), before).isEmpty());
    QCOMPARE(window.canvasView().document().points().size(), drawn.size());
}

void TestLessons::lessonIsRefusedWhileTraining()
{
    MainWindow window;
    QVERIFY(prepare(window));
    window.startOrPause();
    QVERIFY(!window.openLesson(builtInLessons()[0]));
    QCOMPARE(window.bannerKind(), MainWindow::BannerKind::Warning);
    window.stopTraining();
}

void TestLessons::lessonWithoutStepsShowsNoPanel()
{
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(window.openLesson(builtInLessons()[0]));
    QVERIFY(dock(window, "lessonDock").isVisible());
    Lesson setupOnly = builtInLessons()[2];
    setupOnly.steps.clear();
    QVERIFY(window.openLesson(setupOnly));
    QVERIFY(!dock(window, "lessonDock").isVisible());
    QVERIFY(dock(window, "setupDock").isVisible());
}

void TestLessons::lessonOpenedWhilePresentingStaysAfterwards()
{
    MainWindow window;
    QVERIFY(prepare(window));
    window.setPresentationMode(true);
    QVERIFY(window.openLesson(builtInLessons()[1]));
    window.classroomMode().setHiddenControls({"setup"}); // the lesson brought its own choice
    window.classroomMode().setActive(true);
    window.setPresentationMode(false);
    QVERIFY(dock(window, "lessonDock").isVisible());
    QVERIFY(!dock(window, "setupDock").isVisible()); // classroom mode, turned on meanwhile
    window.classroomMode().setActive(false);
    QVERIFY(dock(window, "setupDock").isVisible());
}

void TestLessons::pageKeysTurnStepsAndSpaceStaysStart()
{
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(window.openLesson(builtInLessons()[2]));
    LessonPanel &panel = window.lessonPanel();
    QTest::mouseClick(panel.findChild<QPushButton *>("lessonNext"), Qt::LeftButton);
    QCOMPARE(panel.currentStep(), 1);
    // The teacher clicked Next, then presses Space to start: training starts, the step stays.
    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(panel.currentStep(), 1);
    QVERIFY(window.controller().state() != TrainingController::State::Idle);
    window.stopTraining();
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(panel.currentStep(), 2);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(panel.currentStep(), 0);
}

void TestLessons::ownFamiliesSurviveARestart()
{
    const FunctionFamily cube{"cube", "k*x^3+b", {1.0, 3.0}, {0.0, 1.0}, {0.0, 5.0}};
    TrainingConfig config = smallConfig();
    config.generator.families = {originalFamilies()[0], wave()};
    config.model.families = config.generator.families;
    {
        MainWindow window;
        QVERIFY(prepare(window));
        window.setupPanel().setConfig(config, {cube});
        window.classroomMode().setHiddenControls({"race"});
        QVERIFY(window.close()); // saves the settings, as quitting does
    }
    MainWindow again;
    QVERIFY(again.setupPanel().config().model.families == config.model.families);
    const std::vector<FunctionFamily> unticked = again.setupPanel().untickedFamilies();
    QVERIFY(std::find(unticked.begin(), unticked.end(), cube) != unticked.end());
    QCOMPARE(again.classroomMode().hiddenControls(), QStringList{"race"});
    QSettings().clear(); // the other tests start from no settings
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
