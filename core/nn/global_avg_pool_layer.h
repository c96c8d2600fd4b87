#pragma once

#include "core/nn/layer.h"

namespace convscope::core {

// The mean of each map (PyTorch's AdaptiveAvgPool2d(1), ONNX's GlobalAveragePool):
//
//   input  C × H × W  →  output  C × 1 × 1,   out[c] = (1 / (H·W)) Σ_y Σ_x in[c][y][x]
//   d in[c][y][x] = d out[c] / (H·W)
template <typename T>
class GlobalAvgPoolLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    GlobalAvgPoolLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape);

    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;

private:
    int m_channels;
    int m_area; // H·W
};

extern template class GlobalAvgPoolLayer<float>;
extern template class GlobalAvgPoolLayer<double>;

} // namespace convscope::core
