#pragma once

#include "lesson.h"

#include <vector>

namespace curvelab {

// The three stories of the original question as guided lessons: "The question" (why it did not
// learn), "The accepted answer" (fixed k, b: three curves memorised, not three families) and
// "Done right" (the general task). Their texts state what the figures were on the 2-core
// machine CurveLab is developed on (docs/lessons.md has the commands that measured them).
std::vector<Lesson> builtInLessons();

} // namespace curvelab
