#include "core/nn/relu_layer.h"

namespace convscope::core {

template <typename T>
ReluLayer<T>::ReluLayer(const LayerSpec& spec, const std::vector<int>& shape)
    : Layer<T>(spec, shape, shape)
{
}

template <typename T>
void ReluLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    // Plain loops over the rows' contiguous values: the compiler turns them into max / compare-and-mask
    // vector instructions.
    const std::size_t first = static_cast<std::size_t>(begin) * this->inputSize();
    const std::size_t count = static_cast<std::size_t>(end - begin) * this->inputSize();
    const T* in = input.data() + first;
    T* out = this->m_output.data() + first;
    for (std::size_t i = 0; i < count; ++i)
        out[i] = in[i] > T(0) ? in[i] : T(0);
}

template <typename T>
void ReluLayer<T>::backward(const Matrix& /*input*/, const Matrix& gradOutput, int begin, int end, int /*slot*/,
                            bool wantInputGradient)
{
    if (!wantInputGradient)
        return;
    // At exactly 0 the derivative is taken as 0, as PyTorch does.
    const std::size_t first = static_cast<std::size_t>(begin) * this->inputSize();
    const std::size_t count = static_cast<std::size_t>(end - begin) * this->inputSize();
    const T* out = this->m_output.data() + first;
    const T* gradOut = gradOutput.data() + first;
    T* gradIn = this->m_gradInput.data() + first;
    // Both values are read before the choice, so the loop is a compare and a mask in vector
    // registers; with the read inside the choice it stayed one value at a time.
    for (std::size_t i = 0; i < count; ++i) {
        const T passed = gradOut[i];
        gradIn[i] = out[i] > T(0) ? passed : T(0);
    }
}

template class ReluLayer<float>;
template class ReluLayer<double>;

} // namespace convscope::core
