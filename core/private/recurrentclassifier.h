#pragma once

#include "modelspec.h"

#include <cstdint>
#include <torch/torch.h>
#include <vector>

namespace curvelab {

// Features per point -> recurrent cell (LSTM, GRU or plain RNN; one or more layers) -> linear
// head giving class logits at every step. CellType::Mlp puts tanh layers over a sliding window
// of points in the cell's place, a contrast with no memory beyond the window. Internal to core:
// the UI sees ModelSnapshot only.
class RecurrentClassifierImpl : public torch::nn::Module
{
public:
    // Weights start from PyTorch's defaults, U(-1/sqrt(H), 1/sqrt(H)) for the recurrent cells and
    // the head, U(-1/sqrt(in), 1/sqrt(in)) for the MLP's layers as for torch::nn::Linear, drawn
    // from their own generator seeded with `seed`, so that runs reproduce and trainers do not
    // share state.
    RecurrentClassifierImpl(const ModelSpec &spec, std::uint64_t seed);

    // features [T, B, inputSize] (time-major) -> logits [T, B, classes]. The output at step t
    // depends on steps 1..t only, so one forward classifies every prefix.
    torch::Tensor forward(const torch::Tensor &features);

    const ModelSpec &spec() const { return m_spec; }
    ModelSnapshot snapshot() const;
    // Copies the snapshot's weights in; throws std::invalid_argument if its spec differs.
    void load(const ModelSnapshot &snapshot);

private:
    torch::Tensor recurrent(const torch::Tensor &features);
    torch::Tensor windowed(const torch::Tensor &features);

    ModelSpec m_spec;
    // In weightLayout() order; the names there are the snapshot's and the model file's.
    std::vector<torch::Tensor> m_weights;
    std::vector<std::string> m_names;
};

TORCH_MODULE(RecurrentClassifier);

// The same function through PyTorch's own recurrent kernels (torch::lstm/gru/rnn_tanh), for
// tests that check fusedLstm and the Predictor against the library. For the MLP, its first layer
// as a causal torch::conv1d over time, a second way to the same window.
torch::Tensor referenceForward(const RecurrentClassifierImpl &model, const torch::Tensor &features);

// Row-major copy of a float tensor's values.
std::vector<float> toVector(const torch::Tensor &t);

} // namespace curvelab
