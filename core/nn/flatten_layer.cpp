#include "core/nn/flatten_layer.h"

namespace convscope::core {

template <typename T>
FlattenLayer<T>::FlattenLayer(const LayerSpec& spec, const std::vector<int>& inputShape,
                              const std::vector<int>& outputShape)
    : Layer<T>(spec, inputShape, outputShape)
{
}

template <typename T>
void FlattenLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    this->m_output.middleRows(begin, end - begin) = input.middleRows(begin, end - begin);
}

template <typename T>
void FlattenLayer<T>::backward(const Matrix& /*input*/, const Matrix& gradOutput, int begin, int end, int /*slot*/,
                               bool wantInputGradient)
{
    if (wantInputGradient)
        this->m_gradInput.middleRows(begin, end - begin) = gradOutput.middleRows(begin, end - begin);
}

template class FlattenLayer<float>;
template class FlattenLayer<double>;

} // namespace convscope::core
