#include "lessonfile.h"

#include "classroomcontrols.h"
#include "configjson.h"
#include "corewording.h"
#include "filestore.h"
#include "functionfamily.h"
#include "localpath.h"
#include "modelfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// What the "format" field says, so that any JSON file is not taken for a lesson.
const QString kFormatName = QStringLiteral("CurveLab lesson");
// Bounds on what a file may ask for, so that a broken or hostile file cannot make us allocate
// without limit. A model of the largest size the setup panel allows fits well within them.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr int kMaxSteps = 100;
constexpr int kMaxTextLength = 20000;
// Titles are one line on the lesson panel and in the banner.
constexpr int kMaxTitleLength = 200;

// The reader's sentences, in the app's language (English where no translator is installed: the
// CLI, the suites).
class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(curvelab::LessonFile)
};

[[noreturn]] void refuse(const QString &why)
{
    throw LessonFileError(why.toStdString());
}

// `reason` about a field of step `step` (counted from 1), or of the lesson itself when 0.
QString inStep(int step, const QString &reason)
{
    return step == 0 ? reason : LessonFile::tr("step %1: %2").arg(QString::number(step), reason);
}

QJsonArray pointsToJson(const PointSequence &points)
{
    QJsonArray out;
    for (const Point &p : points) {
        out.append(QJsonArray{p.x, p.y});
    }
    return out;
}

PointSequence pointsFromJson(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined()) {
        return {};
    }
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > kMaxCanvasPoints) {
        refuse(LessonFile::tr("\"%1\" must be a list of at most %2 points [x, y]")
                   .arg(field, QString::number(kMaxCanvasPoints)));
    }
    PointSequence points;
    for (const QJsonValue &item : array) {
        const QJsonArray xy = item.toArray();
        if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble() ||
            !std::isfinite(xy[0].toDouble()) || !std::isfinite(xy[1].toDouble())) {
            refuse(LessonFile::tr("\"%1\": point %2 must be two finite numbers [x, y]")
                       .arg(field, QString::number(points.size() + 1)));
        }
        points.push_back({xy[0].toDouble(), xy[1].toDouble()});
    }
    return points;
}

enum class TextKind
{
    Line,      // a title: one line, no control characters
    Paragraphs // a step's text: line breaks and tabs allowed
};

bool hasControlCharacters(const QString &text, TextKind kind)
{
    return std::any_of(text.begin(), text.end(), [kind](QChar c) {
        const bool layout = c == '\n' || c == '\t';
        return c.category() == QChar::Other_Control && !(kind == TextKind::Paragraphs && layout);
    });
}

// Text as the file gives it, shown as plain text whatever it holds (see lessonpanel.cpp); bounded
// so that a file cannot push the charts off screen, and free of control characters that would
// reorder or hide what is shown.
// `step` is the step the field belongs to (see inStep()).
QString textField(const QJsonObject &o, const QString &key, int step, TextKind kind)
{
    const QJsonValue value = o[key];
    if (value.isUndefined()) {
        return {};
    }
    const int limit = kind == TextKind::Line ? kMaxTitleLength : kMaxTextLength;
    if (!value.isString() || value.toString().size() > limit) {
        refuse(inStep(step, LessonFile::tr("\"%1\" must be text of at most %2 characters")
                                .arg(key, QString::number(limit))));
    }
    if (hasControlCharacters(value.toString(), kind)) {
        refuse(inStep(step, kind == TextKind::Line
                                ? LessonFile::tr("\"%1\" holds a control character (a title is "
                                                 "one line)")
                                      .arg(key)
                                : LessonFile::tr("\"%1\" holds a control character (only line "
                                                 "breaks and tabs are allowed)")
                                      .arg(key)));
    }
    return value.toString();
}

void checkFormat(const QJsonObject &o)
{
    if (o["format"].toString() != kFormatName) {
        refuse(LessonFile::tr(
            "this is not a CurveLab lesson file (it has no \"format\": \"CurveLab lesson\")"));
    }
    const QJsonValue version = o["version"];
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1) {
        refuse(LessonFile::tr("the lesson file has no valid \"version\""));
    }
    if (version.toDouble() > kLessonFormatVersion) {
        refuse(LessonFile::tr("the lesson file was written by a newer CurveLab (format version "
                              "%1); this one reads version %2 and older")
                   .arg(version.toDouble())
                   .arg(kLessonFormatVersion));
    }
}

QJsonObject stepToJson(const LessonStep &step)
{
    QJsonObject o{{"title", step.title}, {"text", step.text}};
    if (!step.view.isEmpty()) {
        o["view"] = step.view;
    }
    if (!step.points.empty()) {
        o["points"] = pointsToJson(step.points);
    }
    return o;
}

LessonStep stepFromJson(const QJsonValue &value, int number)
{
    if (!value.isObject()) {
        refuse(
            LessonFile::tr("step %1: must be an object with \"title\" and \"text\"").arg(number));
    }
    const QJsonObject o = value.toObject();
    LessonStep step;
    step.title = textField(o, "title", number, TextKind::Line);
    step.text = textField(o, "text", number, TextKind::Paragraphs);
    step.view = textField(o, "view", number, TextKind::Line);
    if (!step.view.isEmpty() && !lessonViews().contains(step.view)) {
        refuse(inStep(number,
                      LessonFile::tr("\"view\" must be one of %1").arg(lessonViews().join(", "))));
    }
    step.points = pointsFromJson(o["points"], LessonFile::tr("step %1 points").arg(number));
    return step;
}

std::vector<LessonStep> stepsFromJson(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (!value.isUndefined() && (!value.isArray() || array.size() > kMaxSteps)) {
        refuse(LessonFile::tr("\"steps\" must be a list of at most %1 steps").arg(kMaxSteps));
    }
    std::vector<LessonStep> steps;
    for (const QJsonValue &item : array) {
        steps.push_back(stepFromJson(item, static_cast<int>(steps.size()) + 1));
    }
    return steps;
}

QStringList controlsFromJson(const QJsonValue &value)
{
    if (!value.isUndefined() && !value.isArray()) {
        refuse(LessonFile::tr("\"hiddenControls\" must be a list"));
    }
    QStringList controls;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || !isClassroomControl(item.toString())) {
            QStringList known;
            for (const ClassroomControl &c : classroomControls()) {
                known << c.id;
            }
            refuse(LessonFile::tr("\"hiddenControls\" may name only %1").arg(known.join(", ")));
        }
        controls << item.toString();
    }
    return controls;
}

TrainingConfig setupFromJson(const QJsonValue &value)
{
    if (!value.isObject()) {
        refuse(LessonFile::tr("the lesson has no \"setup\""));
    }
    try {
        return configFromJson(value.toObject(), TrainingConfig{});
    } catch (const std::invalid_argument &e) {
        refuse(LessonFile::tr("setup: %1").arg(localReason(e)));
    }
}

std::vector<FunctionFamily> untickedFromJson(const QJsonValue &value, const TrainingConfig &config)
{
    if (value.isUndefined()) {
        return {};
    }
    const auto listed = static_cast<int>(config.generator.families.size()) +
                        static_cast<int>(value.toArray().size());
    if (listed > kMaxListedFamilies) {
        refuse(LessonFile::tr("untickedFamilies: a setup lists at most %1 families, ticked or "
                              "not; this one lists %2")
                   .arg(kMaxListedFamilies)
                   .arg(listed));
    }
    try {
        std::vector<FunctionFamily> families = familiesFromJson(value);
        std::vector<FunctionFamily> all = config.generator.families;
        all.insert(all.end(), families.begin(), families.end());
        for (const FunctionFamily &f : families) {
            validateFamily(f);
        }
        validateFamilies(all); // names unique across ticked and unticked
        return families;
    } catch (const std::invalid_argument &e) {
        refuse(LessonFile::tr("untickedFamilies: %1").arg(localReason(e)));
    }
}

// LessonFile qualified: lupdate takes a function that returns std::string for a member of std and
// would file its sentences under another context.
std::string modelFromJson(const QJsonValue &value, const TrainingConfig &config)
{
    if (value.isUndefined()) {
        return {};
    }
    const QByteArray::FromBase64Result bytes = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !bytes) {
        refuse(curvelab::LessonFile::tr("\"model\" must be a model file in base64"));
    }
    const std::string model = bytes.decoded.toStdString();
    try {
        const ModelSnapshot snapshot = deserializeModel(model);
        if (snapshot.spec != config.model) {
            refuse(curvelab::LessonFile::tr(
                "the included model was trained with another setup than the "
                "lesson's (its families, cell, size or input differ)"));
        }
    } catch (const ModelFileError &e) {
        refuse(curvelab::LessonFile::tr("the included model: %1").arg(localReason(e)));
    } catch (const std::invalid_argument &e) {
        refuse(curvelab::LessonFile::tr("the included model: %1").arg(localReason(e)));
    }
    return model;
}

} // namespace

QByteArray lessonToJson(const Lesson &lesson)
{
    QJsonArray steps;
    for (const LessonStep &step : lesson.steps) {
        steps.append(stepToJson(step));
    }
    QJsonObject o{{"format", kFormatName},
                  {"version", kLessonFormatVersion},
                  {"title", lesson.title},
                  {"setup", configToJson(lesson.config)},
                  {"untickedFamilies", familiesToJson(lesson.untickedFamilies)},
                  {"canvas", pointsToJson(lesson.canvasPoints)},
                  {"hiddenControls", QJsonArray::fromStringList(lesson.hiddenControls)},
                  {"steps", steps}};
    if (!lesson.model.empty()) {
        o["model"] = QString::fromLatin1(QByteArray::fromStdString(lesson.model).toBase64());
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Lesson lessonFromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(LessonFile::tr("this is not a CurveLab lesson file: it is not readable JSON (%1 at "
                              "character %2)")
                   .arg(document.isNull() ? error.errorString() : LessonFile::tr("no object"),
                        QString::number(error.offset + 1)));
    }
    const QJsonObject o = document.object();
    checkFormat(o);
    Lesson lesson;
    lesson.title = textField(o, "title", /*step=*/0, TextKind::Line);
    lesson.config = setupFromJson(o["setup"]);
    lesson.untickedFamilies = untickedFromJson(o["untickedFamilies"], lesson.config);
    lesson.canvasPoints = pointsFromJson(o["canvas"], QStringLiteral("canvas"));
    lesson.hiddenControls = controlsFromJson(o["hiddenControls"]);
    lesson.steps = stepsFromJson(o["steps"]);
    lesson.model = modelFromJson(o["model"], lesson.config);
    return lesson;
}

void saveLesson(const Lesson &lesson, const QString &path)
{
    try {
        writeFileAtomically(localPath(path), lessonToJson(lesson).toStdString());
    } catch (const FileWriteError &e) {
        refuse(LessonFile::tr("cannot save the lesson to %1: %2")
                   .arg(path, localText(e.reasonMessage())));
    }
}

Lesson loadLesson(const QString &path)
{
    // Read with a limit, not by the size the file claims: a device such as /dev/zero claims none
    // and never ends.
    QByteArray bytes;
    try {
        bytes = QByteArray::fromStdString(
            readWholeFile(localPath(path), static_cast<std::size_t>(kMaxFileBytes)));
    } catch (const FileReadError &e) {
        refuse(LessonFile::tr("cannot open the lesson %1: %2")
                   .arg(path, localText(e.reasonMessage())));
    }
    try {
        return lessonFromJson(bytes);
    } catch (const LessonFileError &e) {
        refuse(path + ": " + QString::fromUtf8(e.what()));
    }
}

} // namespace curvelab
