#pragma once

#include "lesson.h"

#include <vector>

namespace curvelab {

// The stories of the original question as guided lessons: "The question" (why it did not learn),
// "The accepted answer" (fixed k, b: three curves memorised, not three families), "Done right"
// (the general task) and "What people draw". They are lesson files like a teacher's
// (resources/lessons/, compiled in), read by the same reader, in the order of their names; edit
// them in the lesson editor. Their texts state the figures measured on the 2-core machine
// CurveLab is developed on.
//
// Throws LessonFileError should one not read (tst_lessons reads them all on every build).
std::vector<Lesson> builtInLessons();

} // namespace curvelab
