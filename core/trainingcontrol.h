#pragma once

#include <atomic>

namespace curvelab {

// Flags another thread sets directly; the training loop reads them between batches. (A queued
// "stop" slot would never run while the loop is busy.)
struct TrainingControl
{
    std::atomic<bool> cancel{false};
    // The result is not wanted (the app is closing): stop at once, without measuring the final
    // weights, even in the middle of a measurement.
    std::atomic<bool> abandon{false};
    std::atomic<bool> pause{false};
    // While paused, each increment lets exactly one batch through ("Step").
    std::atomic<int> stepRequests{0};
    // Milliseconds to wait after each batch, so that a class can follow the learning; 0: full
    // speed.
    std::atomic<int> stepDelayMs{0};
    // A new learning rate to apply before the next batch; <= 0 means none pending.
    std::atomic<double> pendingLearningRate{0.0};
};

} // namespace curvelab
