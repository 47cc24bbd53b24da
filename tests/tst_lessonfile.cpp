// Lesson files: what a teacher saves at home opens again exactly in class, and a file that is not
// a lesson, is broken or comes from a newer CurveLab says so instead of half-loading.
#include "lessonfile.h"
#include "modelfile.h"
#include "testsupport.h"
#include "trainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace curvelab;

namespace {

FunctionFamily wave()
{
    return {"wave", "k*sin(x)+b", {0.0, 6.25}, {0.5, 2.0}, {-1.0, 1.0}};
}

// A lesson that uses every field, with numbers that JSON writers like to round.
Lesson fullLesson()
{
    Lesson lesson;
    lesson.title = "Waves and lines — für alle";
    lesson.config = test::smallConfig();
    lesson.config.generator.families = {originalFamilies()[0], wave()};
    lesson.config.model.families = lesson.config.generator.families;
    lesson.config.learningRate = 0.1 + 0.2; // 0.30000000000000004
    lesson.config.seed = 18446744073709551557ULL;
    lesson.untickedFamilies = {originalFamilies()[1], originalFamilies()[2]};
    lesson.canvasPoints = {{1.0 / 3.0, 2.0 / 3.0}, {5e-324, -1.7976931348623157e308}, {6, 7}};
    lesson.hiddenControls = {"model", "training", "race"};
    lesson.steps = {{"Look", "Two families.\n\nWatch the loss.", "training", {}},
                    {"Draw", "A wave.", "canvas", {{0.5, std::sin(0.5)}, {1.0, std::sin(1.0)}}}};
    return lesson;
}

std::string modelFor(const TrainingConfig &config)
{
    Trainer trainer(config);
    return serializeModel(trainer.snapshot());
}

QByteArray withField(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    if (value.isUndefined()) {
        o.remove(key);
    } else {
        o[key] = value;
    }
    return QJsonDocument(o).toJson();
}

} // namespace

class TestLessonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsExactly_data();
    void roundTripsExactly();
    void isReadableText();
    void savesAndLoadsAFile();
    void brokenFilesGiveAClearError_data();
    void brokenFilesGiveAClearError();
    void truncatedFilesGiveAClearError();
    void missingFileNamesThePath();
    void unwritablePathIsAClearError();
};

void TestLessonFile::roundTripsExactly_data()
{
    QTest::addColumn<bool>("withModel");
    QTest::newRow("without a model") << false;
    QTest::newRow("with a trained model") << true;
}

void TestLessonFile::roundTripsExactly()
{
    QFETCH(bool, withModel);
    Lesson lesson = fullLesson();
    if (withModel) {
        lesson.model = modelFor(lesson.config);
    }
    const Lesson back = lessonFromJson(lessonToJson(lesson));
    QVERIFY(back == lesson);
    QCOMPARE(back.config.learningRate, 0.1 + 0.2);
    QCOMPARE(back.config.seed, lesson.config.seed);
    QCOMPARE(back.canvasPoints[1].y, -1.7976931348623157e308);
    QCOMPARE(back.hiddenControls, (QStringList{"model", "training", "race"}));
    QCOMPARE(back.model.size(), lesson.model.size());
    // Saved again, the file is the same byte for byte.
    QCOMPARE(lessonToJson(back), lessonToJson(lesson));
}

void TestLessonFile::isReadableText()
{
    const QString json = QString::fromUtf8(lessonToJson(fullLesson()));
    QVERIFY(json.contains("\"format\": \"CurveLab lesson\""));
    QVERIFY(json.contains("\"shape\": \"k*sin(x)+b\""));
    QVERIFY(json.contains("\"hiddenControls\": ["));
    QVERIFY(json.contains("Watch the loss."));
    QVERIFY(json.count('\n') > 50); // indented, one field a line
}

void TestLessonFile::savesAndLoadsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("waves.curvelab-lesson");
    Lesson lesson = fullLesson();
    lesson.model = modelFor(lesson.config);
    saveLesson(lesson, path);
    QVERIFY(loadLesson(path) == lesson);
}

void TestLessonFile::brokenFilesGiveAClearError_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");
    const QByteArray good = lessonToJson(fullLesson());
    const QJsonObject setup = QJsonDocument::fromJson(good).object()["setup"].toObject();
    const auto setupWith = [&](const QString &key, const QJsonValue &value) {
        QJsonObject s = setup;
        s[key] = value;
        return withField(good, "setup", s);
    };

    QTest::newRow("empty") << QByteArray() << "not a CurveLab lesson file";
    QTest::newRow("text") << QByteArray("Dear class,\n") << "not readable JSON";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "not a CurveLab lesson file";
    QTest::newRow("a model file") << QByteArray::fromStdString(modelFor(test::smallConfig()))
                                  << "not readable JSON";
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"x\"}") << "no \"format\"";
    QTest::newRow("no version") << withField(good, "version", QJsonValue::Undefined)
                                << "no valid \"version\"";
    QTest::newRow("version 1.5") << withField(good, "version", 1.5) << "no valid \"version\"";
    QTest::newRow("newer") << withField(good, "version", 2) << "newer CurveLab (format version 2)";
    QTest::newRow("no setup") << withField(good, "setup", QJsonValue::Undefined) << "no \"setup\"";
    QTest::newRow("bad formula") << setupWith("families",
                                              QJsonArray{QJsonObject{{"name", "w"},
                                                                     {"shape", "k*sin(x+b"},
                                                                     {"x", QJsonArray{0, 1}},
                                                                     {"k", QJsonArray{0, 1}},
                                                                     {"b", QJsonArray{0, 1}}}})
                                 << "setup: ";
    QTest::newRow("bad learning rate") << setupWith("learningRate", -1) << "setup: ";
    QTest::newRow("seed as a number") << setupWith("seed", 3) << "seed";
    // Found by fuzzing: casting 2.2e47 to int was undefined behaviour.
    QTest::newRow("hidden size 2.2e47") << setupWith("hidden", 2.2e47) << "sensible size";
    QTest::newRow("steps 2^63") << setupWith("maxSteps", 9223372036854775808.0) << "sensible size";
    QTest::newRow("half a layer") << setupWith("layers", 1.5) << "whole number";
    QTest::newRow("unticked twice")
        << withField(good, "untickedFamilies",
                     QJsonDocument::fromJson(good).object()["setup"].toObject()["families"])
        << "untickedFamilies: two families are named";
    QTest::newRow("unknown control")
        << withField(good, "hiddenControls", QJsonArray{"model", "wings"})
        << "\"hiddenControls\" may name only";
    QTest::newRow("point as text")
        << withField(good, "canvas", QJsonArray{QJsonArray{1, "2"}}) << "canvas\": point 1";
    QTest::newRow("three coordinates")
        << withField(good, "canvas", QJsonArray{QJsonArray{0, 0}, QJsonArray{1, 2, 3}})
        << "canvas\": point 2";
    QTest::newRow("unknown view") << withField(
                                         good, "steps",
                                         QJsonArray{QJsonObject{{"title", "a"}, {"view", "moon"}}})
                                  << "step 1: \"view\" must be one of";
    QTest::newRow("step not an object")
        << withField(good, "steps", QJsonArray{QJsonObject{{"title", "a"}}, 7}) << "step 2:";
    QTest::newRow("title a number") << withField(good, "title", 3) << "\"title\" must be text";
    QTest::newRow("model not base64") << withField(good, "model", "%%%") << "base64";
    QTest::newRow("model corrupt")
        << withField(good, "model", QString::fromLatin1(QByteArray("CLM garbage").toBase64()))
        << "the included model: ";
    QTest::newRow("model of another setup")
        << withField(good, "model",
                     QString::fromLatin1(
                         QByteArray::fromStdString(modelFor(test::smallConfig())).toBase64()))
        << "trained with another setup";
}

void TestLessonFile::brokenFilesGiveAClearError()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    try {
        lessonFromJson(file);
        QFAIL("accepted");
    } catch (const LessonFileError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
    }
}

void TestLessonFile::truncatedFilesGiveAClearError()
{
    Lesson lesson = fullLesson();
    lesson.model = modelFor(lesson.config);
    const QByteArray good = lessonToJson(lesson);
    for (int length = 0; length < good.size(); length += 97) {
        QVERIFY_THROWS_EXCEPTION(LessonFileError, lessonFromJson(good.left(length)));
    }
}

void TestLessonFile::missingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("nowhere.curvelab-lesson");
    try {
        loadLesson(path);
        QFAIL("accepted");
    } catch (const LessonFileError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(path), e.what());
    }
}

void TestLessonFile::unwritablePathIsAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("missing/folder/lesson.curvelab-lesson");
    try {
        saveLesson(fullLesson(), path);
        QFAIL("saved");
    } catch (const LessonFileError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("cannot save the lesson to " + path),
                 e.what());
    }
}

QTEST_GUILESS_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
