#pragma once

#include "core/nn/layer.h"
#include "core/nn/network_spec.h"

#include <memory>

namespace convscope::core {

// The layer class for a spec, with the shapes shape inference found for it (shape.error empty).
template <typename T>
std::unique_ptr<Layer<T>> createLayer(const LayerSpec& spec, const LayerShape& shape);

extern template std::unique_ptr<Layer<float>> createLayer<float>(const LayerSpec&, const LayerShape&);
extern template std::unique_ptr<Layer<double>> createLayer<double>(const LayerSpec&, const LayerShape&);

} // namespace convscope::core
