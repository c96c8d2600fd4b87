#include "core/nn/layer_arithmetic.h"

#include "core/nn/activation_layer.h"
#include "core/nn/batch_norm_layer.h"

#include <algorithm>
#include <cmath>
#include <limits>
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

void requireIndex(const Layer<float>& layer, int index)
{
    if (index < 0 || index >= layer.outputSize())
        throw std::invalid_argument("the layer has " + std::to_string(layer.outputSize())
                                    + " output values, not a value " + std::to_string(index));
}

// C×H×W with `pad` cells of `fill` around each map.
Tensor padded(const Tensor& maps, int pad, float fill)
{
    const int channels = maps.dim(0), height = maps.dim(1), width = maps.dim(2);
    Tensor result({channels, height + 2 * pad, width + 2 * pad}, fill);
    for (int c = 0; c < channels; ++c) {
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                result.at(c, y + pad, x + pad) = maps.at(c, y, x);
        }
    }
    return result;
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
    requireKind(layer, {LayerKind::MaxPool, LayerKind::AvgPool, LayerKind::MinPool, LayerKind::GlobalAvgPool},
                "pooling");
    requireInput(layer, input);
    const Tensor maps = input.reshaped(layer.inputShape());
    if (layer.kind() == LayerKind::GlobalAvgPool) {
        const int height = maps.dim(1), width = maps.dim(2);
        return PoolTrace(maps, PoolMode::Average, Pool2dParams{height, width, height, width});
    }
    const LayerSpec& spec = layer.spec();
    const Pool2dParams params = Pool2dParams::uniform(spec.window, spec.stride);
    constexpr float infinity = std::numeric_limits<float>::infinity();
    switch (layer.kind()) {
    case LayerKind::MaxPool:
        return PoolTrace(padded(maps, spec.padding, -infinity), PoolMode::Max, params);
    case LayerKind::MinPool:
        return PoolTrace(padded(maps, spec.padding, infinity), PoolMode::Min, params);
    default:
        return PoolTrace(padded(maps, spec.padding, 0.0f), PoolMode::Average, params);
    }
}

ActivationStep activationLayerStep(const Layer<float>& layer, const Tensor& input, int index)
{
    requireKind(layer, {LayerKind::Tanh, LayerKind::Sigmoid, LayerKind::LeakyRelu}, "tanh, sigmoid or leaky ReLU");
    requireInput(layer, input);
    requireIndex(layer, index);
    ActivationStep step;
    step.kind = layer.kind();
    step.input = input.data()[index];
    step.slope = static_cast<float>(layer.spec().rate);
    if (step.kind == LayerKind::Tanh)
        step.exponential = std::exp(-2.0f * step.input);
    else if (step.kind == LayerKind::Sigmoid)
        step.exponential = std::exp(-step.input);
    // The layer's own function, so the total is the number the network computed.
    step.output = static_cast<const ActivationLayer<float>&>(layer).apply(step.input);
    return step;
}

BatchNormStep batchNormLayerStep(const Layer<float>& layer, const Tensor& input, int index)
{
    requireKind(layer, {LayerKind::BatchNorm}, "batch normalisation");
    requireInput(layer, input);
    requireIndex(layer, index);
    const auto& norm = static_cast<const BatchNormLayer<float>&>(layer);
    BatchNormStep step;
    step.channel = index / (layer.inputSize() / norm.channels());
    step.input = input.data()[index];
    step.mean = norm.runningMean()[step.channel];
    step.variance = norm.runningVariance()[step.channel];
    step.epsilon = static_cast<float>(norm.epsilon());
    step.normalised = (step.input - step.mean) / std::sqrt(step.variance + step.epsilon);
    step.gamma = norm.gamma()[step.channel];
    step.beta = norm.beta()[step.channel];
    step.output = step.normalised * step.gamma + step.beta;
    return step;
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
