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
    Rnn, // Elman RNN with tanh
    Mlp  // no memory: tanh layers over the features of the last `window` points, a contrast
};

std::string toString(CellType cell);
// Affine maps per unit and layer: 4 for LSTM, 3 for GRU, 1 for a plain RNN and 1 for the MLP
// (one tanh unit, no gates), so that gateCount * hiddenSize sizes a layer's pre-activations.
int gateCount(CellType cell);
// Weight tensors per layer in weightLayout(): 4 for the recurrent cells, 2 for the MLP.
int tensorsPerLayer(CellType cell);
// Throws std::invalid_argument on an unknown name.
CellType cellTypeFromString(const std::string &name);

struct ModelOptions
{
    CellType cell = CellType::Lstm;
    int hiddenSize = 64;
    int layers = 1;
    // Points the MLP reads at once, the newest last; zeros stand in before the first point.
    // Recurrent cells ignore it.
    int window = 4;
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
    // Same architecture, input and families: weights of one fit the other. The window counts
    // for the MLP only, since it changes nothing else.
    bool operator==(const ModelSpec &o) const;
    bool operator!=(const ModelSpec &o) const { return !(*this == o); }
};

// The largest weight a usable model holds. Trained networks stay within a few units; with the
// features capped (featureencoder.cpp), weights within this bound keep every sum a float can
// hold, so the probabilities are always finite.
constexpr float kMaxWeightMagnitude = 1e6f;

// The most families one model tells apart; validateSpec() refuses more.
constexpr int kMaxFamilies = 8;

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
// PyTorch. The MLP has per layer "mlp.l<l>.weight" [H, in] and "mlp.l<l>.bias" [H], where the
// first layer's in is window * inputSize (the window's feature vectors, oldest first). Both end
// with "head.weight" [classes, H] and "head.bias" [classes].
std::vector<WeightTensor> weightLayout(const ModelSpec &spec);
// Trainable numbers in a model of this spec.
long parameterCount(const ModelSpec &spec);

// Throws std::invalid_argument unless `snapshot` has exactly the weights of its spec's layout,
// every value finite and, with WeightBound::Usable, within kMaxWeightMagnitude. Every model that
// answers (the predictor) or is written or read (model files, lessons) is Usable; only the
// trainer loads any finite weights, as training itself can reach them and it watches for
// divergence.
enum class WeightBound
{
    Usable,
    AnyFinite
};
void validateSnapshot(const ModelSnapshot &snapshot, WeightBound bound = WeightBound::Usable);

} // namespace curvelab
