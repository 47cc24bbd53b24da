#include "trainer.h"

#include "encodedbatch.h"
#include "featureencoder.h"
#include "memorybudget.h"
#include "message.h"
#include "recurrentclassifier.h"
#include "threading.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <thread>

namespace curvelab {

namespace {

using Clock = std::chrono::steady_clock;

// How long a paused or slowed-down loop sleeps between looks at its control flags.
constexpr auto kPausePoll = std::chrono::milliseconds(5);
// Smoothing of the loss that watches for a blow-up, and how far above chance level (ln of the
// class count) it may climb before the run counts as diverged. A finite loss that high means the
// weights have saturated into confident nonsense; it does not come back by itself.
constexpr double kLossSmoothing = 0.05;
constexpr double kExplodedOverChance = 20.0;
constexpr long kWarmUpSteps = 50;
// A run that only a target accuracy can end stops when the best test accuracy has not risen by
// kPlateauGain for kPlateauEvaluations measurements (at the default interval, 5000 steps).
constexpr int kPlateauEvaluations = 50;
constexpr double kPlateauGain = 0.005;
// The test set is measured in slices of about this many points, so that closing the app never
// waits for a whole measurement of a large test set.
constexpr long kMeasureSlicePoints = 1L << 18;

// Thrown inside the loop when TrainingControl::abandon is set.
struct Abandoned
{
};
// Every so many steps, weights whose smoothed loss is below this multiple of chance level are
// kept as the checkpoint a blow-up falls back to.
constexpr long kCheckpointInterval = 50;
constexpr double kHealthyOverChance = 2.0;

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig &config,
                                                       const std::vector<torch::Tensor> &params)
{
    if (config.optimizer == OptimizerType::Sgd) {
        return std::make_unique<torch::optim::SGD>(params,
                                                   torch::optim::SGDOptions(config.learningRate));
    }
    return std::make_unique<torch::optim::Adam>(params,
                                                torch::optim::AdamOptions(config.learningRate));
}

} // namespace

struct Trainer::Impl
{
    Impl(const TrainingConfig &config)
        : model(config.model, config.seed), generator(withSeed(config.generator, config.seed)),
          encoder(config.model.preprocessing, config.model.families),
          testGenerator(generator.reseeded(config.seed + 1)), testSequences(config.testSequences),
          testLength(config.testLength)
    {
        optimizer = makeOptimizer(config, model->parameters());
        classCount = config.model.classCount();
        for (const torch::Tensor &p : model->parameters()) {
            lastGood.push_back(p.detach().clone());
            checkpoint.push_back(p.detach().clone());
        }
        checkpointStep = steps;
    }

    static void copyInto(const std::vector<torch::Tensor> &from, std::vector<torch::Tensor> to)
    {
        torch::NoGradGuard noGrad;
        for (std::size_t i = 0; i < to.size(); ++i) {
            to[i].copy_(from[i]);
        }
    }

    void saveCheckpoint()
    {
        copyInto(model->parameters(), checkpoint);
        checkpointStep = steps;
    }

    void restoreCheckpoint()
    {
        copyInto(checkpoint, model->parameters());
        copyInto(checkpoint, lastGood);
    }

    // These weights gave a finite loss (or were handed in): they are the ones to fall back to.
    void rememberGood() { copyInto(model->parameters(), lastGood); }

    static GeneratorConfig withSeed(GeneratorConfig g, std::uint64_t seed)
    {
        g.seed = seed;
        return g;
    }

    double step(const TrainingConfig &config);
    double step(const TrainingConfig &config, const std::vector<LabelledSequence> &data);
    void restoreLastGood();
    void measure(TrainingStats &stats, const TrainingControl &control);
    void ensureTestSet(const TrainingControl &control);

    RecurrentClassifier model;
    CurveGenerator generator;
    FeatureEncoder encoder;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    // Made at the first measurement, in slices that closing the app can interrupt: a large test
    // set takes seconds to draw and encode.
    CurveGenerator testGenerator;
    int testSequences = 0;
    int testLength = 0;
    std::optional<EncodedBatch> test;
    std::vector<torch::Tensor> lastGood;
    std::vector<torch::Tensor> checkpoint;
    long checkpointStep = 0;
    int classCount = 0;
    long steps = 0;
    long sequences = 0;
    double elapsed = 0.0; // seconds spent training, pauses excluded
};

double Trainer::Impl::step(const TrainingConfig &config)
{
    return step(config, generator.batch(config.batchSize, config.generator.length));
}

double Trainer::Impl::step(const TrainingConfig &config, const std::vector<LabelledSequence> &data)
{
    const EncodedBatch batch = encodeBatch(data, encoder);
    model->train();
    const torch::Tensor logits = model->forward(batch.features); // [T, B, C]
    const long classes = logits.size(2);
    torch::Tensor loss;
    if (config.loss == LossMode::LastStep) {
        loss = torch::nn::functional::cross_entropy(logits[logits.size(0) - 1], batch.labels);
    } else {
        const torch::Tensor targets = batch.labels.unsqueeze(0).expand({logits.size(0), -1});
        loss = torch::nn::functional::cross_entropy(logits.reshape({-1, classes}),
                                                    targets.reshape({-1}));
        if (config.loss == LossMode::PerStepSum) {
            loss = loss * static_cast<double>(logits.size(0));
        }
    }
    const double value = loss.item<double>();
    const std::vector<torch::Tensor> params = model->parameters();
    if (!std::isfinite(value)) {
        return value;
    }
    rememberGood();
    optimizer->zero_grad();
    loss.backward();
    // One pass over the gradients: the norm that clipping needs also says whether any is NaN or
    // inf (an infinite bound measures without clipping).
    const double maxNorm =
        config.gradientClip > 0.0 ? config.gradientClip : std::numeric_limits<double>::infinity();
    if (!std::isfinite(torch::nn::utils::clip_grad_norm_(params, maxNorm))) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    optimizer->step();
    ++steps;
    sequences += static_cast<long>(data.size());
    return value;
}

void Trainer::Impl::restoreLastGood()
{
    copyInto(lastGood, model->parameters());
}

void Trainer::Impl::ensureTestSet(const TrainingControl &control)
{
    if (test) {
        return;
    }
    // Slices of whole sequences drawn one after another: the same sequences as one batch.
    const int slice = static_cast<int>(std::max(1L, kMeasureSlicePoints / testLength));
    std::vector<torch::Tensor> features;
    std::vector<torch::Tensor> labels;
    for (int first = 0; first < testSequences; first += slice) {
        if (control.abandon.load()) {
            throw Abandoned{};
        }
        const EncodedBatch part = encodeBatch(
            testGenerator.batch(std::min(slice, testSequences - first), testLength), encoder);
        features.push_back(part.features);
        labels.push_back(part.labels);
    }
    test = EncodedBatch{torch::cat(features, 1), torch::cat(labels, 0)};
}

void Trainer::Impl::measure(TrainingStats &stats, const TrainingControl &control)
{
    ensureTestSet(control);
    const EncodedBatch &set = *test;
    torch::NoGradGuard noGrad;
    model->eval();
    const long sequences = set.features.size(1);
    const long slice = std::max(1L, kMeasureSlicePoints / std::max(1L, set.features.size(0)));
    std::vector<torch::Tensor> parts;
    for (long first = 0; first < sequences; first += slice) {
        if (control.abandon.load()) {
            throw Abandoned{};
        }
        const long count = std::min(slice, sequences - first);
        parts.push_back(model->forward(set.features.narrow(1, first, count)).argmax(2));
    }
    const torch::Tensor guesses = torch::cat(parts, 1); // [T, B]
    const torch::Tensor correct = guesses.eq(set.labels.unsqueeze(0)).to(torch::kDouble);
    const torch::Tensor byLength = correct.mean(1);
    stats.accuracyByLength.assign(byLength.data_ptr<double>(),
                                  byLength.data_ptr<double>() + byLength.numel());
    stats.testAccuracy = stats.accuracyByLength.empty() ? 0.0 : stats.accuracyByLength.back();
    const std::size_t classes = static_cast<std::size_t>(classCount);
    stats.confusion.assign(classes, std::vector<int>(classes, 0));
    const torch::Tensor last = guesses[guesses.size(0) - 1].contiguous();
    const long *guess = last.data_ptr<long>();
    const long *label = set.labels.data_ptr<long>();
    for (long i = 0; i < last.numel(); ++i) {
        ++stats.confusion[static_cast<std::size_t>(label[i])][static_cast<std::size_t>(guess[i])];
    }
    stats.evaluated = true;
}

Trainer::Trainer(TrainingConfig config) : m_config(std::move(config))
{
    validateConfig(m_config);
    checkMemory(trainingBytes(m_config),
                Message(CURVELAB_WORDING("curvelab::trainer", "training this setup")),
                Message(CURVELAB_WORDING("curvelab::trainer",
                                         "use fewer sequences per batch, shorter sequences, fewer "
                                         "hidden units or fewer test sequences")));
    try {
        m_impl = std::make_unique<Impl>(m_config);
    } catch (const c10::Error &e) {
        throw std::runtime_error(e.what_without_backtrace());
    }
}

Trainer::Trainer(TrainingConfig config, const ModelSnapshot &start) : Trainer(std::move(config))
{
    m_impl->model->load(start);
    m_impl->steps = start.step;
    m_impl->rememberGood();
    m_impl->saveCheckpoint();
    // A continued run draws new batches rather than replaying those the run began with.
    m_impl->generator = m_impl->generator.reseeded(
        m_config.seed ^ (static_cast<std::uint64_t>(start.step) * 0x9E3779B97F4A7C15ULL));
}

Trainer::~Trainer() = default;

long Trainer::step() const
{
    return m_impl->steps;
}

ModelSnapshot Trainer::snapshot() const
{
    ModelSnapshot s = m_impl->model->snapshot();
    s.step = m_impl->steps;
    return s;
}

double Trainer::trainStep()
{
    return trainStep(m_impl->generator.batch(m_config.batchSize, m_config.generator.length));
}

double Trainer::trainStep(const std::vector<LabelledSequence> &batch)
{
    if (batch.empty() || batch.front().points.empty()) {
        throw std::invalid_argument("a training step needs at least one sequence of points");
    }
    for (const LabelledSequence &s : batch) {
        if (s.points.size() != batch.front().points.size()) {
            throw std::invalid_argument("the sequences of a batch must have the same length");
        }
        if (s.label < 0 || s.label >= m_impl->classCount) {
            throw std::invalid_argument("label " + std::to_string(s.label) +
                                        " names no family of the model");
        }
    }
    const double loss = m_impl->step(m_config, batch);
    if (!std::isfinite(loss)) {
        m_impl->restoreLastGood();
    }
    return loss;
}

TrainingStats Trainer::measure()
{
    TrainingStats stats;
    stats.step = m_impl->steps;
    stats.sequencesSeen = m_impl->sequences;
    stats.elapsedSeconds = m_impl->elapsed;
    const TrainingControl uninterrupted;
    m_impl->measure(stats, uninterrupted);
    return stats;
}

namespace {

// Blocks while paused; returns false if the run was cancelled meanwhile.
// Sleeps for the requested slow-down in short slices, so that cancel and pause still act at once.
void slowDown(TrainingControl &control)
{
    const auto until = Clock::now() + std::chrono::milliseconds(control.stepDelayMs.load());
    while (Clock::now() < until && !control.cancel.load() && !control.pause.load()) {
        std::this_thread::sleep_for(std::min<Clock::duration>(kPausePoll, until - Clock::now()));
    }
}

bool waitWhilePaused(TrainingControl &control)
{
    while (control.pause.load() && !control.cancel.load()) {
        int requests = control.stepRequests.load();
        if (requests > 0 && control.stepRequests.compare_exchange_strong(requests, requests - 1)) {
            return true;
        }
        std::this_thread::sleep_for(kPausePoll);
    }
    return !control.cancel.load();
}

void applyPendingLearningRate(TrainingControl &control, torch::optim::Optimizer &optimizer,
                              TrainingConfig &config)
{
    const double lr = control.pendingLearningRate.exchange(0.0);
    if (lr > 0.0 && std::isfinite(lr)) {
        config.learningRate = lr;
        for (auto &group : optimizer.param_groups()) {
            group.options().set_lr(lr);
        }
    }
}

} // namespace

TrainingResult Trainer::train(TrainingControl &control, const TrainingCallbacks &callbacks)
{
    try {
        return runLoop(control, callbacks);
    } catch (const Abandoned &) {
        TrainingResult result;
        result.reason = StopReason::Cancelled;
        result.last.step = m_impl->steps;
        return result;
    } catch (const c10::Error &e) {
        // Callers outside core see no torch types: hand on the message without its backtrace.
        throw std::runtime_error(e.what_without_backtrace());
    }
}

TrainingResult Trainer::runLoop(TrainingControl &control, const TrainingCallbacks &callbacks)
{
    TrainingResult result;
    TrainingStats stats;
    auto report = [&](const TrainingStats &s) {
        if (callbacks.progress) {
            callbacks.progress(s);
        }
    };
    // The last stats carry a measurement of the final weights, reported once: a run whose last
    // step was an evaluation step has both already.
    auto finish = [&](StopReason reason) {
        if (control.abandon.load()) {
            throw Abandoned{};
        }
        if (!stats.evaluated || stats.step != m_impl->steps) {
            stats.step = m_impl->steps;
            stats.sequencesSeen = m_impl->sequences;
            stats.elapsedSeconds = m_impl->elapsed;
            m_impl->measure(stats, control);
            report(stats);
        }
        result.reason = reason;
        result.last = stats;
        return result;
    };
    auto diverged = [&](Message sentence) { result.message = std::move(sentence); };
    // The loss of a network that guesses uniformly; a summed loss adds it up over the steps.
    const double chanceLoss =
        std::log(static_cast<double>(m_config.model.classCount())) *
        (m_config.loss == LossMode::PerStepSum ? m_config.generator.length : 1);
    double smoothedLoss = chanceLoss;
    long stepsThisCall = 0;
    // Only a target can end this run: it needs an end of its own.
    const bool onlyTarget =
        m_config.targetAccuracy > 0 && m_config.maxSteps <= 0 && m_config.maxSeconds <= 0;
    double bestAccuracy = -1.0;
    long bestStep = m_impl->steps;
    int evaluationsSinceBest = 0;
    while (true) {
        if (control.stepDelayMs.load() > 0) {
            slowDown(control);
        }
        if (control.cancel.load() || !waitWhilePaused(control)) {
            return finish(StopReason::Cancelled);
        }
        applyPendingLearningRate(control, *m_impl->optimizer, m_config);

        const auto start = Clock::now();
        const double loss = m_impl->step(m_config);
        m_impl->elapsed += std::chrono::duration<double>(Clock::now() - start).count();

        stats = TrainingStats{};
        stats.step = m_impl->steps;
        stats.sequencesSeen = m_impl->sequences;
        stats.loss = loss;
        stats.elapsedSeconds = m_impl->elapsed;
        stats.sequencesPerSecond = m_impl->elapsed > 0 ? m_impl->sequences / m_impl->elapsed : 0;

        if (!std::isfinite(loss)) {
            m_impl->restoreLastGood();
            const long at = m_impl->steps + 1;
            diverged(
                std::isnan(loss)
                    ? Message(CURVELAB_WORDING("curvelab::trainer",
                                               "training diverged at step %1 (the loss became "
                                               "NaN); the last good weights are kept. Try a "
                                               "smaller learning rate."),
                              {at})
                    : Message(CURVELAB_WORDING("curvelab::trainer",
                                               "training diverged at step %1 (the loss became "
                                               "infinite); the last good weights are kept. Try "
                                               "a smaller learning rate."),
                              {at}));
            return finish(StopReason::Diverged);
        }
        smoothedLoss += kLossSmoothing * (loss - smoothedLoss);
        ++stepsThisCall;
        if (stepsThisCall > kWarmUpSteps && smoothedLoss > kExplodedOverChance * chanceLoss) {
            m_impl->restoreCheckpoint();
            diverged(
                Message(CURVELAB_WORDING("curvelab::trainer",
                                         "training diverged at step %1: the loss climbed to "
                                         "%2, far above chance level. The weights of step %3 "
                                         "are kept. Try a smaller learning rate."),
                        {m_impl->steps, MessageArgument(smoothedLoss, 4), m_impl->checkpointStep}));
            m_impl->steps = m_impl->checkpointStep;
            stats.step = m_impl->steps;
            return finish(StopReason::Diverged);
        }
        if (stats.step % kCheckpointInterval == 0 &&
            smoothedLoss <= kHealthyOverChance * chanceLoss) {
            m_impl->saveCheckpoint();
        }
        const bool evalDue = m_config.evalInterval > 0 && stats.step % m_config.evalInterval == 0;
        if (evalDue) {
            m_impl->measure(stats, control);
            if (stats.testAccuracy >= bestAccuracy + kPlateauGain) {
                bestAccuracy = stats.testAccuracy;
                bestStep = stats.step;
                evaluationsSinceBest = 0;
            } else {
                ++evaluationsSinceBest;
            }
        }
        if (evalDue ||
            (callbacks.progressInterval > 0 && stats.step % callbacks.progressInterval == 0)) {
            report(stats);
        }
        if (callbacks.snapshot && callbacks.snapshotInterval > 0 &&
            stats.step % callbacks.snapshotInterval == 0) {
            callbacks.snapshot(snapshot());
        }
        if (evalDue && m_config.targetAccuracy > 0 &&
            stats.testAccuracy >= m_config.targetAccuracy) {
            return finish(StopReason::TargetReached);
        }
        if (onlyTarget && evaluationsSinceBest >= kPlateauEvaluations) {
            result.plateauSince = bestStep;
            return finish(StopReason::Plateau);
        }
        if (m_config.maxSteps > 0 && stats.step >= m_config.maxSteps) {
            return finish(StopReason::StepBudget);
        }
        if (m_config.maxSeconds > 0 && m_impl->elapsed >= m_config.maxSeconds) {
            return finish(StopReason::TimeBudget);
        }
    }
}

} // namespace curvelab
