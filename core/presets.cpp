#include "presets.h"

#include <stdexcept>

namespace curvelab {

namespace {

// The question's network: hidden size 100, plain SGD at 0.001, one sequence per update, raw
// (x, y) fed one point per step, a target at every step.
TrainingConfig questionSetup()
{
    TrainingConfig c;
    c.model.preprocessing = Preprocessing::Raw;
    c.model.options.hiddenSize = 100;
    c.optimizer = OptimizerType::Sgd;
    c.learningRate = 0.001;
    c.batchSize = 1;
    c.gradientClip = 0.0;
    c.loss = LossMode::PerStepSum;
    c.generator.length = 8;
    c.testLength = 8;
    c.maxSteps = 30000;
    c.evalInterval = 500;
    return c;
}

Preset question()
{
    Preset p{"question",
             "The 2016 question, trained properly: k and b change with every sequence "
             "and raw (x, y) go in; it learns slowly and stalls short of the ceiling.",
             questionSetup()};
    return p;
}

Preset answer()
{
    Preset p{"answer",
             "The accepted answer: k and b fixed for the whole run. It learns fast, but "
             "only the three curves it saw, not the three families.",
             questionSetup()};
    p.config.generator.kbMode = KbMode::FixedPerRun;
    p.config.testLength = 4; // trained on 8 points, tested on 4, as in the answer
    p.config.targetAccuracy = 0.95;
    p.config.evalInterval = 25;
    return p;
}

Preset recommended()
{
    Preset p{"recommended",
             "The general task done right: any k and b, features that make the "
             "shape visible, Adam and minibatches. Near the Bayes ceiling in a minute.",
             TrainingConfig{}};
    TrainingConfig &c = p.config;
    c.model.preprocessing = Preprocessing::FamilyFit;
    c.model.options.hiddenSize = 64;
    c.optimizer = OptimizerType::Adam;
    c.learningRate = 3e-3;
    c.batchSize = 64;
    c.gradientClip = 1.0;
    c.loss = LossMode::PerStep;
    c.generator.length = 16;
    c.testLength = 8;
    // About 15 s here (docs/benchmarks.md); the time budget caps slower machines at a minute.
    c.maxSteps = 6000;
    c.maxSeconds = 60.0;
    c.evalInterval = 100;
    return p;
}

} // namespace

std::vector<Preset> presets()
{
    return {question(), answer(), recommended()};
}

Preset presetByName(const std::string &name)
{
    std::string known;
    for (const Preset &p : presets()) {
        if (p.name == name) {
            return p;
        }
        known += (known.empty() ? "" : ", ") + p.name;
    }
    throw std::invalid_argument("unknown preset \"" + name + "\" (" + known + ")");
}

} // namespace curvelab
