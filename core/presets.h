#pragma once

#include "trainingconfig.h"

#include <string>
#include <vector>

namespace curvelab {

struct Preset
{
    std::string name;
    std::string summary; // one line on what it shows
    TrainingConfig config;
};

// question: the question's setup, trained properly (it never called backward);
// answer: the accepted answer, k and b fixed per run;
// recommended: CurveLab's default for the general task.
std::vector<Preset> presets();
// Throws std::invalid_argument listing the known names.
Preset presetByName(const std::string &name);

} // namespace curvelab
