#pragma once

#include "core/nn/parameter_layer.h"

namespace convscope::core {

// Fully connected: every output sees every input.
//
//   input   batch × M
//   weights N × M        row j holds output j's weights (PyTorch's layout)
//   output  batch × N  = input · weightsᵀ + biasᵀ
//
// Backward over the rows of a batch:
//   d weights = d outputᵀ · input,   d bias = column sums of d output,   d input = d output · weights
template <typename T>
class DenseLayer : public ParameterLayer<T> {
public:
    using typename ParameterLayer<T>::Matrix;

    DenseLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape);

    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;
    // weights() is N × M, bias() is N (ParameterLayer's, with their gradients).
};

extern template class DenseLayer<float>;
extern template class DenseLayer<double>;

} // namespace convscope::core
