#include "builtinlessons.h"

#include "lessonfile.h"
#include "uilanguage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <exception>

namespace curvelab {

namespace {

// The lesson's twin in `language` (`folder`/`language`/`name`), or `english` when there is none
// or it is no translation of it. A German class is better served by an English lesson than by
// none, or by a German one whose setup or points have drifted from what the English one (the
// one that tst_lessons compares with its preset) teaches.
Lesson translated(const Lesson &english, const QString &folder, const QString &name,
                  const QString &language)
{
    const QString path = QDir(folder).filePath(language + QLatin1Char('/') + name);
    if (language.isEmpty() || language == QLatin1String(kSourceLanguage) ||
        !QFileInfo::exists(path)) {
        return english;
    }
    // QFile, not loadLesson: that reads through the file system, which knows no resources.
    QFile file(path);
    try {
        if (!file.open(QIODevice::ReadOnly)) {
            throw LessonFileError(file.errorString().toStdString());
        }
        Lesson lesson = lessonFromJson(file.readAll());
        if (isTranslationOf(lesson, english)) {
            return lesson;
        }
        qWarning("the %s lesson %s differs from the English one beyond its words: showing English",
                 qPrintable(language), qPrintable(name));
    } catch (const std::exception &e) { // LessonFileError, or anything else the reader meets
        qWarning("the %s lesson %s does not read (%s): showing English", qPrintable(language),
                 qPrintable(name), e.what());
    }
    return english;
}

} // namespace

std::vector<Lesson> builtInLessons()
{
    return builtInLessons(builtInLessonLanguage());
}

std::vector<Lesson> builtInLessons(const QString &language)
{
    return lessonsIn(kBuiltInLessonFolder, language);
}

QString builtInLessonLanguage(const QStringList &uiLanguages)
{
    // A folder per translation, named for its language.
    return uiLanguage(QDir(kBuiltInLessonFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                      uiLanguages);
}

std::vector<Lesson> lessonsIn(const QString &folder, const QString &language)
{
    const QDir dir(folder);
    std::vector<Lesson> lessons;
    const QStringList names =
        dir.entryList({QStringLiteral("*.curvelab-lesson")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            throw LessonFileError("the built-in lesson " + name.toStdString() + " is missing");
        }
        lessons.push_back(translated(lessonFromJson(file.readAll()), folder, name, language));
    }
    return lessons;
}

} // namespace curvelab
