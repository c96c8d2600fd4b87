#include "core/nn/batch_norm_layer.h"

#include <cmath>

namespace convscope::core {

template <typename T>
BatchNormLayer<T>::BatchNormLayer(const LayerSpec& spec, const std::vector<int>& shape)
    : Layer<T>(spec, shape, shape)
    , m_channels(shape.at(0))
    , m_area(this->inputSize() / shape.at(0))
    , m_epsilon(static_cast<T>(spec.epsilon))
    , m_gamma(ColumnVector<T>::Ones(m_channels))
    , m_beta(ColumnVector<T>::Zero(m_channels))
    , m_gammaGradient(ColumnVector<T>::Zero(m_channels))
    , m_betaGradient(ColumnVector<T>::Zero(m_channels))
    , m_runningMean(ColumnVector<T>::Zero(m_channels))
    , m_runningVariance(ColumnVector<T>::Ones(m_channels))
    , m_batchMean(ColumnVector<T>::Zero(m_channels))
    , m_batchInverseStd(ColumnVector<T>::Ones(m_channels))
    , m_gradSum(ColumnVector<T>::Zero(m_channels))
    , m_gradXhatSum(ColumnVector<T>::Zero(m_channels))
{
}

template <typename T>
Eigen::Map<const typename BatchNormLayer<T>::Matrix> BatchNormLayer<T>::channelsOf(const Matrix& batch, int n) const
{
    return Eigen::Map<const Matrix>(batch.data() + static_cast<std::size_t>(n) * this->inputSize(), m_channels, m_area);
}

template <typename T>
void BatchNormLayer<T>::beginForward(const Matrix& input, bool training)
{
    if (!training)
        return;
    const int rows = static_cast<int>(input.rows());
    const double count = static_cast<double>(rows) * m_area;
    // Sums in double: a channel of a large batch adds up hundreds of thousands of values.
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(m_channels);
    for (int n = 0; n < rows; ++n)
        sum += channelsOf(input, n).rowwise().sum().template cast<double>();
    const Eigen::VectorXd mean = sum / count;
    Eigen::VectorXd squares = Eigen::VectorXd::Zero(m_channels);
    for (int n = 0; n < rows; ++n) {
        const Eigen::MatrixXd centred = channelsOf(input, n).template cast<double>().colwise() - mean;
        squares += centred.array().square().rowwise().sum().matrix();
    }
    const Eigen::VectorXd variance = squares / count;
    const double unbiased = count > 1 ? count / (count - 1) : 1.0;
    m_batchMean = mean.cast<T>();
    m_batchInverseStd = (variance.array() + static_cast<double>(m_epsilon)).rsqrt().matrix().cast<T>();
    m_runningMean = ((1 - momentum) * m_runningMean.template cast<double>() + momentum * mean).template cast<T>();
    const Eigen::VectorXd runningVariance = m_runningVariance.template cast<double>();
    m_runningVariance = ((1 - momentum) * runningVariance + momentum * unbiased * variance).template cast<T>();
}

template <typename T>
void BatchNormLayer<T>::forward(const Matrix& input, int begin, int end, bool training, int /*slot*/)
{
    // out = x · scale + shift per channel, scale = γ/√(var + ε), shift = β − mean · scale.
    ColumnVector<T> scale;
    ColumnVector<T> shift;
    if (training) {
        scale = m_gamma.cwiseProduct(m_batchInverseStd);
        shift = m_beta - m_batchMean.cwiseProduct(scale);
    } else {
        scale = m_gamma.array() / (m_runningVariance.array() + m_epsilon).sqrt();
        shift = m_beta - m_runningMean.cwiseProduct(scale);
    }
    for (int n = begin; n < end; ++n) {
        Eigen::Map<Matrix> out(this->m_output.data() + static_cast<std::size_t>(n) * this->outputSize(), m_channels,
                               m_area);
        out = (channelsOf(input, n).array().colwise() * scale.array()).colwise() + shift.array();
    }
}

template <typename T>
void BatchNormLayer<T>::beginBackward(const Matrix& input, const Matrix& gradOutput)
{
    m_gradSum.setZero();
    m_gradXhatSum.setZero();
    for (int n = 0; n < static_cast<int>(input.rows()); ++n) {
        const Eigen::Map<const Matrix> grad = channelsOf(gradOutput, n);
        const Matrix xhat = ((channelsOf(input, n).array().colwise() - m_batchMean.array()).colwise()
                             * m_batchInverseStd.array())
                                .matrix();
        m_gradSum += grad.rowwise().sum();
        m_gradXhatSum += grad.cwiseProduct(xhat).rowwise().sum();
    }
    m_betaGradient = m_gradSum;
    m_gammaGradient = m_gradXhatSum;
}

template <typename T>
void BatchNormLayer<T>::backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int /*slot*/,
                                 bool wantInputGradient)
{
    if (!wantInputGradient)
        return;
    const T count = static_cast<T>(gradOutput.rows()) * static_cast<T>(m_area);
    const ColumnVector<T> factor = m_gamma.cwiseProduct(m_batchInverseStd);
    const ColumnVector<T> meanGrad = m_gradSum / count;
    const ColumnVector<T> meanGradXhat = m_gradXhatSum / count;
    for (int n = begin; n < end; ++n) {
        const Matrix xhat = ((channelsOf(input, n).array().colwise() - m_batchMean.array()).colwise()
                             * m_batchInverseStd.array())
                                .matrix();
        Eigen::Map<Matrix> gradIn(this->m_gradInput.data() + static_cast<std::size_t>(n) * this->inputSize(),
                                  m_channels, m_area);
        gradIn = (((channelsOf(gradOutput, n).array().colwise() - meanGrad.array())
                   - xhat.array().colwise() * meanGradXhat.array())
                      .colwise()
                  * factor.array())
                     .matrix();
    }
}

template <typename T>
std::vector<ParameterView<T>> BatchNormLayer<T>::parameters()
{
    const std::vector<int> shape{m_channels};
    const auto size = static_cast<std::size_t>(m_channels);
    return {
        {"gamma", shape, m_gamma.data(), m_gammaGradient.data(), size},
        {"beta", shape, m_beta.data(), m_betaGradient.data(), size},
    };
}

template <typename T>
std::vector<ParameterView<T>> BatchNormLayer<T>::statistics()
{
    const std::vector<int> shape{m_channels};
    const auto size = static_cast<std::size_t>(m_channels);
    return {
        {"running_mean", shape, m_runningMean.data(), nullptr, size},
        {"running_var", shape, m_runningVariance.data(), nullptr, size},
    };
}

template <typename T>
void BatchNormLayer<T>::initialise(std::mt19937& /*rng*/, bool /*reluFollows*/)
{
    m_gamma.setOnes();
    m_beta.setZero();
    m_runningMean.setZero();
    m_runningVariance.setOnes();
}

template class BatchNormLayer<float>;
template class BatchNormLayer<double>;

} // namespace convscope::core
