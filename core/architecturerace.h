#pragma once

#include "evaluator.h"
#include "modelspec.h"
#include "trainingconfig.h"
#include "trainingcontrol.h"
#include "trainingstats.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace curvelab {

struct RaceContender
{
    std::string name; // unique within a race: it names the contender in tables and CSV
    ModelOptions options;
};

struct RaceResult
{
    std::string name;
    ModelOptions options;
    long parameters = 0;
    // One entry per evaluation: every evalInterval steps and after the last step. Its loss is the
    // mean training loss over the steps since the previous entry, as one batch alone is too noisy
    // to rank contenders by.
    std::vector<TrainingStats> history;
    // The final weights on the test set, after 1, 2, 3, 4 and 8 points (those up to the test
    // length, and the test length itself).
    EvaluationReport final;
    double seconds = 0.0; // spent in this contender's training steps, encoding included
    std::string message;  // empty unless the contender diverged, which ends its training there
};

// After each evaluation of each contender: its index in the race and its newest history entry.
using RaceProgress = std::function<void(std::size_t contender, const TrainingStats &stats)>;

// What a race trains a contender with, in the CLI's race and the app's alike: the base with the
// contender's model options and no target accuracy. A race compares contenders at equal steps,
// and a target (or the plateau that ends a target-only run) would stop each at a step of its own.
TrainingConfig contenderConfig(const TrainingConfig &base, const ModelOptions &options);

// Trains several architectures side by side on identical data, so that what differs between
// them is the architecture alone: one generator seeded with base.seed draws each batch once and
// every contender takes a step on it, every contender's weights start from base.seed, and all are
// measured on the one test set that base describes. A contender therefore learns exactly as a
// Trainer with base and its options would by itself (tests/tst_architecturerace.cpp).
class ArchitectureRace
{
public:
    // Throws std::invalid_argument with the reason: a bad base config, a base without a step
    // budget, no contenders, a name empty or used twice, or options no model can be built from
    // (the message then names the contender).
    ArchitectureRace(TrainingConfig base, std::vector<RaceContender> contenders);

    // Trains every contender base.maxSteps steps, or until control.cancel is set; the base's time
    // budget and target accuracy would stop contenders at different steps, so they do not apply,
    // and neither do pause and slow-down. Every call starts afresh and gives the same results.
    std::vector<RaceResult> run(TrainingControl &control, const RaceProgress &progress = {});

    // contenderConfig(base(), contender.options).
    TrainingConfig configFor(const RaceContender &contender) const;
    const TrainingConfig &base() const { return m_base; }
    const std::vector<RaceContender> &contenders() const { return m_contenders; }

private:
    TrainingConfig m_base;
    std::vector<RaceContender> m_contenders;
};

} // namespace curvelab
