#include "core/nn/sgd_optimizer.h"

namespace convscope::core {

template <typename T>
void SgdOptimizer<T>::step(const std::vector<ParameterView<T>>& parameters)
{
    this->ensureState(m_velocity, parameters);
    const T rate = static_cast<T>(this->m_settings.learningRate);
    const T momentum = static_cast<T>(this->m_settings.momentum);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const auto size = static_cast<Eigen::Index>(parameters[i].size);
        Eigen::Map<ColumnVector<T>> values(parameters[i].values, size);
        const Eigen::Map<const ColumnVector<T>> gradient(parameters[i].gradient, size);
        m_velocity[i] = momentum * m_velocity[i] + gradient;
        values -= rate * m_velocity[i];
    }
}

template class SgdOptimizer<float>;
template class SgdOptimizer<double>;

} // namespace convscope::core
