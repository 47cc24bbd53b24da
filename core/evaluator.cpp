#include "evaluator.h"

#include "bayesclassifier.h"
#include "encodedbatch.h"
#include "leastsquaresbaseline.h"
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

} // namespace

EvaluationReport evaluate(const ModelSnapshot &model, CurveGenerator &generator,
                          const EvaluationOptions &options)
{
    if (options.sequences < 1 || options.lengths.empty()) {
        throw std::invalid_argument("evaluation needs at least one sequence and one length");
    }
    if (!(generator.config().families == model.spec.families)) {
        throw std::invalid_argument("the model was trained on other families than these");
    }
    EvaluationReport report;
    report.lengths = options.lengths;
    std::sort(report.lengths.begin(), report.lengths.end());
    report.lengths.erase(std::unique(report.lengths.begin(), report.lengths.end()),
                         report.lengths.end());
    if (report.lengths.front() < 1) {
        throw std::invalid_argument("prefix lengths start at 1");
    }
    report.sequences = options.sequences;
    const int longest = report.lengths.back();
    const std::vector<LabelledSequence> data = generator.batch(options.sequences, longest);
    const torch::Tensor guesses = modelGuesses(model, data).contiguous();
    const long *guess = guesses.data_ptr<long>();

    const int classes = model.spec.classCount();
    report.confusion.assign(static_cast<std::size_t>(classes),
                            std::vector<int>(static_cast<std::size_t>(classes), 0));
    const LeastSquaresBaseline leastSquares(model.spec.families);
    const BayesClassifier bayes(generator);
    const double share = 1.0 / options.sequences;
    for (int length : report.lengths) {
        double modelHits = 0.0;
        double lsHits = 0.0;
        double bayesHits = 0.0;
        for (std::size_t s = 0; s < data.size(); ++s) {
            const int label = data[s].label;
            const long g = guess[(length - 1) * options.sequences + static_cast<long>(s)];
            modelHits += g == label;
            if (length == longest) {
                ++report.confusion[static_cast<std::size_t>(label)][static_cast<std::size_t>(g)];
            }
            if (options.withReferences) {
                const PointSequence prefix(data[s].points.begin(), data[s].points.begin() + length);
                lsHits += leastSquares.classify(prefix) == label;
                bayesHits += bayes.classify(prefix) == label;
            }
        }
        report.modelAccuracy.push_back(modelHits * share);
        if (options.withReferences) {
            report.leastSquaresAccuracy.push_back(lsHits * share);
            report.bayesAccuracy.push_back(bayesHits * share);
        }
    }
    return report;
}

} // namespace curvelab
