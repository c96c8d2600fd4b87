#pragma once

#include "core/nn/layer.h"

namespace convscope::core {

// The smooth and the leaky activations, element by element (ReLU has its own ReluLayer):
//
//   tanh       out = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)     d in = d out · (1 − out²)
//   sigmoid    out = 1/(1 + e⁻ˣ)              d in = d out · out · (1 − out)
//   leakyrelu  out = x if x > 0, else A·x     d in = d out if x > 0, else A · d out
//
// The derivatives of tanh and sigmoid are written with the output, which the layer keeps anyway.
template <typename T>
class ActivationLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    ActivationLayer(const LayerSpec& spec, const std::vector<int>& shape);

    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;

    // The one value `x` through this layer's function, as forward() computes it.
    T apply(T x) const;

private:
    T m_slope; // leakyrelu's A
};

extern template class ActivationLayer<float>;
extern template class ActivationLayer<double>;

} // namespace convscope::core
