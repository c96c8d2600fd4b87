#include "core/nn/layer.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <numeric>

namespace convscope::core {

template <typename T>
Layer<T>::Layer(const LayerSpec& spec, std::vector<int> inputShape, std::vector<int> outputShape)
    : m_spec(spec)
    , m_inputShape(std::move(inputShape))
    , m_outputShape(std::move(outputShape))
    , m_inputSize(std::accumulate(m_inputShape.begin(), m_inputShape.end(), 1, std::multiplies<>()))
    , m_outputSize(std::accumulate(m_outputShape.begin(), m_outputShape.end(), 1, std::multiplies<>()))
{
}

template <typename T>
void Layer<T>::prepare(int rows, int /*slots*/)
{
    if (m_output.rows() != rows) {
        m_output.resize(rows, m_outputSize);
        m_gradInput.resize(rows, m_inputSize);
    }
}

template <typename T>
Tensor Layer<T>::outputTensor(int row) const
{
    assert(row >= 0 && row < m_output.rows());
    Tensor tensor(m_outputShape);
    const T* source = m_output.data() + static_cast<std::size_t>(row) * m_outputSize;
    std::copy(source, source + m_outputSize, tensor.data());
    return tensor;
}

template <typename T>
std::vector<Tensor> Layer<T>::parameterTensors() const
{
    // parameters() hands out writable views for the optimisers; here they are only read.
    std::vector<Tensor> tensors;
    for (const ParameterView<T>& view : const_cast<Layer<T>*>(this)->parameters()) {
        Tensor tensor(view.shape);
        std::copy(view.values, view.values + view.size, tensor.data());
        tensors.push_back(std::move(tensor));
    }
    return tensors;
}

template class Layer<float>;
template class Layer<double>;

} // namespace convscope::core
