#pragma once

#include "core/nn/layer.h"

#include <cstdint>

namespace convscope::core {

// Inverted dropout with rate P. While training each value is kept with probability 1 − P and then
// scaled by 1/(1 − P), so the expected output equals the input and nothing changes at test time:
//
//   training:  out = in · mask,  mask = 1/(1 − P) with probability 1 − P, else 0
//   testing:   out = in
//   d in = d out · mask (the same mask)
template <typename T>
class DropoutLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    DropoutLayer(const LayerSpec& spec, const std::vector<int>& shape);

    void beginPass(std::mt19937& rng, bool training) override;
    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;

    // batch × size: the factor each value was multiplied by in the last training pass.
    const Matrix& mask() const { return m_mask; }

private:
    Matrix m_mask;
};

extern template class DropoutLayer<float>;
extern template class DropoutLayer<double>;

} // namespace convscope::core
