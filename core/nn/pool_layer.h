#pragma once

#include "core/nn/layer.h"

#include <cstdint>

namespace convscope::core {

// Max or average pooling of each channel on its own, F×F windows moved by S (no padding):
//
//   input  C × H × W  →  output  C × Ho × Wo,   Ho = (H − F)/S + 1 rounded down, likewise Wo
//   max:      out[c][y][x] = max of the window;  d in gets d out at the cell that won (the first
//             one in reading order on a tie), nothing elsewhere
//   average:  out[c][y][x] = mean of the window; d in gets d out / F² at every cell of the window
//
// Overlapping windows (S < F) add their gradients up.
template <typename T>
class PoolLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    PoolLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape);

    void prepare(int rows, int slots) override;
    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;

    bool isMax() const { return this->kind() == LayerKind::MaxPool; }

private:
    int m_channels, m_height, m_width;
    int m_size, m_stride;
    int m_outHeight, m_outWidth;
    // Max pooling: for every output value, the index within its sample's input of the winning
    // cell; batch × outputSize.
    std::vector<std::int32_t> m_winner;
};

extern template class PoolLayer<float>;
extern template class PoolLayer<double>;

} // namespace convscope::core
