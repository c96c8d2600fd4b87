#pragma once

#include "core/nn/layer.h"
#include "core/nn/layer_factory.h"
#include "core/nn/network_spec.h"

#include <memory>
#include <random>
#include <vector>

namespace convscope::test {

// A single layer with the shapes shape inference gives it after `input`.
template <typename T>
std::unique_ptr<core::Layer<T>> makeLayer(const core::LayerSpec& spec, std::vector<int> input)
{
    core::NetworkSpec network;
    network.input = std::move(input);
    network.layers = {spec};
    return core::createLayer<T>(spec, network.inferShapes().front());
}

// A rows × cols matrix of values drawn uniformly from [low, high).
template <typename T>
core::RowMatrix<T> randomMatrix(int rows, int cols, std::mt19937& rng, double low = -1.0, double high = 1.0)
{
    std::uniform_real_distribution<double> draw(low, high);
    core::RowMatrix<T> matrix(rows, cols);
    for (Eigen::Index i = 0; i < matrix.size(); ++i)
        matrix.data()[i] = static_cast<T>(draw(rng));
    return matrix;
}

// Sets every learned array of a layer from a list of values, in parameters() order.
template <typename T>
void setParameters(core::Layer<T>& layer, const std::vector<std::vector<T>>& arrays)
{
    const std::vector<core::ParameterView<T>> views = layer.parameters();
    for (std::size_t i = 0; i < arrays.size(); ++i)
        std::copy(arrays[i].begin(), arrays[i].end(), views.at(i).values);
}

// One forward pass over all rows with a single slot.
template <typename T>
const core::RowMatrix<T>& runForward(core::Layer<T>& layer, const core::RowMatrix<T>& input, bool training = false)
{
    layer.prepare(static_cast<int>(input.rows()), 1);
    layer.forward(input, 0, static_cast<int>(input.rows()), training, 0);
    return layer.output();
}

} // namespace convscope::test
