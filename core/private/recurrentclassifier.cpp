#include "recurrentclassifier.h"

#include "fusedlstm.h"
#include "message.h"

#include <ATen/CPUGeneratorImpl.h>
#include <stdexcept>

namespace curvelab {

namespace {

// torch::nn::Module names cannot contain '.'.
std::string parameterName(const std::string &layoutName)
{
    std::string n = layoutName;
    for (char &c : n) {
        if (c == '.') {
            c = '_';
        }
    }
    return n;
}

} // namespace

namespace {

// Every step's window of the last `window` feature vectors, oldest first, zeros before the first
// point: [T, B, F] -> [T, B, window * F]. Stacking shifted copies once lets one matrix product per
// layer serve all steps of all sequences.
torch::Tensor slidingWindows(const torch::Tensor &features, int window)
{
    const long steps = features.size(0);
    const torch::Tensor padded = torch::cat(
        {torch::zeros({window - 1, features.size(1), features.size(2)}, features.options()),
         features});
    std::vector<torch::Tensor> shifted;
    for (int k = 0; k < window; ++k) {
        shifted.push_back(padded.narrow(0, k, steps));
    }
    return torch::cat(shifted, 2);
}

// The MLP layers after the first: params in weightLayout() order.
torch::Tensor upperMlpLayers(const ModelSpec &spec, const std::vector<torch::Tensor> &params,
                             torch::Tensor hidden)
{
    for (std::size_t l = 1; l < static_cast<std::size_t>(spec.options.layers); ++l) {
        hidden =
            torch::tanh(torch::nn::functional::linear(hidden, params[2 * l], params[2 * l + 1]));
    }
    return hidden;
}

// The MLP's first layer as a causal convolution over time, its weight [H, W*F] read as H kernels
// [F, W]: a different road to the same windows than slidingWindows() takes.
torch::Tensor convolutionalMlp(const ModelSpec &spec, const std::vector<torch::Tensor> &params,
                               const torch::Tensor &features)
{
    const long window = spec.options.window;
    const torch::Tensor input =
        torch::constant_pad_nd(features.permute({1, 2, 0}), {window - 1, 0}); // [B, F, W-1+T]
    const torch::Tensor kernels =
        params[0].view({spec.options.hiddenSize, window, features.size(2)}).permute({0, 2, 1});
    const torch::Tensor first = torch::tanh(torch::conv1d(input, kernels, params[1]));
    return upperMlpLayers(spec, params, first.permute({2, 0, 1}));
}

// The cell through PyTorch's own kernels (the MLP through conv1d): params in weightLayout() order.
torch::Tensor libraryRecurrent(const ModelSpec &spec, const std::vector<torch::Tensor> &params,
                               const torch::Tensor &features, bool train)
{
    const std::vector<torch::Tensor> rnnParams(params.begin(), params.end() - 2);
    const long batch = features.size(1);
    const torch::Tensor h0 =
        torch::zeros({spec.options.layers, batch, spec.options.hiddenSize}, features.options());
    switch (spec.options.cell) {
    case CellType::Lstm:
        return std::get<0>(torch::lstm(features, {h0, h0}, rnnParams, /*has_biases=*/true,
                                       spec.options.layers, /*dropout=*/0.0, train,
                                       /*bidirectional=*/false, /*batch_first=*/false));
    case CellType::Gru:
        return std::get<0>(torch::gru(features, h0, rnnParams, /*has_biases=*/true,
                                      spec.options.layers, /*dropout=*/0.0, train,
                                      /*bidirectional=*/false, /*batch_first=*/false));
    case CellType::Rnn:
        return std::get<0>(torch::rnn_tanh(features, h0, rnnParams, /*has_biases=*/true,
                                           spec.options.layers, /*dropout=*/0.0, train,
                                           /*bidirectional=*/false, /*batch_first=*/false));
    case CellType::Mlp:
        return convolutionalMlp(spec, params, features);
    }
    throw std::logic_error("unknown cell type");
}

} // namespace

RecurrentClassifierImpl::RecurrentClassifierImpl(const ModelSpec &spec, std::uint64_t seed)
    : m_spec(spec)
{
    validateSpec(spec);
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    double bound = 1.0 / std::sqrt(static_cast<double>(spec.options.hiddenSize));
    for (const WeightTensor &w : weightLayout(spec)) {
        if (spec.options.cell == CellType::Mlp && w.shape.size() == 2) {
            // The bias after this weight shares its bound, as in torch::nn::Linear.
            bound = 1.0 / std::sqrt(static_cast<double>(w.shape[1]));
        }
        torch::Tensor t = torch::empty(w.shape, torch::kFloat).uniform_(-bound, bound, generator);
        m_weights.push_back(register_parameter(parameterName(w.name), t));
        m_names.push_back(w.name);
    }
}

torch::Tensor RecurrentClassifierImpl::windowed(const torch::Tensor &features)
{
    const torch::Tensor windows = slidingWindows(features, m_spec.options.window);
    const torch::Tensor first =
        torch::tanh(torch::nn::functional::linear(windows, m_weights[0], m_weights[1]));
    return upperMlpLayers(m_spec, m_weights, first);
}

torch::Tensor RecurrentClassifierImpl::recurrent(const torch::Tensor &features)
{
    if (m_spec.options.cell == CellType::Mlp) {
        return windowed(features);
    }
    if (m_spec.options.cell != CellType::Lstm) {
        return libraryRecurrent(m_spec, m_weights, features, is_training());
    }
    torch::Tensor x = features;
    for (int l = 0; l < m_spec.options.layers; ++l) {
        const std::size_t base = static_cast<std::size_t>(tensorsPerLayer(CellType::Lstm) * l);
        x = fusedLstm(x, m_weights[base], m_weights[base + 1],
                      m_weights[base + 2] + m_weights[base + 3]);
    }
    return x;
}

torch::Tensor RecurrentClassifierImpl::forward(const torch::Tensor &features)
{
    const torch::Tensor hidden = recurrent(features);
    const std::size_t head = m_weights.size() - 2;
    return torch::nn::functional::linear(hidden, m_weights[head], m_weights[head + 1]);
}

ModelSnapshot RecurrentClassifierImpl::snapshot() const
{
    torch::NoGradGuard noGrad;
    ModelSnapshot s;
    s.spec = m_spec;
    const std::vector<WeightTensor> layout = weightLayout(m_spec);
    for (std::size_t i = 0; i < layout.size(); ++i) {
        s.weights.push_back({layout[i].name, layout[i].shape, toVector(m_weights[i])});
    }
    return s;
}

void RecurrentClassifierImpl::load(const ModelSnapshot &snapshot)
{
    if (snapshot.spec != m_spec) {
        throw InvalidInput(Message(CURVELAB_WORDING("curvelab::recurrentclassifier",
                                                    "the weights belong to a different model")));
    }
    validateSnapshot(snapshot, WeightBound::AnyFinite);
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_weights.size(); ++i) {
        const WeightTensor &w = snapshot.weights[i];
        const torch::Tensor src =
            torch::from_blob(const_cast<float *>(w.values.data()), w.shape, torch::kFloat);
        m_weights[i].copy_(src);
    }
}

torch::Tensor referenceForward(const RecurrentClassifierImpl &model, const torch::Tensor &features)
{
    const std::vector<torch::Tensor> params = model.parameters();
    const torch::Tensor hidden =
        libraryRecurrent(model.spec(), params, features, model.is_training());
    return torch::nn::functional::linear(hidden, params[params.size() - 2], params.back());
}

std::vector<float> toVector(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().to(torch::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace curvelab
