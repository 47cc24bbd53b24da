#pragma once

#include <QString>
#include <vector>

namespace curvelab {

// A part of the window a teacher can hide in classroom mode, so that a class sees only what the
// lesson is about. Ids are stable: lesson files store them.
struct ClassroomControl
{
    QString id;
    QString title; // as the "Hidden in classroom mode" menu shows it
};

// Every control a teacher can hide, in menu order: the setup panel's sections ("preset",
// "families", "data", "model", "training"), the whole setup panel ("setup"), the Race and Curves
// tabs, and the actions that throw work away ("reset", "files": opening and saving models).
const std::vector<ClassroomControl> &classroomControls();
bool isClassroomControl(const QString &id);

} // namespace curvelab
