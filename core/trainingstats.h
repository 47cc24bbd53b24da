#pragma once

#include "message.h"

#include <optional>
#include <string>
#include <vector>

namespace curvelab {

// One progress report from the trainer: plain values, safe to queue across threads.
struct TrainingStats
{
    long step = 0;
    long sequencesSeen = 0;
    double loss = 0.0;          // mean loss of the last batch
    double testAccuracy = -1.0; // last-point accuracy at the test length; -1 until measured
    std::vector<double>
        accuracyByLength; // index i: accuracy after i+1 points (empty until measured)
    // confusion[true][guessed] at the test length (empty until measured)
    std::vector<std::vector<int>> confusion;
    double sequencesPerSecond = 0.0;
    double elapsedSeconds = 0.0;
    bool evaluated = false; // true when this report carries a fresh test measurement
};

enum class StopReason
{
    StepBudget,
    TimeBudget,
    TargetReached,
    Cancelled,
    Diverged,
    // Only a target accuracy could end the run, and the test accuracy stopped rising: families
    // that cannot be told apart never reach it.
    Plateau
};

struct TrainingResult
{
    long plateauSince = 0; // Plateau: the step of the best test accuracy
    StopReason reason = StopReason::StepBudget;
    TrainingStats last;             // the final stats (with a fresh test measurement)
    std::optional<Message> message; // for Diverged: what happened (the CLI prints its English)

    // The message in English; empty when there is none.
    std::string englishMessage() const { return message ? message->english() : std::string(); }
};

} // namespace curvelab
