#pragma once

#include "core/nn/layer.h"

#include <span>

namespace convscope::core {

// Softmax followed by the cross-entropy loss against the true class, per sample:
//
//   p_i  = exp(z_i − max z) / Σ_j exp(z_j − max z)       (subtracting max z keeps exp finite)
//   loss = −log p_y = log Σ_j exp(z_j − max z) − (z_y − max z)
//   d loss / d z_i = p_i − [i = y]
//
// The network reports the mean loss over a batch, so the gradient is scaled by 1 / batch.
template <typename T>
class SoftmaxCrossEntropy {
public:
    using Matrix = RowMatrix<T>;

    void prepare(int rows, int classes);
    // Probabilities for rows [begin, end) of `logits`.
    void forward(const Matrix& logits, int begin, int end);
    // Loss and gradient for rows [begin, end) after forward(); `scale` multiplies the gradient
    // (1 / batch size for a mean loss). Returns the sum of the rows' losses.
    double lossAndGradient(std::span<const int> labels, int begin, int end, T scale);

    // batch × classes
    const Matrix& probabilities() const { return m_probabilities; }
    // batch × classes, d (mean loss) / d logits
    const Matrix& gradient() const { return m_gradient; }

private:
    Matrix m_probabilities;
    Matrix m_gradient;
    ColumnVector<T> m_logSum; // per row: log Σ_j exp(z_j − max z)
    ColumnVector<T> m_max;    // per row: max z
    const Matrix* m_logits = nullptr;
};

extern template class SoftmaxCrossEntropy<float>;
extern template class SoftmaxCrossEntropy<double>;

} // namespace convscope::core
