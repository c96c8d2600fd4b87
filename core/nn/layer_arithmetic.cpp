#include "core/nn/layer_arithmetic.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace convscope::core {
namespace {

void requireKind(const Layer<float>& layer, std::initializer_list<LayerKind> kinds, const char* what)
{
    if (std::find(kinds.begin(), kinds.end(), layer.kind()) == kinds.end())
        throw std::invalid_argument(std::string("not a ") + what + " layer: " + std::string(layerKindId(layer.kind())));
}

void requireInput(const Layer<float>& layer, const Tensor& input)
{
    if (static_cast<int>(input.size()) != layer.inputSize())
        throw std::invalid_argument("the layer expects " + std::to_string(layer.inputSize()) + " input values, not "
                                    + std::to_string(input.size()) + " (" + input.shapeText() + ")");
}

} // namespace

ConvTrace convLayerTrace(const Layer<float>& layer, const Tensor& input)
{
    requireKind(layer, {LayerKind::Conv}, "convolution");
    requireInput(layer, input);
    std::vector<Tensor> parameters = layer.parameterTensors(); // weights K×C×F×F, bias {K}
    const std::vector<float> bias(parameters[1].values().begin(), parameters[1].values().end());
    const LayerSpec& spec = layer.spec();
    return ConvTrace(input.reshaped(layer.inputShape()), std::move(parameters[0]), bias,
                     Conv2dParams::uniform(spec.stride, spec.padding));
}

ConvFilter convLayerFilter(const Layer<float>& layer, int filter)
{
    requireKind(layer, {LayerKind::Conv}, "convolution");
    const std::vector<Tensor> parameters = layer.parameterTensors();
    const Tensor& weights = parameters[0];
    if (filter < 0 || filter >= weights.dim(0))
        throw std::invalid_argument("the layer has " + std::to_string(weights.dim(0)) + " filters, not a filter "
                                    + std::to_string(filter));
    ConvFilter result;
    result.kernels = Tensor({1, weights.dim(1), weights.dim(2), weights.dim(3)});
    const std::size_t count = result.kernels.size();
    std::copy_n(weights.data() + static_cast<std::size_t>(filter) * count, count, result.kernels.data());
    result.bias = parameters[1].at(filter);
    return result;
}

PoolTrace poolLayerTrace(const Layer<float>& layer, const Tensor& input)
{
    requireKind(layer, {LayerKind::MaxPool, LayerKind::AvgPool}, "pooling");
    requireInput(layer, input);
    const LayerSpec& spec = layer.spec();
    const PoolMode mode = layer.kind() == LayerKind::MaxPool ? PoolMode::Max : PoolMode::Average;
    return PoolTrace(input.reshaped(layer.inputShape()), mode, Pool2dParams::uniform(spec.window, spec.stride));
}

DenseSum denseLayerSum(const Layer<float>& layer, const Tensor& input, int output)
{
    requireKind(layer, {LayerKind::Dense}, "fully connected");
    requireInput(layer, input);
    if (output < 0 || output >= layer.outputSize())
        throw std::invalid_argument("the layer has " + std::to_string(layer.outputSize()) + " outputs, not an output "
                                    + std::to_string(output));
    const std::vector<Tensor> parameters = layer.parameterTensors(); // weights N×M, bias {N}
    const Tensor& weights = parameters[0];
    DenseSum sum;
    sum.output = output;
    sum.bias = parameters[1].at(output);
    const int inputs = layer.inputSize();
    sum.terms.reserve(static_cast<std::size_t>(inputs));
    double total = sum.bias;
    for (int m = 0; m < inputs; ++m) {
        DenseTerm term;
        term.input = m;
        term.value = input.data()[m];
        term.weight = weights.at(output, m);
        term.product = term.value * term.weight;
        total += static_cast<double>(term.value) * term.weight;
        sum.terms.push_back(term);
    }
    sum.total = static_cast<float>(total);
    return sum;
}

std::vector<int> DenseSum::largestTerms(int count) const
{
    std::vector<int> order(terms.size());
    std::iota(order.begin(), order.end(), 0);
    const std::size_t kept = std::min(order.size(), static_cast<std::size_t>(std::max(0, count)));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(),
                      [this](int a, int b) {
                          const float left = std::abs(terms[static_cast<std::size_t>(a)].product);
                          const float right = std::abs(terms[static_cast<std::size_t>(b)].product);
                          return left != right ? left > right : a < b;
                      });
    order.resize(kept);
    return order;
}

} // namespace convscope::core
