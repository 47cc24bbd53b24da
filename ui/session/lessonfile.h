#pragma once

#include "lesson.h"

#include <QByteArray>
#include <QString>
#include <stdexcept>

namespace curvelab {

// A lesson file that cannot be read: the message says why in words a teacher can act on
// ("written by a newer CurveLab", "step 3: \"view\" must be one of ...", "not a lesson file"),
// in the app's language (UTF-8; English where no translator is installed).
class LessonFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The lesson file format's version; files of a later version are refused, not guessed at.
constexpr int kLessonFormatVersion = 1;

// A lesson as one readable JSON document (indented, every field named), so that a teacher can
// read it, diff it and mail it. The model, if any, is the model file's bytes in base64.
QByteArray lessonToJson(const Lesson &lesson);
// Throws LessonFileError for anything that is not a complete, valid lesson of a known version:
// every family, range, point, control and the model are checked before anything is returned.
Lesson lessonFromJson(const QByteArray &json);

// Writes atomically (QSaveFile): a failed save leaves the old file whole. Throws LessonFileError.
void saveLesson(const Lesson &lesson, const QString &path);
// Throws LessonFileError, naming the file.
Lesson loadLesson(const QString &path);

} // namespace curvelab
