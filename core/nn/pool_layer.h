#pragma once

#include "core/nn/layer.h"

#include <cstdint>

namespace convscope::core {

// Max, min or average pooling of each channel on its own, F×F windows moved by S over the input
// with P cells of padding on each side (P ≤ F/2, so every window holds a cell of the image):
//
//   input  C × H × W  →  output  C × Ho × Wo,   Ho = (H − F + 2P)/S + 1 rounded down, likewise Wo
//   window (y, x):  rows y·S − P … y·S − P + F − 1, columns likewise
//   max, min: out[c][y][x] = max (min) of the window's image cells, the padding being −∞ (+∞);
//             d in gets d out at the cell that won (the first one in reading order on a tie),
//             nothing elsewhere
//   average:  out[c][y][x] = (sum of the window's image cells) / F², the padding counting as
//             zeros (PyTorch's count_include_pad); d in gets d out / F² at every image cell of the
//             window
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

    bool isAverage() const { return this->kind() == LayerKind::AvgPool; }

private:
    int m_channels, m_height, m_width;
    int m_size, m_stride, m_pad;
    int m_outHeight, m_outWidth;
    // Max and min pooling: for every output value, the index within its sample's input of the
    // winning cell; batch × outputSize.
    std::vector<std::int32_t> m_winner;
};

extern template class PoolLayer<float>;
extern template class PoolLayer<double>;

} // namespace convscope::core
