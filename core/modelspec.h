#pragma once

#include "featureencoder.h"
#include "functionfamily.h"

#include <string>
#include <vector>

namespace curvelab {

enum class CellType
{
    Lstm,
    Gru,
    Rnn // Elman RNN with tanh
};

std::string toString(CellType cell);
// Gates per unit: 4 for LSTM, 3 for GRU, 1 for a plain RNN.
int gateCount(CellType cell);
// Throws std::invalid_argument on an unknown name.
CellType cellTypeFromString(const std::string &name);

struct ModelOptions
{
    CellType cell = CellType::Lstm;
    int hiddenSize = 64;
    int layers = 1;
};

// Everything needed to rebuild a classifier besides its weights: what it reads, what it is and
// which families its outputs name (in order).
struct ModelSpec
{
    ModelOptions options;
    Preprocessing preprocessing = Preprocessing::FamilyFit;
    std::vector<FunctionFamily> families = originalFamilies();

    int inputSize() const;
    int classCount() const { return static_cast<int>(families.size()); }
    // Same architecture, input and families: weights of one fit the other.
    bool operator==(const ModelSpec &o) const;
    bool operator!=(const ModelSpec &o) const { return !(*this == o); }
};

// Throws std::invalid_argument with the reason on a spec no model can be built from.
void validateSpec(const ModelSpec &spec);

// A named weight tensor as plain floats, row-major.
struct WeightTensor
{
    std::string name;
    std::vector<long> shape;
    std::vector<float> values;
};

// The weights of a model at one moment, as value types: safe to copy across threads, to hand to
// the canvas while training goes on, and to write to a model file.
struct ModelSnapshot
{
    ModelSpec spec;
    std::vector<WeightTensor> weights;
    long step = 0; // training step the weights come from

    const WeightTensor *find(const std::string &name) const;
};

// The weights a model of this spec has, names and shapes (values left empty), in a fixed order:
// per layer l "rnn.l<l>.w_ih" [G*H, in], "rnn.l<l>.w_hh" [G*H, H], "rnn.l<l>.b_ih" [G*H],
// "rnn.l<l>.b_hh" [G*H] with G = 4 (LSTM: gates i,f,g,o), 3 (GRU: r,z,n) or 1 (RNN), as in
// PyTorch; then "head.weight" [classes, H] and "head.bias" [classes].
std::vector<WeightTensor> weightLayout(const ModelSpec &spec);

// Throws std::invalid_argument unless `snapshot` has exactly the weights of its spec's layout,
// every value finite.
void validateSnapshot(const ModelSnapshot &snapshot);

} // namespace curvelab
