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
// seed: the question's generator done right, robust to noise;
// recommended: CurveLab's default, what people draw and measure (the drawn world).
std::vector<Preset> presets();
// Throws std::invalid_argument listing the known names.
Preset presetByName(const std::string &name);

// The world a model was made for, with exact points: the drawn world (points clicked mostly left
// to right) for unit-free input, the seed world otherwise; the model's families.
GeneratorConfig nativeWorld(const ModelSpec &spec);

} // namespace curvelab
