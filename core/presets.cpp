#include "presets.h"

#include "message.h"
#include "translatable.h"

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
             CURVELAB_TRANSLATABLE(
                 "curvelab::presets",
                 "The 2016 question, trained properly: k and b change with every sequence "
                 "and raw (x, y) go in; it learns slowly and stalls short of the ceiling."),
             questionSetup()};
    return p;
}

Preset answer()
{
    Preset p{"answer",
             CURVELAB_TRANSLATABLE(
                 "curvelab::presets",
                 "The accepted answer: k and b fixed for the whole run. It learns fast, but "
                 "only the three curves it saw, not the three families."),
             questionSetup()};
    p.config.generator.kbMode = KbMode::FixedPerRun;
    p.config.testLength = 4; // trained on 8 points, tested on 4, as in the answer
    p.config.targetAccuracy = 0.95;
    p.config.evalInterval = 25;
    return p;
}

// Adam on minibatches of 16-point sequences, a target at every point.
TrainingConfig doneRight()
{
    TrainingConfig c;
    c.model.options.hiddenSize = 64;
    c.optimizer = OptimizerType::Adam;
    c.learningRate = 3e-3;
    c.batchSize = 64;
    c.gradientClip = 1.0;
    c.loss = LossMode::PerStep;
    c.generator.length = 16;
    c.testLength = 8;
    c.evalInterval = 100;
    return c;
}

Preset seed()
{
    Preset p{"seed",
             CURVELAB_TRANSLATABLE(
                 "curvelab::presets",
                 "The question's generator done right: k and b new for every sequence, features "
                 "that make the shape visible, noise of any level up to 1.5, Adam and minibatches. "
                 "Near its Bayes ceiling in half a minute."),
             doneRight()};
    TrainingConfig &c = p.config;
    c.model.preprocessing = Preprocessing::FamilyFit;
    c.generator.noise = 1.5;
    c.generator.noiseSpread = NoiseSpread::PerSequence;
    // About 25 s here (docs/benchmarks.md); the time budget caps slower machines at a minute.
    c.maxSteps = 6000;
    c.maxSeconds = 60.0;
    return p;
}

Preset recommended()
{
    Preset p{"recommended",
             CURVELAB_TRANSLATABLE(
                 "curvelab::presets",
                 "What people draw and measure: curves at any scale, anywhere in x > 0, clicked "
                 "by hand or measured in their own units; features without units, Adam and "
                 "minibatches."),
             doneRight()};
    TrainingConfig &c = p.config;
    c.model.preprocessing = Preprocessing::UnitFree;
    c.generator.world = CurveWorld::Drawn;
    c.generator.noise = 0.03;
    c.generator.noiseSpread = NoiseSpread::PerSequence;
    c.generator.xOrder = XOrder::MostlySorted;
    c.maxSteps = 6000;
    c.maxSeconds = 60.0;
    return p;
}

} // namespace

std::vector<Preset> presets()
{
    return {question(), answer(), seed(), recommended()};
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
    throw InvalidInput(Message(CURVELAB_WORDING("curvelab::presets", "unknown preset \"%1\" (%2)"),
                               {name, known}));
}

GeneratorConfig nativeWorld(const ModelSpec &spec)
{
    GeneratorConfig g;
    g.families = spec.families;
    if (spec.preprocessing == Preprocessing::UnitFree) {
        g.world = CurveWorld::Drawn;
        g.xOrder = XOrder::MostlySorted;
    }
    return g;
}

} // namespace curvelab
