#include "trainingconfig.h"

#include "message.h"

#include <cmath>
#include <stdexcept>

namespace curvelab {

std::string toString(OptimizerType o)
{
    return o == OptimizerType::Sgd ? "sgd" : "adam";
}

std::string toString(LossMode m)
{
    switch (m) {
    case LossMode::PerStep:
        return "per-step";
    case LossMode::PerStepSum:
        return "per-step-sum";
    case LossMode::LastStep:
        return "last-step";
    }
    return "per-step";
}

OptimizerType optimizerFromString(const std::string &name)
{
    for (OptimizerType o : {OptimizerType::Adam, OptimizerType::Sgd}) {
        if (toString(o) == name) {
            return o;
        }
    }
    throw InvalidInput(Message(
        CURVELAB_WORDING("curvelab::trainingconfig", "unknown optimizer \"%1\" (adam or sgd)"),
        {name}));
}

LossMode lossModeFromString(const std::string &name)
{
    for (LossMode m : {LossMode::PerStep, LossMode::PerStepSum, LossMode::LastStep}) {
        if (toString(m) == name) {
            return m;
        }
    }
    throw InvalidInput(Message(CURVELAB_WORDING("curvelab::trainingconfig",
                                                "unknown loss \"%1\" (per-step, per-step-sum or "
                                                "last-step)"),
                               {name}));
}

namespace {

// Bounds beyond which a value is a typo rather than an experiment.
constexpr int kMaxBatch = 65536;
constexpr int kMaxLength = 4096;
constexpr int kMaxTestSequences = 1000000;

void require(bool ok, Wording reason, std::vector<MessageArgument> arguments = {})
{
    if (!ok) {
        throw InvalidInput(Message(reason, std::move(arguments)));
    }
}

} // namespace

void validateConfig(const TrainingConfig &c)
{
    validateSpec(c.model);
    require(c.generator.families == c.model.families,
            CURVELAB_WORDING("curvelab::trainingconfig",
                             "the model must classify the families the generator draws"));
    require(std::isfinite(c.learningRate) && c.learningRate > 0.0 && c.learningRate <= 100.0,
            CURVELAB_WORDING("curvelab::trainingconfig",
                             "learning rate must be greater than 0 (and at most 100)"));
    require(c.batchSize >= 1 && c.batchSize <= kMaxBatch,
            CURVELAB_WORDING("curvelab::trainingconfig", "batch size must be between 1 and %1"),
            {kMaxBatch});
    require(
        c.generator.length >= 1 && c.generator.length <= kMaxLength,
        CURVELAB_WORDING("curvelab::trainingconfig", "sequence length must be between 1 and %1"),
        {kMaxLength});
    validateGenerator(c.generator);
    require(c.testLength >= 1 && c.testLength <= kMaxLength,
            CURVELAB_WORDING("curvelab::trainingconfig", "test length must be between 1 and %1"),
            {kMaxLength});
    require(std::isfinite(c.gradientClip) && c.gradientClip >= 0.0,
            CURVELAB_WORDING("curvelab::trainingconfig",
                             "gradient clip must be >= 0 (0 turns it off)"));
    require(c.maxSteps >= 0,
            CURVELAB_WORDING("curvelab::trainingconfig", "step budget must be >= 0"));
    require(std::isfinite(c.maxSeconds) && c.maxSeconds >= 0.0,
            CURVELAB_WORDING("curvelab::trainingconfig", "time budget must be >= 0"));
    require(
        std::isfinite(c.targetAccuracy) && c.targetAccuracy >= 0.0 && c.targetAccuracy <= 1.0,
        CURVELAB_WORDING("curvelab::trainingconfig", "target accuracy must be between 0 and 1"));
    require(c.maxSteps > 0 || c.maxSeconds > 0.0 || c.targetAccuracy > 0.0,
            CURVELAB_WORDING("curvelab::trainingconfig",
                             "set a step budget, a time budget or a target accuracy, or training "
                             "never stops"));
    require(c.testSequences >= 1 && c.testSequences <= kMaxTestSequences,
            CURVELAB_WORDING("curvelab::trainingconfig", "test sequences must be between 1 and %1"),
            {kMaxTestSequences});
    require(c.evalInterval >= 1,
            CURVELAB_WORDING("curvelab::trainingconfig", "evaluation interval must be at least 1"));
}

} // namespace curvelab
