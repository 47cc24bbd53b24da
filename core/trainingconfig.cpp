#include "trainingconfig.h"

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
    throw std::invalid_argument("unknown optimizer \"" + name + "\" (adam or sgd)");
}

LossMode lossModeFromString(const std::string &name)
{
    for (LossMode m : {LossMode::PerStep, LossMode::PerStepSum, LossMode::LastStep}) {
        if (toString(m) == name) {
            return m;
        }
    }
    throw std::invalid_argument("unknown loss \"" + name +
                                "\" (per-step, per-step-sum or last-step)");
}

namespace {

// Bounds beyond which a value is a typo rather than an experiment.
constexpr int kMaxBatch = 65536;
constexpr int kMaxLength = 4096;
constexpr int kMaxTestSequences = 1000000;

void require(bool ok, const std::string &reason)
{
    if (!ok) {
        throw std::invalid_argument(reason);
    }
}

} // namespace

void validateConfig(const TrainingConfig &c)
{
    validateSpec(c.model);
    require(c.generator.families == c.model.families,
            "the model must classify the families the generator draws");
    require(std::isfinite(c.learningRate) && c.learningRate > 0.0 && c.learningRate <= 100.0,
            "learning rate must be greater than 0 (and at most 100)");
    require(c.batchSize >= 1 && c.batchSize <= kMaxBatch,
            "batch size must be between 1 and " + std::to_string(kMaxBatch));
    require(c.generator.length >= 1 && c.generator.length <= kMaxLength,
            "sequence length must be between 1 and " + std::to_string(kMaxLength));
    validateGenerator(c.generator);
    require(c.testLength >= 1 && c.testLength <= kMaxLength,
            "test length must be between 1 and " + std::to_string(kMaxLength));
    require(std::isfinite(c.gradientClip) && c.gradientClip >= 0.0,
            "gradient clip must be >= 0 (0 turns it off)");
    require(c.maxSteps >= 0, "step budget must be >= 0");
    require(std::isfinite(c.maxSeconds) && c.maxSeconds >= 0.0, "time budget must be >= 0");
    require(std::isfinite(c.targetAccuracy) && c.targetAccuracy >= 0.0 && c.targetAccuracy <= 1.0,
            "target accuracy must be between 0 and 1");
    require(c.maxSteps > 0 || c.maxSeconds > 0.0 || c.targetAccuracy > 0.0,
            "set a step budget, a time budget or a target accuracy, or training never stops");
    require(c.testSequences >= 1 && c.testSequences <= kMaxTestSequences,
            "test sequences must be between 1 and " + std::to_string(kMaxTestSequences));
    require(c.evalInterval >= 1, "evaluation interval must be at least 1");
}

} // namespace curvelab
