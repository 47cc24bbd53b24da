#include "evaluator.h"

#include "bayesclassifier.h"
#include "encodedbatch.h"
#include "leastsquaresbaseline.h"
#include "memorybudget.h"
#include "message.h"
#include "recurrentclassifier.h"

#include <algorithm>
#include <stdexcept>

namespace curvelab {

namespace {

// Guesses [T, N] of the model for every prefix of every sequence, in one batch forward.
torch::Tensor modelGuesses(const ModelSnapshot &model, const std::vector<LabelledSequence> &data)
{
    RecurrentClassifier net(model.spec, /*seed=*/0);
    net->load(model);
    net->eval();
    torch::NoGradGuard noGrad;
    FeatureEncoder encoder(model.spec.preprocessing, model.spec.families);
    return net->forward(encodeBatch(data, encoder).features).argmax(2);
}

InvalidInput noSequences()
{
    return InvalidInput(
        Message(CURVELAB_WORDING("curvelab::evaluator", "evaluation needs at least one sequence")));
}

std::vector<int> sortedLengths(std::vector<int> lengths)
{
    if (lengths.empty()) {
        throw InvalidInput(Message(
            CURVELAB_WORDING("curvelab::evaluator", "evaluation needs at least one length")));
    }
    std::sort(lengths.begin(), lengths.end());
    lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
    if (lengths.front() < 1) {
        throw InvalidInput(
            Message(CURVELAB_WORDING("curvelab::evaluator", "prefix lengths start at 1")));
    }
    return lengths;
}

// Least-squares and Bayes accuracy after each prefix length of the same sequences.
void measureReferences(const std::vector<LabelledSequence> &data, const CurveGenerator &generator,
                       const EvaluationOptions &options, const std::vector<int> &lengths,
                       std::vector<double> &leastSquaresAccuracy,
                       std::vector<double> &bayesAccuracy)
{
    const LeastSquaresBaseline leastSquares(generator.config().families);
    const BayesClassifier bayes(generator);
    const double share = 1.0 / static_cast<double>(data.size());
    for (int length : lengths) {
        double lsHits = 0.0;
        double bayesHits = 0.0;
        for (const LabelledSequence &sequence : data) {
            if (options.cancel && options.cancel->load()) {
                throw EvaluationCancelled();
            }
            const PointSequence prefix(sequence.points.begin(), sequence.points.begin() + length);
            lsHits += leastSquares.classify(prefix) == sequence.label;
            bayesHits += bayes.classify(prefix) == sequence.label;
        }
        leastSquaresAccuracy.push_back(lsHits * share);
        bayesAccuracy.push_back(bayesHits * share);
    }
}

} // namespace

EvaluationCancelled::EvaluationCancelled()
    : EvaluationCancelled(
          Message(CURVELAB_WORDING("curvelab::evaluator", "the evaluation was cancelled")))
{
}

EvaluationCancelled::EvaluationCancelled(Message message)
    : std::runtime_error(message.english()), WordedError(std::move(message))
{
}

ReferenceReport evaluateReferences(CurveGenerator &generator, const EvaluationOptions &options)
{
    if (options.sequences < 1) {
        throw noSequences();
    }
    ReferenceReport report;
    report.lengths = sortedLengths(options.lengths);
    const std::vector<LabelledSequence> data =
        generator.batch(options.sequences, report.lengths.back());
    measureReferences(data, generator, options, report.lengths, report.leastSquaresAccuracy,
                      report.bayesAccuracy);
    return report;
}

EvaluationReport evaluate(const ModelSnapshot &model, CurveGenerator &generator,
                          const EvaluationOptions &options)
{
    if (options.sequences < 1) {
        throw noSequences();
    }
    if (!(generator.config().families == model.spec.families)) {
        throw InvalidInput(Message(CURVELAB_WORDING(
            "curvelab::evaluator", "the model was trained on other families than these")));
    }
    EvaluationReport report;
    report.lengths = sortedLengths(options.lengths);
    report.sequences = options.sequences;
    const int longest = report.lengths.back();
    checkMemory(
        inferenceBytes(model.spec, options.sequences, longest),
        Message(CURVELAB_WORDING("curvelab::evaluator", "measuring %1 sequences of %2 points"),
                {options.sequences, longest}),
        Message(
            CURVELAB_WORDING("curvelab::evaluator", "measure fewer sequences or shorter ones")));
    const std::vector<LabelledSequence> data = generator.batch(options.sequences, longest);
    torch::Tensor guesses;
    try {
        guesses = modelGuesses(model, data).contiguous();
    } catch (const c10::Error &e) {
        // Callers outside core see no torch types and no backtrace.
        throw std::runtime_error(e.what_without_backtrace());
    }
    const long *guess = guesses.data_ptr<long>();

    const int classes = model.spec.classCount();
    report.confusion.assign(static_cast<std::size_t>(classes),
                            std::vector<int>(static_cast<std::size_t>(classes), 0));
    const double share = 1.0 / options.sequences;
    for (int length : report.lengths) {
        double hits = 0.0;
        for (std::size_t s = 0; s < data.size(); ++s) {
            const int label = data[s].label;
            const long g = guess[(length - 1) * options.sequences + static_cast<long>(s)];
            hits += g == label;
            if (length == longest) {
                ++report.confusion[static_cast<std::size_t>(label)][static_cast<std::size_t>(g)];
            }
        }
        report.modelAccuracy.push_back(hits * share);
    }
    if (options.withReferences) {
        measureReferences(data, generator, options, report.lengths, report.leastSquaresAccuracy,
                          report.bayesAccuracy);
    }
    return report;
}

} // namespace curvelab
