#include "core/nn/layer_spec.h"

#include <array>
#include <charconv>
#include <sstream>
#include <utility>

namespace convscope::core {
namespace {

constexpr std::array<std::pair<LayerKind, std::string_view>, 13> kindIds{{
    {LayerKind::Conv, "conv"},
    {LayerKind::Relu, "relu"},
    {LayerKind::MaxPool, "maxpool"},
    {LayerKind::AvgPool, "avgpool"},
    {LayerKind::Flatten, "flatten"},
    {LayerKind::Dense, "dense"},
    {LayerKind::Dropout, "dropout"},
    {LayerKind::Tanh, "tanh"},
    {LayerKind::Sigmoid, "sigmoid"},
    {LayerKind::LeakyRelu, "leakyrelu"},
    {LayerKind::BatchNorm, "batchnorm"},
    {LayerKind::GlobalAvgPool, "globalavgpool"},
    {LayerKind::MinPool, "minpool"},
}};

LayerSpec ofKind(LayerKind kind)
{
    LayerSpec spec;
    spec.kind = kind;
    return spec;
}

} // namespace

std::string shortestText(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string shortestFloatText(float value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string_view layerKindId(LayerKind kind)
{
    for (const auto& [k, id] : kindIds) {
        if (k == kind)
            return id;
    }
    return {};
}

std::optional<LayerKind> layerKindFromId(std::string_view id)
{
    for (const auto& [kind, name] : kindIds) {
        if (name == id)
            return kind;
    }
    return std::nullopt;
}

LayerSpec LayerSpec::conv(int filters, int size, int padding, int stride)
{
    LayerSpec spec;
    spec.kind = LayerKind::Conv;
    spec.units = filters;
    spec.window = size;
    spec.padding = padding;
    spec.stride = stride;
    return spec;
}

LayerSpec LayerSpec::relu()
{
    return LayerSpec{};
}

LayerSpec LayerSpec::maxPool(int window, int stride)
{
    LayerSpec spec;
    spec.kind = LayerKind::MaxPool;
    spec.window = window;
    spec.stride = stride == 0 ? window : stride;
    return spec;
}

LayerSpec LayerSpec::avgPool(int window, int stride)
{
    LayerSpec spec = maxPool(window, stride);
    spec.kind = LayerKind::AvgPool;
    return spec;
}

LayerSpec LayerSpec::flatten()
{
    LayerSpec spec;
    spec.kind = LayerKind::Flatten;
    return spec;
}

LayerSpec LayerSpec::dense(int outputs)
{
    LayerSpec spec;
    spec.kind = LayerKind::Dense;
    spec.units = outputs;
    return spec;
}

LayerSpec LayerSpec::dropout(double rate)
{
    LayerSpec spec;
    spec.kind = LayerKind::Dropout;
    spec.rate = rate;
    return spec;
}

std::int64_t LayerSpec::parameterCount(int inputDepth) const
{
    switch (kind) {
    case LayerKind::Conv:
        return static_cast<std::int64_t>(units) * (static_cast<std::int64_t>(inputDepth) * window * window + 1);
    case LayerKind::Dense:
        return static_cast<std::int64_t>(units) * (static_cast<std::int64_t>(inputDepth) + 1);
    case LayerKind::BatchNorm:
        return 2 * static_cast<std::int64_t>(inputDepth);
    case LayerKind::Relu:
    case LayerKind::MaxPool:
    case LayerKind::AvgPool:
    case LayerKind::MinPool:
    case LayerKind::GlobalAvgPool:
    case LayerKind::Tanh:
    case LayerKind::Sigmoid:
    case LayerKind::LeakyRelu:
    case LayerKind::Flatten:
    case LayerKind::Dropout:
        break;
    }
    return 0;
}

LayerSpec LayerSpec::tanh()
{
    return ofKind(LayerKind::Tanh);
}

LayerSpec LayerSpec::sigmoid()
{
    return ofKind(LayerKind::Sigmoid);
}

LayerSpec LayerSpec::leakyRelu(double slope)
{
    LayerSpec spec = ofKind(LayerKind::LeakyRelu);
    spec.rate = slope;
    return spec;
}

LayerSpec LayerSpec::minPool(int window, int stride)
{
    LayerSpec spec = maxPool(window, stride);
    spec.kind = LayerKind::MinPool;
    return spec;
}

LayerSpec LayerSpec::globalAvgPool()
{
    return ofKind(LayerKind::GlobalAvgPool);
}

LayerSpec LayerSpec::batchNorm(double epsilon)
{
    LayerSpec spec = ofKind(LayerKind::BatchNorm);
    spec.epsilon = epsilon;
    return spec;
}

std::string LayerSpec::toText() const
{
    std::ostringstream text;
    text << layerKindId(kind);
    switch (kind) {
    case LayerKind::Conv:
        text << ' ' << units << ' ' << window;
        if (stride != 1)
            text << " stride " << stride;
        if (padding != 0)
            text << " pad " << padding;
        break;
    case LayerKind::MaxPool:
    case LayerKind::AvgPool:
    case LayerKind::MinPool:
        text << ' ' << window;
        if (stride != window)
            text << " stride " << stride;
        if (padding != 0)
            text << " pad " << padding;
        break;
    case LayerKind::Dense:
        text << ' ' << units;
        break;
    case LayerKind::Dropout:
    case LayerKind::LeakyRelu:
        text << ' ' << shortestText(rate);
        break;
    case LayerKind::BatchNorm:
        if (epsilon != defaultBatchNormEpsilon)
            text << " eps " << shortestText(epsilon);
        break;
    case LayerKind::Relu:
    case LayerKind::Flatten:
    case LayerKind::Tanh:
    case LayerKind::Sigmoid:
    case LayerKind::GlobalAvgPool:
        break;
    }
    return text.str();
}

bool LayerSpec::operator==(const LayerSpec& other) const
{
    // The source line is where a layer came from, not what it is.
    return kind == other.kind && units == other.units && window == other.window && stride == other.stride
        && padding == other.padding && rate == other.rate && epsilon == other.epsilon;
}

} // namespace convscope::core
