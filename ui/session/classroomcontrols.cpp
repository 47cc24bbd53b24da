#include "classroomcontrols.h"

#include <algorithm>

namespace curvelab {

const std::vector<ClassroomControl> &classroomControls()
{
    static const std::vector<ClassroomControl> controls = {
        {"setup", "The whole setup panel"}, {"preset", "Setup: presets"},
        {"families", "Setup: families"},    {"data", "Setup: how curves are drawn"},
        {"model", "Setup: the model"},      {"training", "Setup: training settings"},
        {"race", "The Race tab"},           {"curves", "The Curves tab"},
        {"reset", "Reset weights"},         {"files", "Opening and saving models"},
    };
    return controls;
}

bool isClassroomControl(const QString &id)
{
    const std::vector<ClassroomControl> &all = classroomControls();
    return std::any_of(all.begin(), all.end(),
                       [&](const ClassroomControl &c) { return c.id == id; });
}

} // namespace curvelab
