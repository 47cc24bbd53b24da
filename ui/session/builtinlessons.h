#pragma once

#include "lesson.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <vector>

namespace curvelab {

// The stories of the original question as guided lessons: "The question" (why it did not learn),
// "The accepted answer" (fixed k, b: three curves memorised, not three families), "Done right"
// (the general task) and "What people draw". They are lesson files like a teacher's
// (resources/lessons/, compiled in at :/lessons), read by the same reader, in the order of their
// names; edit them in the lesson editor. Their texts state the figures measured on the 2-core
// machine CurveLab is developed on. Their translations are twins of the same name in a folder per
// language (resources/lessons/de/), equal in everything but the words (isTranslationOf()).

// Where the built-in lessons are compiled in.
inline const QString kBuiltInLessonFolder = QStringLiteral(":/lessons");

// The built-in lessons in the app's language (builtInLessonLanguage()).
//
// Throws LessonFileError should an English one not read (tst_lessons reads them all on every
// build); a translation that does not read gives way to its English lesson (lessonsIn()).
std::vector<Lesson> builtInLessons();
// The built-in lessons in `language` ("en", "de"), as lessonsIn() reads them.
std::vector<Lesson> builtInLessons(const QString &language);

// The language of the built-in lessons for a reader of `uiLanguages` (by default those of the
// app's locale): the first one they are translated into, else English, as uiLanguage() decides
// for the manual and the menus.
QString builtInLessonLanguage(const QStringList &uiLanguages = QLocale().uiLanguages());

// The lessons of `folder` (its *.curvelab-lesson files, in the order of their names), each in
// `language`: its twin in `folder`/`language`/ where that reads and is a translation of it, else
// the lesson itself, with a warning if a twin was there. Throws LessonFileError, naming the file,
// should a lesson of `folder` itself not read.
std::vector<Lesson> lessonsIn(const QString &folder, const QString &language);

} // namespace curvelab
