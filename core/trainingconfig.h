#pragma once

#include "curvegenerator.h"
#include "modelspec.h"

#include <cstdint>
#include <string>

namespace curvelab {

enum class OptimizerType
{
    Adam,
    Sgd
};

enum class LossMode
{
    PerStep,    // a target at every point, as in the question: teaches every prefix length
    PerStepSum, // the same, summed over steps as Lua's SequencerCriterion did in the question
    LastStep    // only the last point of each sequence counts
};

std::string toString(OptimizerType o);
std::string toString(LossMode m);
// Both throw std::invalid_argument on an unknown name.
OptimizerType optimizerFromString(const std::string &name);
LossMode lossModeFromString(const std::string &name);

struct TrainingConfig
{
    GeneratorConfig generator;
    ModelSpec model;
    OptimizerType optimizer = OptimizerType::Adam;
    double learningRate = 3e-3;
    int batchSize = 64;
    double gradientClip = 1.0; // max global gradient norm; 0 turns clipping off
    LossMode loss = LossMode::PerStep;

    // Stopping: whichever comes first. 0 means "no limit" for each.
    long maxSteps = 2000;
    double maxSeconds = 0.0;
    double targetAccuracy = 0.0; // test accuracy at testLength points, in [0,1]

    // Test set: fresh sequences from their own seed, evaluated every evalInterval steps.
    int testLength = 8;
    int testSequences = 1000;
    int evalInterval = 100;

    std::uint64_t seed = 1; // weights and batches; the test set uses seed + 1
};

// Throws std::invalid_argument naming the first bad field and why (lr <= 0, hidden 0, ...).
void validateConfig(const TrainingConfig &config);

} // namespace curvelab
