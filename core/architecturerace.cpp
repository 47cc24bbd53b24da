#include "architecturerace.h"

#include "curvegenerator.h"
#include "message.h"
#include "trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <set>
#include <stdexcept>

namespace curvelab {

namespace {

using Clock = std::chrono::steady_clock;

// Numbers of points the final report measures at, where the test length allows: the early
// points, where memory matters most, and eight, the question's sequence length.
constexpr int kReportLengths[] = {1, 2, 3, 4, 8};

GeneratorConfig seeded(GeneratorConfig g, std::uint64_t seed)
{
    g.seed = seed;
    return g;
}

std::vector<int> reportLengths(int testLength)
{
    std::vector<int> lengths;
    for (int n : kReportLengths) {
        if (n < testLength) {
            lengths.push_back(n);
        }
    }
    lengths.push_back(testLength);
    return lengths;
}

} // namespace

ArchitectureRace::ArchitectureRace(TrainingConfig base, std::vector<RaceContender> contenders)
    : m_base(std::move(base)), m_contenders(std::move(contenders))
{
    // The base's own model options are replaced by every contender's: check the rest alone.
    TrainingConfig rest = m_base;
    rest.model.options = ModelOptions{};
    validateConfig(rest);
    if (m_base.maxSteps < 1) {
        throw InvalidInput(Message(CURVELAB_WORDING(
            "curvelab::architecturerace", "a race needs a step budget of at least one step")));
    }
    if (m_contenders.empty()) {
        throw InvalidInput(Message(
            CURVELAB_WORDING("curvelab::architecturerace", "a race needs at least one contender")));
    }
    std::set<std::string> names;
    for (const RaceContender &c : m_contenders) {
        if (c.name.empty()) {
            throw InvalidInput(Message(
                CURVELAB_WORDING("curvelab::architecturerace", "every contender needs a name")));
        }
        if (!names.insert(c.name).second) {
            throw InvalidInput(Message(
                CURVELAB_WORDING("curvelab::architecturerace", "two contenders are named \"%1\""),
                {c.name}));
        }
        try {
            validateSpec(configFor(c).model);
        } catch (const std::invalid_argument &e) {
            throw InvalidInput(
                Message(CURVELAB_WORDING("curvelab::architecturerace", "contender \"%1\": %2"),
                        {c.name, reasonOf(e)}));
        }
    }
}

TrainingConfig contenderConfig(const TrainingConfig &base, const ModelOptions &options)
{
    TrainingConfig config = base;
    config.model.options = options;
    config.targetAccuracy = 0.0;
    return config;
}

TrainingConfig ArchitectureRace::configFor(const RaceContender &contender) const
{
    return contenderConfig(m_base, contender.options);
}

std::vector<RaceResult> ArchitectureRace::run(TrainingControl &control,
                                              const RaceProgress &progress)
{
    const std::size_t count = m_contenders.size();
    std::vector<std::unique_ptr<Trainer>> trainers;
    std::vector<RaceResult> results;
    for (const RaceContender &c : m_contenders) {
        const TrainingConfig config = configFor(c);
        trainers.push_back(std::make_unique<Trainer>(config));
        RaceResult r;
        r.name = c.name;
        r.options = c.options;
        r.parameters = parameterCount(config.model);
        results.push_back(std::move(r));
    }
    // Seeded as a Trainer seeds its own, so the batches are those each contender would draw.
    CurveGenerator batches(seeded(m_base.generator, m_base.seed));
    // The test set of TrainingConfig (seed + 1) that every Trainer measures on, for the final
    // report.
    const CurveGenerator testSet = batches.reseeded(m_base.seed + 1);
    std::vector<double> lossSums(count, 0.0);
    long stepsDone = 0;
    long lastEvaluated = 0;

    auto record = [&]() {
        for (std::size_t i = 0; i < count; ++i) {
            RaceResult &r = results[i];
            if (!r.message.empty()) {
                continue;
            }
            TrainingStats stats = trainers[i]->measure();
            stats.loss = lossSums[i] / static_cast<double>(stepsDone - lastEvaluated);
            stats.elapsedSeconds = r.seconds;
            stats.sequencesPerSecond = r.seconds > 0 ? stats.sequencesSeen / r.seconds : 0.0;
            lossSums[i] = 0.0;
            r.history.push_back(stats);
            if (progress) {
                progress(i, stats);
            }
        }
        lastEvaluated = stepsDone;
    };

    while (stepsDone < m_base.maxSteps && !control.cancel.load()) {
        const std::vector<LabelledSequence> batch =
            batches.batch(m_base.batchSize, m_base.generator.length);
        for (std::size_t i = 0; i < count; ++i) {
            RaceResult &r = results[i];
            if (!r.message.empty()) {
                continue;
            }
            const auto start = Clock::now();
            const double loss = trainers[i]->trainStep(batch);
            r.seconds += std::chrono::duration<double>(Clock::now() - start).count();
            if (!std::isfinite(loss)) {
                r.message = r.name + " diverged at step " + std::to_string(stepsDone + 1) +
                            " (the loss became " + (std::isnan(loss) ? "NaN" : "infinite") +
                            "); it stops there with the last good weights";
            }
            lossSums[i] += loss;
        }
        ++stepsDone;
        if (stepsDone % m_base.evalInterval == 0) {
            record();
        }
    }
    if (stepsDone > lastEvaluated) {
        record();
    }

    EvaluationOptions options;
    options.sequences = m_base.testSequences;
    options.lengths = reportLengths(m_base.testLength);
    options.withReferences = false; // the same for every contender, and the slowest part
    for (std::size_t i = 0; i < count; ++i) {
        CurveGenerator generator = testSet;
        results[i].final = evaluate(trainers[i]->snapshot(), generator, options);
    }
    return results;
}

} // namespace curvelab
