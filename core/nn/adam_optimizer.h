#pragma once

#include "core/nn/optimizer.h"

namespace convscope::core {

// Adam (Kingma & Ba 2015, algorithm 1), as PyTorch computes it. At step t:
//   m ← β1·m + (1 − β1)·g            running mean of the gradients
//   v ← β2·v + (1 − β2)·g²           running mean of their squares
//   p ← p − lr · m̂ / (√v̂ + ε),       m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t)
template <typename T>
class AdamOptimizer : public Optimizer<T> {
public:
    using Optimizer<T>::Optimizer;

    void step(const std::vector<ParameterView<T>>& parameters) override;
    long long stepCount() const { return m_step; }

private:
    std::vector<ColumnVector<T>> m_mean;
    std::vector<ColumnVector<T>> m_square;
    long long m_step = 0;
};

extern template class AdamOptimizer<float>;
extern template class AdamOptimizer<double>;

} // namespace convscope::core
