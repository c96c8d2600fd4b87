#pragma once

#include "core/nn/layer.h"

namespace convscope::core {

// out = max(0, in), element by element; d in = d out where out > 0, else 0.
template <typename T>
class ReluLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    ReluLayer(const LayerSpec& spec, const std::vector<int>& shape);

    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;
};

extern template class ReluLayer<float>;
extern template class ReluLayer<double>;

} // namespace convscope::core
