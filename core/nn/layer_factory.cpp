#include "core/nn/layer_factory.h"

#include "core/nn/activation_layer.h"
#include "core/nn/batch_norm_layer.h"
#include "core/nn/conv_layer.h"
#include "core/nn/dense_layer.h"
#include "core/nn/dropout_layer.h"
#include "core/nn/flatten_layer.h"
#include "core/nn/global_avg_pool_layer.h"
#include "core/nn/pool_layer.h"
#include "core/nn/relu_layer.h"

#include <stdexcept>

namespace convscope::core {

template <typename T>
std::unique_ptr<Layer<T>> createLayer(const LayerSpec& spec, const LayerShape& shape)
{
    if (!shape.error.empty() || shape.output.empty())
        throw std::invalid_argument("cannot create the layer '" + spec.toText() + "': " + shape.error);
    switch (spec.kind) {
    case LayerKind::Conv:
        return std::make_unique<ConvLayer<T>>(spec, shape.input, shape.output);
    case LayerKind::Relu:
        return std::make_unique<ReluLayer<T>>(spec, shape.input);
    case LayerKind::MaxPool:
    case LayerKind::AvgPool:
    case LayerKind::MinPool:
        return std::make_unique<PoolLayer<T>>(spec, shape.input, shape.output);
    case LayerKind::Flatten:
        return std::make_unique<FlattenLayer<T>>(spec, shape.input, shape.output);
    case LayerKind::Dense:
        return std::make_unique<DenseLayer<T>>(spec, shape.input, shape.output);
    case LayerKind::Dropout:
        return std::make_unique<DropoutLayer<T>>(spec, shape.input);
    case LayerKind::Tanh:
    case LayerKind::Sigmoid:
    case LayerKind::LeakyRelu:
        return std::make_unique<ActivationLayer<T>>(spec, shape.input);
    case LayerKind::BatchNorm:
        return std::make_unique<BatchNormLayer<T>>(spec, shape.input);
    case LayerKind::GlobalAvgPool:
        return std::make_unique<GlobalAvgPoolLayer<T>>(spec, shape.input, shape.output);
    }
    throw std::logic_error("unknown layer kind");
}

template std::unique_ptr<Layer<float>> createLayer<float>(const LayerSpec&, const LayerShape&);
template std::unique_ptr<Layer<double>> createLayer<double>(const LayerSpec&, const LayerShape&);

} // namespace convscope::core
