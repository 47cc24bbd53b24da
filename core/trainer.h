#pragma once

#include "curvegenerator.h"
#include "modelspec.h"
#include "trainingconfig.h"
#include "trainingcontrol.h"
#include "trainingstats.h"

#include <functional>
#include <memory>
#include <vector>

namespace curvelab {

struct TrainingCallbacks
{
    // Every progressInterval steps and after every test evaluation.
    std::function<void(const TrainingStats &)> progress;
    // Every snapshotInterval steps: the weights between batches, for the canvas.
    std::function<void(const ModelSnapshot &)> snapshot;
    int progressInterval = 10;
    int snapshotInterval = 50;
};

// Trains a recurrent classifier on sequences drawn on the fly. Runs on whatever thread calls
// train(); another thread steers it through TrainingControl.
class Trainer
{
public:
    // Throws std::invalid_argument on a bad config (see validateConfig).
    explicit Trainer(TrainingConfig config);
    // Continues from the weights of `start` (its spec must match config.model).
    Trainer(TrainingConfig config, const ModelSnapshot &start);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    // Trains until a stop condition of the config holds or control.cancel is set. NaN or inf
    // loss stops with StopReason::Diverged and restores the last weights whose loss was finite.
    // Calling it again continues from where the last call stopped.
    TrainingResult train(TrainingControl &control,
                         const TrainingCallbacks &callbacks = TrainingCallbacks());

    // One batch, for tests and benchmarks; returns its loss (NaN if it diverged).
    double trainStep();
    // One step on these sequences instead of a batch of its own, so that several trainers can
    // learn from the very same data (ArchitectureRace); otherwise as trainStep(). Throws
    // std::invalid_argument unless the sequences share one length >= 1 and their labels name
    // families of the config.
    double trainStep(const std::vector<LabelledSequence> &batch);
    // The current weights measured on the test set (accuracy by length, confusion), as train()
    // reports every evalInterval steps. The test set depends on the generator, seed,
    // testSequences and testLength only, so trainers that share those measure on the same
    // sequences.
    TrainingStats measure();

    ModelSnapshot snapshot() const;
    const TrainingConfig &config() const { return m_config; }
    long step() const;

private:
    TrainingResult runLoop(TrainingControl &control, const TrainingCallbacks &callbacks);

    struct Impl;
    TrainingConfig m_config;
    std::unique_ptr<Impl> m_impl;
};

} // namespace curvelab
