#include "core/nn/activation_layer.h"

#include <cmath>

namespace convscope::core {

template <typename T>
ActivationLayer<T>::ActivationLayer(const LayerSpec& spec, const std::vector<int>& shape)
    : Layer<T>(spec, shape, shape)
    , m_slope(static_cast<T>(spec.rate))
{
}

template <typename T>
T ActivationLayer<T>::apply(T x) const
{
    switch (this->kind()) {
    case LayerKind::Tanh:
        return std::tanh(x);
    case LayerKind::Sigmoid:
        // 1/(1 + e⁻ˣ) for x ≥ 0 and eˣ/(1 + eˣ) below, so the exponential never overflows.
        if (x >= T(0))
            return T(1) / (T(1) + std::exp(-x));
        return std::exp(x) / (T(1) + std::exp(x));
    default:
        return x > T(0) ? x : m_slope * x;
    }
}

template <typename T>
void ActivationLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    const std::size_t first = static_cast<std::size_t>(begin) * this->inputSize();
    const std::size_t count = static_cast<std::size_t>(end - begin) * this->inputSize();
    const T* in = input.data() + first;
    T* out = this->m_output.data() + first;
    for (std::size_t i = 0; i < count; ++i)
        out[i] = apply(in[i]);
}

template <typename T>
void ActivationLayer<T>::backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int /*slot*/,
                                  bool wantInputGradient)
{
    if (!wantInputGradient)
        return;
    const std::size_t first = static_cast<std::size_t>(begin) * this->inputSize();
    const std::size_t count = static_cast<std::size_t>(end - begin) * this->inputSize();
    const T* in = input.data() + first;
    const T* out = this->m_output.data() + first;
    const T* gradOut = gradOutput.data() + first;
    T* gradIn = this->m_gradInput.data() + first;
    switch (this->kind()) {
    case LayerKind::Tanh:
        for (std::size_t i = 0; i < count; ++i)
            gradIn[i] = gradOut[i] * (T(1) - out[i] * out[i]);
        break;
    case LayerKind::Sigmoid:
        for (std::size_t i = 0; i < count; ++i)
            gradIn[i] = gradOut[i] * out[i] * (T(1) - out[i]);
        break;
    default:
        // At exactly 0 the slope A is taken, as PyTorch does.
        for (std::size_t i = 0; i < count; ++i)
            gradIn[i] = in[i] > T(0) ? gradOut[i] : m_slope * gradOut[i];
        break;
    }
}

template class ActivationLayer<float>;
template class ActivationLayer<double>;

} // namespace convscope::core
