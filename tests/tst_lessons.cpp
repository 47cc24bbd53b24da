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
#include "manualwindow.h"
#include "modelfile.h"
#include "presets.h"
#include "trainer.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
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

const QString kGerman = QStringLiteral("de");

// The built-in lesson files of a language: ":/lessons" for English, ":/lessons/de" for German.
QString lessonFolder(const QString &language)
{
    return language == QLatin1String(kSourceLanguage)
               ? kBuiltInLessonFolder
               : kBuiltInLessonFolder + QLatin1Char('/') + language;
}

QStringList lessonNames(const QString &language)
{
    return QDir(lessonFolder(language))
        .entryList({QStringLiteral("*.curvelab-lesson")}, QDir::Files, QDir::Name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A lesson file's JSON without its words (the lesson's title, each step's title and text): what a
// translation leaves exactly as it is. Read apart from the lesson reader, which isTranslationOf
// relies on.
QJsonObject withoutWords(const QByteArray &json)
{
    QJsonObject lesson = QJsonDocument::fromJson(json).object();
    lesson.remove(QStringLiteral("title"));
    QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject step = steps[i].toObject();
        step.remove(QStringLiteral("title"));
        step.remove(QStringLiteral("text"));
        steps[i] = step;
    }
    lesson[QStringLiteral("steps")] = steps;
    return lesson;
}

// The figures a text states, as a German text writes them ("30 000", "96,7", "0,3" from "0.3"),
// sorted: a translation states the same ones, in its own word order.
QStringList figures(QString text)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?: \\d{3})*(?:[.,]\\d+)?"));
    QStringList found;
    for (const QRegularExpressionMatch &m : number.globalMatch(text)) {
        found << m.captured().replace(QLatin1Char('.'), QLatin1Char(','));
    }
    found.sort();
    return found;
}

// Every title and text of a lesson, the lesson's own first.
QStringList words(const Lesson &lesson)
{
    QStringList all{lesson.title};
    for (const LessonStep &step : lesson.steps) {
        all << step.title << step.text;
    }
    return all;
}

QStringList titles(const std::vector<Lesson> &lessons)
{
    QStringList all;
    for (const Lesson &lesson : lessons) {
        all << lesson.title;
    }
    return all;
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
    void germanLessonsAreTwinsOfTheEnglish_data();
    void germanLessonsAreTwinsOfTheEnglish();
    void germanLessonsSayEverythingInGerman_data();
    void germanLessonsSayEverythingInGerman();
    void builtInLessonsFollowTheAppsLanguage_data();
    void builtInLessonsFollowTheAppsLanguage();
    void lessonsMenuIsInGermanInAGermanWindow();
    void lessonsAndManualPickTheSameLanguage_data();
    void lessonsAndManualPickTheSameLanguage();
    void everyCatalogueHasLessons();
    void translationThatDoesNotFitGivesWayToEnglish_data();
    void translationThatDoesNotFitGivesWayToEnglish();
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
    // As if English were picked in View > Language: the built-in lessons read the same on any
    // machine. The rows that need German set it and put this back.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLessons::builtInLessonsAreValidLessonFiles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("preset");
    for (const QString &language : {QString::fromLatin1(kSourceLanguage), kGerman}) {
        const QByteArray in = language.toLatin1();
        QTest::addRow("the question (%s)", in.constData()) << language << 0 << "question";
        QTest::addRow("the accepted answer (%s)", in.constData()) << language << 1 << "answer";
        QTest::addRow("done right (%s)", in.constData()) << language << 2 << "seed";
        QTest::addRow("what people draw (%s)", in.constData()) << language << 3 << "recommended";
    }
}

void TestLessons::builtInLessonsAreValidLessonFiles()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    QFETCH(QString, preset);
    const std::vector<Lesson> lessons = builtInLessons(language);
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

void TestLessons::germanLessonsAreTwinsOfTheEnglish_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = lessonNames(QString::fromLatin1(kSourceLanguage));
    QCOMPARE(names.size(), 4);
    // A twin for every lesson, and no German lesson without an English one.
    QCOMPARE(lessonNames(kGerman), names);
    for (const QString &name : names) {
        QTest::addRow("%s", qPrintable(name)) << name;
    }
}

// Equal in everything but the words: setup, points, views and hidden controls are the English
// lesson's, which tst_lessons compares with its preset; and, as a teacher's editor would write it,
// the German file is byte for byte what the lesson writer makes of it, as the English one is.
void TestLessons::germanLessonsAreTwinsOfTheEnglish()
{
    QFETCH(QString, name);
    const QByteArray englishJson =
        fileBytes(lessonFolder(QString::fromLatin1(kSourceLanguage)) + QLatin1Char('/') + name);
    const QByteArray germanJson = fileBytes(lessonFolder(kGerman) + QLatin1Char('/') + name);
    const Lesson english = lessonFromJson(englishJson);
    const Lesson german = lessonFromJson(germanJson);
    QCOMPARE(german.steps.size(), english.steps.size());
    QCOMPARE(withoutWords(germanJson), withoutWords(englishJson));
    QVERIFY(isTranslationOf(german, english));
    QCOMPARE(lessonToJson(german), germanJson);
    QCOMPARE(lessonToJson(english), englishJson);
}

void TestLessons::germanLessonsSayEverythingInGerman_data()
{
    QTest::addColumn<int>("index");
    const std::vector<Lesson> english = builtInLessons(QString::fromLatin1(kSourceLanguage));
    for (std::size_t i = 0; i < english.size(); ++i) {
        QTest::addRow("%s", qPrintable(english[i].title)) << static_cast<int>(i);
    }
}

// Every title and text is translated (none empty, none left in English), states the figures of the
// English one in the German way ("96,7 %"), and keeps the formulas and calls the app writes
// (y = k*x^2 + b, sqrt(x), backward()) as they are.
void TestLessons::germanLessonsSayEverythingInGerman()
{
    QFETCH(int, index);
    const auto i = static_cast<std::size_t>(index);
    const Lesson english = builtInLessons(QString::fromLatin1(kSourceLanguage)).at(i);
    const Lesson german = builtInLessons(kGerman).at(i);
    const QStringList englishWords = words(english);
    const QStringList germanWords = words(german);
    QCOMPARE(germanWords.size(), englishWords.size());
    static const QRegularExpression englishDecimal(QStringLiteral("\\d\\.\\d"));
    static const QRegularExpression kept(
        QStringLiteral("y = k\\*\\S+ \\+ b|sqrt\\([A-Za-z /]+\\)|backward\\(\\)"));
    for (qsizetype w = 0; w < englishWords.size(); ++w) {
        const QString &from = englishWords[w];
        const QString &to = germanWords[w];
        QVERIFY2(!to.trimmed().isEmpty(), qPrintable(from));
        QVERIFY2(to != from, qPrintable(to));
        QVERIFY2(figures(to) == figures(from),
                 qPrintable(figures(to).join(u'|') + " for " + figures(from).join(u'|')));
        QCOMPARE(to.count(QLatin1Char('%')), from.count(QLatin1Char('%')));
        QVERIFY2(!to.contains(englishDecimal), qPrintable(to));
        QCOMPARE(to.count(QStringLiteral("\n\n")), from.count(QStringLiteral("\n\n")));
        for (const QRegularExpressionMatch &m : kept.globalMatch(from)) {
            QVERIFY2(to.contains(m.captured()), qPrintable(m.captured()));
        }
    }
}

void TestLessons::builtInLessonsFollowTheAppsLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << kGerman;
    QTest::addRow("Swiss German") << QLocale(QLocale::German, QLocale::Switzerland) << kGerman;
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                             << QString::fromLatin1(kSourceLanguage);
    QTest::addRow("French, which has no lessons: English")
        << QLocale(QLocale::French, QLocale::France) << QString::fromLatin1(kSourceLanguage);
    QTest::addRow("C: English") << QLocale::c() << QString::fromLatin1(kSourceLanguage);
}

// As installTranslations leaves it: the pick in View > Language is the default locale.
void TestLessons::builtInLessonsFollowTheAppsLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QString language;
    QString manual;
    QStringList shown;
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        QLocale::setDefault(locale);
        language = builtInLessonLanguage();
        manual = ManualWindow::manualLanguage();
        shown = titles(builtInLessons());
    }
    QCOMPARE(language, expected);
    QCOMPARE(manual, expected);
    const QStringList english = titles(builtInLessons(QString::fromLatin1(kSourceLanguage)));
    const QStringList german = titles(builtInLessons(kGerman));
    QCOMPARE(shown, expected == kGerman ? german : english);
    QCOMPARE(shown.size(), 4);
    QCOMPARE(shown.front(), expected == kGerman
                                ? QStringLiteral("1. Die Frage: warum das Netz nicht lernte")
                                : QStringLiteral("1. The question: why it did not learn"));
}

// The whole way: a German window's Lessons menu offers the German lessons, and opening one shows
// its German text.
void TestLessons::lessonsMenuIsInGermanInAGermanWindow()
{
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    MainWindow window;
    QVERIFY(prepare(window));
    QMenu *lessons = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->title() == QStringLiteral("&Lessons")) {
            lessons = action->menu();
        }
    }
    QVERIFY(lessons);
    const std::vector<Lesson> german = builtInLessons(kGerman);
    for (std::size_t i = 0; i < german.size(); ++i) {
        QCOMPARE(lessons->actions().at(static_cast<qsizetype>(i))->text(), german[i].title);
    }
    lessons->actions().front()->trigger();
    QVERIFY(
        window.lessonPanel().shownText().contains(QStringLiteral("rief aber nie backward() auf")));
}

void TestLessons::lessonsAndManualPickTheSameLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    const QString english = QString::fromLatin1(kSourceLanguage);
    QTest::addRow("German") << QStringList{"de-DE", "de"} << kGerman;
    QTest::addRow("Austrian German") << QStringList{"de-AT"} << kGerman;
    QTest::addRow("German with an underscore") << QStringList{"de_CH"} << kGerman;
    QTest::addRow("German in Latin script") << QStringList{"de-Latn-DE"} << kGerman;
    QTest::addRow("English") << QStringList{"en-US", "en"} << english;
    QTest::addRow("English before German") << QStringList{"en-GB", "de-DE"} << english;
    QTest::addRow("German before English") << QStringList{"de-DE", "en-US"} << kGerman;
    QTest::addRow("German after a language without a translation")
        << QStringList{"fr-FR", "de-DE", "en-US"} << kGerman;
    QTest::addRow("only languages without a translation: English")
        << QStringList{"fr-FR", "ja-JP"} << english;
    QTest::addRow("the C locale: English") << QStringList{"C"} << english;
    QTest::addRow("nothing: English") << QStringList{} << english;
}

// One decision: the manual and the lessons ask the same function, with what each has.
void TestLessons::lessonsAndManualPickTheSameLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(builtInLessonLanguage(uiLanguages), expected);
    QCOMPARE(ManualWindow::manualLanguage(uiLanguages), expected);
    QCOMPARE(uiLanguage({kGerman}, uiLanguages), expected);
    QCOMPARE(uiLanguage({QString::fromLatin1(kSourceLanguage), kGerman}, uiLanguages), expected);
}

// The lessons speak the menus' language only while they are translated into every language
// that has a catalogue (tst_manual checks the same of the manual).
void TestLessons::everyCatalogueHasLessons()
{
    QStringList catalogues;
    const QString prefix = QStringLiteral("curvelab_");
    for (const QString &file :
         QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files)) {
        const QString language = file.mid(prefix.size()).chopped(3);
        if (language != QLatin1String(kSourceLanguage)) {
            catalogues << language;
        }
    }
    const QStringList translated =
        QDir(kBuiltInLessonFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(translated, QStringList{kGerman});
    QCOMPARE(translated, catalogues);
}

void TestLessons::translationThatDoesNotFitGivesWayToEnglish_data()
{
    QTest::addColumn<QByteArray>("twin"); // the German file; empty: none
    QTest::addColumn<bool>("translated");
    const Lesson english = builtInLessons(QString::fromLatin1(kSourceLanguage)).front();
    Lesson german = builtInLessons(kGerman).front();
    QTest::addRow("a translation") << lessonToJson(german) << true;
    QTest::addRow("no translation") << QByteArray() << false;
    Lesson changed = german;
    changed.steps.push_back(german.steps.back());
    QTest::addRow("a step more") << lessonToJson(changed) << false;
    changed = german;
    changed.steps.pop_back();
    QTest::addRow("a step fewer") << lessonToJson(changed) << false;
    changed = german;
    changed.config.learningRate *= 10;
    QTest::addRow("another setup") << lessonToJson(changed) << false;
    changed = german;
    changed.hiddenControls.removeLast();
    QTest::addRow("other hidden controls") << lessonToJson(changed) << false;
    changed = german;
    changed.steps.back().points.front().y += 1;
    QTest::addRow("a point moved") << lessonToJson(changed) << false;
    changed = german;
    std::swap(changed.steps[0].view, changed.steps[2].view);
    QVERIFY(!(changed.steps[0].view == english.steps[0].view));
    QTest::addRow("another view") << lessonToJson(changed) << false;
    QTest::addRow("not a lesson file") << QByteArray("{\"title\": \"Die Frage\"}") << false;
    QByteArray newer = lessonToJson(german);
    newer.replace("\"version\": 1", "\"version\": 99");
    QTest::addRow("from a newer CurveLab") << newer << false;
}

// A translation that does not read, or has drifted from its English lesson, is not shown: the
// English lesson is, with a warning for whoever maintains the translation.
void TestLessons::translationThatDoesNotFitGivesWayToEnglish()
{
    QFETCH(QByteArray, twin);
    QFETCH(bool, translated);
    const QString english = QString::fromLatin1(kSourceLanguage);
    const QString name = lessonNames(english).front();
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(kGerman));
    QVERIFY(QFile::copy(lessonFolder(english) + QLatin1Char('/') + name, dir.filePath(name)));
    if (!twin.isEmpty()) {
        QFile file(dir.filePath(kGerman + QLatin1Char('/') + name));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(twin) == twin.size());
    }
    if (!twin.isEmpty() && !translated) {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^the de lesson .* showing English$")));
    }
    const std::vector<Lesson> lessons = lessonsIn(dir.path(), kGerman);
    QCOMPARE(lessons.size(), std::size_t(1));
    const Lesson expected = builtInLessons(translated ? kGerman : english).front();
    QVERIFY(lessons.front() == expected);
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
