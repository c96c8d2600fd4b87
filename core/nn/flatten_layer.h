#pragma once

#include "core/nn/layer.h"

namespace convscope::core {

// C × H × W → one vector of C·H·W values. A row of the batch already holds a sample's maps one
// after another (channel 0's rows, then channel 1's, …), so flattening only relabels the shape:
// the values are copied unchanged, and so is the gradient going back.
template <typename T>
class FlattenLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    FlattenLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape);

    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;
};

extern template class FlattenLayer<float>;
extern template class FlattenLayer<double>;

} // namespace convscope::core
