#pragma once

#include <torch/torch.h>

namespace curvelab {

// One LSTM layer over a whole sequence, with a hand-written backward pass.
//
// Why: at CurveLab's sizes (batch 64, hidden 64, 8-16 steps) autograd's ~12 nodes per time step
// cost more than the arithmetic. Here the input projection of all steps is one matrix product,
// each step is one product plus one fused element-wise loop, and the backward pass mirrors that,
// with the weight gradients of all steps gathered into single products. Gate order and weight
// layout are PyTorch's (i, f, g, o), so results match torch::lstm (tests/tst_model.cpp).
//
// input [T, B, I] (time-major), wIh [4H, I], wHh [4H, H], bias [4H] (b_ih + b_hh);
// returns the hidden states of every step, [T, B, H], starting from zero state.
torch::Tensor fusedLstm(const torch::Tensor &input, const torch::Tensor &wIh,
                        const torch::Tensor &wHh, const torch::Tensor &bias);

} // namespace curvelab
