#pragma once

#include "core/nn/optimizer.h"

namespace convscope::core {

// Stochastic gradient descent with momentum, in PyTorch's form:
//   v ← μ·v + g,   p ← p − lr·v          (v starts at 0; μ = 0 gives p ← p − lr·g)
template <typename T>
class SgdOptimizer : public Optimizer<T> {
public:
    using Optimizer<T>::Optimizer;

    void step(const std::vector<ParameterView<T>>& parameters) override;

private:
    std::vector<ColumnVector<T>> m_velocity;
};

extern template class SgdOptimizer<float>;
extern template class SgdOptimizer<double>;

} // namespace convscope::core
