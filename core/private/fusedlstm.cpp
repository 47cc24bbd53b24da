#include "fusedlstm.h"

#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// This file is compiled with -ffast-math (core/CMakeLists.txt) so that GCC turns the loops below
// into calls of glibc's vector expf and tanhf: scalar transcendental functions cost more than the
// matrix products at CurveLab's sizes. Nothing here tests for NaN; the trainer does, on the loss.
//
// The clamps keep the vector functions finite: under -ffast-math, 1/(1 + inf) goes through a
// reciprocal estimate that turns inf into NaN, and the vector tanhf is not exact for huge
// arguments; saturated gates (raw inputs in the hundreds, a learning rate of 10) reach both.
// Beyond these bounds the float results are exactly 0, 1 or -1 anyway.
constexpr float kSigmoidClamp = 80.0f;
constexpr float kTanhClamp = 20.0f;

inline float clamp(float v, float bound)
{
    return std::min(std::max(v, -bound), bound);
}

inline float sigmoid(float v)
{
    return 1.0f / (1.0f + std::exp(-clamp(v, kSigmoidClamp)));
}

inline float tanhOf(float v)
{
    return std::tanh(clamp(v, kTanhClamp));
}

// Turns pre-activations [B, 4H] in place into activations (i, f, g, o) and advances the cell.
void lstmStepForward(float *gates, const float *cPrev, float *c, float *tanhC, float *h, long batch,
                     long hidden)
{
    for (long b = 0; b < batch; ++b) {
        float *g = gates + b * 4 * hidden;
        const long row = b * hidden;
#pragma omp simd
        for (long j = 0; j < hidden; ++j) {
            const float i = sigmoid(g[j]);
            const float f = sigmoid(g[hidden + j]);
            const float cand = tanhOf(g[2 * hidden + j]);
            const float o = sigmoid(g[3 * hidden + j]);
            g[j] = i;
            g[hidden + j] = f;
            g[2 * hidden + j] = cand;
            g[3 * hidden + j] = o;
            const float cNew = f * cPrev[row + j] + i * cand;
            const float tc = tanhOf(cNew);
            c[row + j] = cNew;
            tanhC[row + j] = tc;
            h[row + j] = o * tc;
        }
    }
}

// Gradients of one step: from dh (into h_t) and dcNext (into c_t from step t+1) to the
// pre-activation gradients dGates [B, 4H]; dcNext becomes the gradient into c_{t-1}.
void lstmStepBackward(const float *acts, const float *cPrev, const float *tanhC, const float *dh,
                      float *dcNext, float *dGates, long batch, long hidden)
{
    for (long b = 0; b < batch; ++b) {
        const float *a = acts + b * 4 * hidden;
        float *d = dGates + b * 4 * hidden;
        const long row = b * hidden;
#pragma omp simd
        for (long j = 0; j < hidden; ++j) {
            const float i = a[j];
            const float f = a[hidden + j];
            const float cand = a[2 * hidden + j];
            const float o = a[3 * hidden + j];
            const float tc = tanhC[row + j];
            const float cp = cPrev[row + j];
            const float dhj = dh[row + j];
            const float dc = dhj * o * (1.0f - tc * tc) + dcNext[row + j];
            d[j] = dc * cand * i * (1.0f - i);
            d[hidden + j] = dc * cp * f * (1.0f - f);
            d[2 * hidden + j] = dc * i * (1.0f - cand * cand);
            d[3 * hidden + j] = dhj * tc * o * (1.0f - o);
            dcNext[row + j] = dc * f;
        }
    }
}

struct FusedLstmFunction : public torch::autograd::Function<FusedLstmFunction>
{
    static torch::Tensor forward(AutogradContext *ctx, const torch::Tensor &input,
                                 const torch::Tensor &wIh, const torch::Tensor &wHh,
                                 const torch::Tensor &bias)
    {
        const long steps = input.size(0);
        const long batch = input.size(1);
        const long hidden = wHh.size(1);
        const torch::Tensor x = input.contiguous();
        // All steps' input projections in one product.
        torch::Tensor acts = torch::addmm(bias, x.view({steps * batch, x.size(2)}), wIh.t())
                                 .view({steps, batch, 4 * hidden});
        torch::Tensor cells = torch::empty({steps, batch, hidden}, x.options());
        torch::Tensor tanhCells = torch::empty_like(cells);
        torch::Tensor out = torch::empty_like(cells);
        const torch::Tensor wHhT = wHh.t();
        const torch::Tensor zeroState = torch::zeros({batch, hidden}, x.options());
        for (long t = 0; t < steps; ++t) {
            torch::Tensor gates = acts[t];
            if (t > 0) {
                gates.addmm_(out[t - 1], wHhT);
            }
            lstmStepForward(gates.data_ptr<float>(),
                            (t > 0 ? cells[t - 1] : zeroState).data_ptr<float>(),
                            cells[t].data_ptr<float>(), tanhCells[t].data_ptr<float>(),
                            out[t].data_ptr<float>(), batch, hidden);
        }
        ctx->save_for_backward({x, wIh, wHh, acts, cells, tanhCells, out});
        return out;
    }

    static tensor_list backward(AutogradContext *ctx, tensor_list gradOutputs)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &x = saved[0];
        const torch::Tensor &wIh = saved[1];
        const torch::Tensor &wHh = saved[2];
        const torch::Tensor &acts = saved[3];
        const torch::Tensor &cells = saved[4];
        const torch::Tensor &tanhCells = saved[5];
        const torch::Tensor &out = saved[6];
        const long steps = x.size(0);
        const long batch = x.size(1);
        const long hidden = wHh.size(1);

        const torch::Tensor gradOut = gradOutputs[0].contiguous();
        torch::Tensor dGates = torch::empty_like(acts);
        torch::Tensor dh = torch::empty({batch, hidden}, x.options());
        torch::Tensor dhNext = torch::zeros({batch, hidden}, x.options());
        torch::Tensor dcNext = torch::zeros({batch, hidden}, x.options());
        const torch::Tensor zeroState = torch::zeros({batch, hidden}, x.options());
        for (long t = steps - 1; t >= 0; --t) {
            torch::add_out(dh, gradOut[t], dhNext);
            lstmStepBackward(acts[t].data_ptr<float>(),
                             (t > 0 ? cells[t - 1] : zeroState).data_ptr<float>(),
                             tanhCells[t].data_ptr<float>(), dh.data_ptr<float>(),
                             dcNext.data_ptr<float>(), dGates[t].data_ptr<float>(), batch, hidden);
            if (t > 0) {
                torch::mm_out(dhNext, dGates[t], wHh);
            }
        }
        // Weight gradients of all steps at once; step 0 has no previous hidden state.
        const torch::Tensor flatGates = dGates.view({steps * batch, 4 * hidden});
        const torch::Tensor dWIh = flatGates.t().mm(x.view({steps * batch, x.size(2)}));
        torch::Tensor dWHh = torch::zeros_like(wHh);
        if (steps > 1) {
            const long rest = (steps - 1) * batch;
            dWHh = dGates.narrow(0, 1, steps - 1)
                       .reshape({rest, 4 * hidden})
                       .t()
                       .mm(out.narrow(0, 0, steps - 1).reshape({rest, hidden}));
        }
        const torch::Tensor dBias = flatGates.sum(0);
        // The first layer's input is data: skip its gradient, a product as large as dWIh.
        const torch::Tensor dInput =
            ctx->needs_input_grad(0) ? flatGates.mm(wIh).view_as(x) : torch::Tensor();
        return {dInput, dWIh, dWHh, dBias};
    }
};

} // namespace

torch::Tensor fusedLstm(const torch::Tensor &input, const torch::Tensor &wIh,
                        const torch::Tensor &wHh, const torch::Tensor &bias)
{
    TORCH_CHECK(input.dim() == 3 && input.scalar_type() == torch::kFloat,
                "fusedLstm expects a float tensor [T, B, I]");
    return FusedLstmFunction::apply(input, wIh, wHh, bias);
}

} // namespace curvelab
