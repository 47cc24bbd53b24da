#pragma once

#include "message.h"
#include "modelspec.h"
#include "point.h"
#include "predictor.h"

#include <string>
#include <vector>

namespace curvelab {

// The per-unit quantities a CellTrace holds, named for the LSTM slot each sits in; other cells
// fill some of the slots with their own gates (quantityName says which).
enum class CellQuantity
{
    Input,
    Forget,
    Output,
    Cell,
    Hidden
};

// "input", "forget", "output", "cell" or "hidden": a stable key, not a display name.
std::string toString(CellQuantity q);
// What the quantity is in this cell, for labels: LSTM "input gate", "forget gate", "output gate",
// "cell state", "hidden state"; GRU "reset gate", "update gate", "candidate", "", "hidden state";
// RNN "hidden state" only; MLP "activation" only. Empty where the cell has no such quantity.
std::string quantityName(CellType cell, CellQuantity q);
// The same name as a Message, for the app to say in its language. Only for a quantity the cell
// has (hasQuantity); throws std::logic_error for any other.
Message quantityLabel(CellType cell, CellQuantity q);
bool hasQuantity(CellType cell, CellQuantity q);

// One quantity of one layer over a sequence, [point][unit]. Rows are empty where the cell has no
// such quantity. Throws std::out_of_range if the predictions have no layer `layer`.
std::vector<std::vector<float>> quantityOverPoints(const std::vector<Prediction> &predictions,
                                                   int layer, CellQuantity q);

// Unit indices, the unit that swings most over the points first: population standard deviation
// over the points, descending, ties in index order. A unit that holds a large but constant value
// tells nothing about the points, so the spread ranks, not the size. Takes [point][unit]; throws
// std::invalid_argument on rows of different widths.
std::vector<int> unitsByActivity(const std::vector<std::vector<float>> &values);

// Units of the last layer, the one that pushes the final guess's logit hardest first:
// |head.weight[guess][j] * h_j| descending, ties in index order. The logit is a sum of these
// terms plus a bias, so they are each unit's exact share of it. Throws std::invalid_argument if
// `last` does not come from a model of `snapshot`'s spec or has no guess.
std::vector<int> unitsByInfluence(const ModelSnapshot &snapshot, const Prediction &last);

// Per point i, how much it moved the verdict: P(g | all points) - P(g | all points but i), where
// g is the family guessed after the whole sequence. Positive: the point argued for the guess;
// negative: against it. Leaving out the only point of a one-point sequence leaves the network in
// its start state, where it still answers: softmax(head.bias) for the recurrent cells, whose
// start state is zero, and the output on an all-zero window for the MLP. A single point is
// measured against that, the model's own belief before any evidence, rather than a uniform
// 1/classes, which would be our assumption, not the model's. Empty input gives an empty result.
// Costs O(n^2) recurrent steps for n points; canvas sequences are short.
std::vector<double> pointInfluence(const ModelSnapshot &snapshot, const PointSequence &points);

} // namespace curvelab
