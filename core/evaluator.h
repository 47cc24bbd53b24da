#pragma once

#include "curvegenerator.h"
#include "message.h"
#include "modelspec.h"

#include <atomic>
#include <stdexcept>
#include <vector>

namespace curvelab {

struct EvaluationReport
{
    std::vector<int> lengths;          // the prefix lengths measured, ascending
    std::vector<double> modelAccuracy; // per length: last-point accuracy of the model
    std::vector<double> leastSquaresAccuracy;
    std::vector<double> bayesAccuracy;
    // confusion[true][guessed] at the longest length, counts
    std::vector<std::vector<int>> confusion;
    int sequences = 0;
};

struct EvaluationOptions
{
    int sequences = 2000;
    std::vector<int> lengths = {1, 2, 3, 4, 8};
    bool withReferences = true; // least squares and Bayes (the Bayes one costs the most)
    // Set from another thread to stop early: the evaluation then throws EvaluationCancelled.
    const std::atomic<bool> *cancel = nullptr;
};

// What evaluate() and evaluateReferences() throw when EvaluationOptions::cancel was set.
class EvaluationCancelled : public std::runtime_error, public WordedError
{
public:
    EvaluationCancelled();
    explicit EvaluationCancelled(Message message);
};

struct ReferenceReport
{
    std::vector<int> lengths;
    std::vector<double> leastSquaresAccuracy;
    std::vector<double> bayesAccuracy;
};

// The two references alone, for the charts to draw before any model has been measured.
ReferenceReport evaluateReferences(CurveGenerator &generator, const EvaluationOptions &options);

// Measures a model on fresh sequences of `generator`: the accuracy after each prefix length and,
// beside it, the least-squares and Bayes references on the very same sequences.
EvaluationReport evaluate(const ModelSnapshot &model, CurveGenerator &generator,
                          const EvaluationOptions &options);

} // namespace curvelab
