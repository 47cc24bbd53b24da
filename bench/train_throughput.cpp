// Training throughput of the recommended preset, in sequences per second, three ways:
//   fused      RecurrentClassifier::forward, the hand-written LSTM that Trainer uses;
//   reference  the same model through referenceForward (torch::lstm with autograd), to show what
//              the fused LSTM buys;
//   trainer    Trainer::trainStep end to end: it draws and encodes every batch as the CLI's
//              `train` does (the same batches, from the same seed), and keeps a last-good copy
//              of the weights, so the CLI's own figure is on record beside the model-only ones.
// It first writes the batches that fused and reference train on to BATCH_FILE, so that
// bench/python_reference.py trains on the very same ones.
//
// Batch file, native byte order (little-endian on x86-64). The header carries the preset's
// hidden size, learning rate, clip and seed too, so that the Python side copies no constants:
//   char[8]  magic "CLBATCH1"
//   int32    steps T, batch B, features F, classes, count, hidden
//   float64  learning rate, gradient clip
//   uint64   seed of the initial weights
//   count x  { float32 features [T, B, F] row-major (time-major), int64 labels [B] }

#include "benchargs.h"
#include "curvegenerator.h"
#include "encodedbatch.h"
#include "featureencoder.h"
#include "presets.h"
#include "recurrentclassifier.h"
#include "threading.h"
#include "trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace curvelab::bench {

namespace {

constexpr char kUsage[] =
    "usage: train_throughput BATCH_FILE [--batches N] [--warmup N] [--threads N]\n"
    "  Writes N batches of the recommended preset to BATCH_FILE, trains on them and prints\n"
    "  sequences/s. Defaults: --batches 300 --warmup 20 --threads 1.\n";

constexpr char kMagic[8] = {'C', 'L', 'B', 'A', 'T', 'C', 'H', '1'};

// How many of the last timed steps the reported loss averages over: enough to smooth the noise
// of one batch, few enough to reflect where training ended.
constexpr int kLossWindow = 20;

using Clock = std::chrono::steady_clock;
using Forward = std::function<torch::Tensor(RecurrentClassifier &, const torch::Tensor &)>;

struct Throughput
{
    double sequencesPerSecond = 0.0;
    // Per second of this process's CPU time, all threads: on a shared machine it moves less than
    // the wall-clock figure, since time spent waiting for a core does not count.
    double sequencesPerCpuSecond = 0.0;
    double finalLoss = 0.0; // mean over the last kLossWindow steps
};

// The helper below reproduces Trainer's step for one loss mode and one optimizer only; a preset
// that moves away from them would make the comparison silently unfair.
void requireComparableConfig(const TrainingConfig &config)
{
    if (config.loss != LossMode::PerStep || config.optimizer != OptimizerType::Adam) {
        throw std::logic_error("the recommended preset no longer uses per-step loss with Adam; "
                               "update bench/train_throughput.cpp and python_reference.py");
    }
}

std::vector<EncodedBatch> drawBatches(const TrainingConfig &config, int count)
{
    GeneratorConfig generatorConfig = config.generator;
    generatorConfig.seed = config.seed; // as Trainer seeds its stream
    CurveGenerator generator(generatorConfig);
    FeatureEncoder encoder(config.model.preprocessing, config.model.families);
    std::vector<EncodedBatch> batches;
    batches.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        batches.push_back(
            encodeBatch(generator.batch(config.batchSize, config.generator.length), encoder));
    }
    return batches;
}

void writeBatches(const std::string &path, const std::vector<EncodedBatch> &batches,
                  const TrainingConfig &config)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        throw std::runtime_error("cannot write " + path);
    }
    const torch::Tensor &first = batches.front().features;
    const std::int32_t sizes[6] = {static_cast<std::int32_t>(first.size(0)),
                                   static_cast<std::int32_t>(first.size(1)),
                                   static_cast<std::int32_t>(first.size(2)),
                                   static_cast<std::int32_t>(config.model.classCount()),
                                   static_cast<std::int32_t>(batches.size()),
                                   static_cast<std::int32_t>(config.model.options.hiddenSize)};
    const double training[2] = {config.learningRate, config.gradientClip};
    out.write(kMagic, sizeof kMagic);
    out.write(reinterpret_cast<const char *>(sizes), sizeof sizes);
    out.write(reinterpret_cast<const char *>(training), sizeof training);
    out.write(reinterpret_cast<const char *>(&config.seed), sizeof config.seed);
    for (const EncodedBatch &b : batches) {
        const torch::Tensor features = b.features.contiguous();
        const torch::Tensor labels = b.labels.to(torch::kLong).contiguous();
        out.write(reinterpret_cast<const char *>(features.data_ptr<float>()),
                  static_cast<std::streamsize>(features.numel() * sizeof(float)));
        out.write(reinterpret_cast<const char *>(labels.data_ptr<std::int64_t>()),
                  static_cast<std::streamsize>(labels.numel() * sizeof(std::int64_t)));
    }
    if (!out) {
        throw std::runtime_error("writing " + path + " failed");
    }
}

// One training step as Trainer takes it with the recommended preset: cross entropy at every
// step, averaged over steps and sequences; global gradient norm clipped; optimizer step. Only
// `forward` differs between the paths compared. Returns the batch's loss; reading it, as Trainer
// does, is part of the cost.
double trainingStep(RecurrentClassifier &model, torch::optim::Optimizer &optimizer,
                    const EncodedBatch &batch, const Forward &forward, double gradientClip)
{
    model->train();
    const torch::Tensor logits = forward(model, batch.features); // [T, B, C]
    const torch::Tensor targets = batch.labels.unsqueeze(0).expand({logits.size(0), -1});
    const torch::Tensor loss = torch::nn::functional::cross_entropy(
        logits.reshape({-1, logits.size(2)}), targets.reshape({-1}));
    const double value = loss.item<double>();
    optimizer.zero_grad();
    loss.backward();
    if (gradientClip > 0.0) {
        torch::nn::utils::clip_grad_norm_(model->parameters(), gradientClip);
    }
    optimizer.step();
    return value;
}

// Runs step(0) .. step(count - 1) and times the steps from `warmup` on: the first steps pay for
// allocator growth and lazy set-up (Adam's state, BLAS buffers), not for training.
Throughput measure(int count, int warmup, int batchSize, const std::function<double(int)> &step)
{
    std::vector<double> losses;
    for (int i = 0; i < warmup; ++i) {
        step(i);
    }
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    for (int i = warmup; i < count; ++i) {
        losses.push_back(step(i));
    }
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();

    Throughput t;
    const double sequences = static_cast<double>(count - warmup) * batchSize;
    t.sequencesPerSecond = sequences / seconds;
    t.sequencesPerCpuSecond = sequences / cpuSeconds;
    const std::size_t window = std::min<std::size_t>(losses.size(), kLossWindow);
    for (std::size_t i = losses.size() - window; i < losses.size(); ++i) {
        t.finalLoss += losses[i] / static_cast<double>(window);
    }
    return t;
}

// Fresh model and optimizer from the preset's seed, so both paths (and python_reference.py, whose
// PyTorch defaults draw the same weights under the same seed) start from the same weights.
Throughput measureModel(const TrainingConfig &config, const std::vector<EncodedBatch> &batches,
                        int warmup, const Forward &forward)
{
    RecurrentClassifier model(config.model, config.seed);
    torch::optim::Adam optimizer(model->parameters(),
                                 torch::optim::AdamOptions(config.learningRate));
    return measure(static_cast<int>(batches.size()), warmup, config.batchSize, [&](int i) {
        return trainingStep(model, optimizer, batches[static_cast<std::size_t>(i)], forward,
                            config.gradientClip);
    });
}

void printResult(const char *name, const Throughput &t)
{
    std::printf("%-10s %10.1f sequences/s %10.1f sequences/cpu-s   final loss %.6f\n", name,
                t.sequencesPerSecond, t.sequencesPerCpuSecond, t.finalLoss);
}

int run(int argc, char **argv)
{
    const BenchArgs args(argc, argv, {{"batches", 300}, {"warmup", 20}, {"threads", 1}},
                         /*positionalCount=*/1);
    if (args.helpRequested()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const int count = static_cast<int>(args.value("batches"));
    const int warmup = static_cast<int>(args.value("warmup"));
    const int threads = static_cast<int>(args.value("threads"));
    if (warmup < 0 || count <= warmup || threads < 1) {
        throw std::invalid_argument("need 0 <= warmup < batches and threads >= 1");
    }
    setComputeThreads(threads);

    const TrainingConfig config = presetByName("recommended").config;
    requireComparableConfig(config);
    const std::vector<EncodedBatch> batches = drawBatches(config, count);
    writeBatches(args.positional().front(), batches, config);

    const torch::Tensor &first = batches.front().features;
    std::printf("train_throughput: recommended preset, T=%ld B=%ld F=%ld hidden=%d classes=%d, "
                "%d batches (%d warm-up), threads=%d\n",
                static_cast<long>(first.size(0)), static_cast<long>(first.size(1)),
                static_cast<long>(first.size(2)), config.model.options.hiddenSize,
                config.model.classCount(), count, warmup, threads);

    printResult("fused", measureModel(config, batches, warmup,
                                      [](RecurrentClassifier &m, const torch::Tensor &x) {
                                          return m->forward(x);
                                      }));
    printResult("reference", measureModel(config, batches, warmup,
                                          [](RecurrentClassifier &m, const torch::Tensor &x) {
                                              return referenceForward(*m, x);
                                          }));

    Trainer trainer(config);
    printResult("trainer",
                measure(count, warmup, config.batchSize, [&](int) { return trainer.trainStep(); }));
    return 0;
}

} // namespace

} // namespace curvelab::bench

int main(int argc, char **argv)
{
    return curvelab::bench::runGuarded("train_throughput", curvelab::bench::kUsage,
                                       curvelab::bench::run, argc, argv);
}
