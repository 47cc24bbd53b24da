#include "recurrentclassifier.h"

#include "fusedlstm.h"

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

// The recurrent part through PyTorch's own kernels: params in weightLayout() order.
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
    }
    throw std::logic_error("unknown cell type");
}

} // namespace

RecurrentClassifierImpl::RecurrentClassifierImpl(const ModelSpec &spec, std::uint64_t seed)
    : m_spec(spec)
{
    validateSpec(spec);
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const double bound = 1.0 / std::sqrt(static_cast<double>(spec.options.hiddenSize));
    for (const WeightTensor &w : weightLayout(spec)) {
        torch::Tensor t = torch::empty(w.shape, torch::kFloat).uniform_(-bound, bound, generator);
        m_weights.push_back(register_parameter(parameterName(w.name), t));
        m_names.push_back(w.name);
    }
}

torch::Tensor RecurrentClassifierImpl::recurrent(const torch::Tensor &features)
{
    const int layers = m_spec.options.layers;
    if (m_spec.options.cell != CellType::Lstm) {
        return libraryRecurrent(m_spec, m_weights, features, is_training());
    }
    torch::Tensor x = features;
    for (int l = 0; l < layers; ++l) {
        const std::size_t base = static_cast<std::size_t>(4 * l);
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
        throw std::invalid_argument("the weights belong to a different model");
    }
    validateSnapshot(snapshot);
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
