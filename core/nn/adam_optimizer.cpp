#include "core/nn/adam_optimizer.h"

#include <cmath>

namespace convscope::core {

template <typename T>
void AdamOptimizer<T>::step(const std::vector<ParameterView<T>>& parameters)
{
    this->ensureState(m_mean, parameters);
    this->ensureState(m_square, parameters);
    ++m_step;
    const OptimizerSettings& s = this->m_settings;
    const double meanCorrection = 1.0 - std::pow(s.beta1, static_cast<double>(m_step));
    const double squareCorrection = 1.0 - std::pow(s.beta2, static_cast<double>(m_step));
    // lr · m̂ / (√v̂ + ε) = (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)
    const T stepSize = static_cast<T>(s.learningRate / meanCorrection);
    const T rootCorrection = static_cast<T>(1.0 / std::sqrt(squareCorrection));
    const T beta1 = static_cast<T>(s.beta1);
    const T beta2 = static_cast<T>(s.beta2);
    const T epsilon = static_cast<T>(s.epsilon);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const auto size = static_cast<Eigen::Index>(parameters[i].size);
        Eigen::Map<ColumnVector<T>> values(parameters[i].values, size);
        const Eigen::Map<const ColumnVector<T>> gradient(parameters[i].gradient, size);
        m_mean[i] = beta1 * m_mean[i] + (T(1) - beta1) * gradient;
        m_square[i] = beta2 * m_square[i] + (T(1) - beta2) * gradient.cwiseAbs2();
        values.array() -= stepSize * m_mean[i].array() / (m_square[i].array().sqrt() * rootCorrection + epsilon);
    }
}

template class AdamOptimizer<float>;
template class AdamOptimizer<double>;

} // namespace convscope::core
