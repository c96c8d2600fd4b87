#include "core/nn/dense_layer.h"

#include <cmath>

namespace convscope::core {

template <typename T>
DenseLayer<T>::DenseLayer(const LayerSpec& spec, const std::vector<int>& inputShape,
                          const std::vector<int>& outputShape)
    : Layer<T>(spec, inputShape, outputShape)
    , m_weights(Matrix::Zero(spec.units, inputShape.at(0)))
    , m_bias(ColumnVector<T>::Zero(spec.units))
    , m_weightGradient(Matrix::Zero(spec.units, inputShape.at(0)))
    , m_biasGradient(ColumnVector<T>::Zero(spec.units))
{
}

template <typename T>
void DenseLayer<T>::prepare(int rows, int slots)
{
    Layer<T>::prepare(rows, slots);
    if (static_cast<int>(m_slotWeightGradient.size()) != slots) {
        m_slotWeightGradient.assign(slots, Matrix(m_weights.rows(), m_weights.cols()));
        m_slotBiasGradient.assign(slots, ColumnVector<T>(m_bias.size()));
    }
}

template <typename T>
void DenseLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    const int rows = end - begin;
    auto out = this->m_output.middleRows(begin, rows);
    out.noalias() = input.middleRows(begin, rows) * m_weights.transpose();
    out.rowwise() += m_bias.transpose();
}

template <typename T>
void DenseLayer<T>::backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                             bool wantInputGradient)
{
    const int rows = end - begin;
    const auto gradOut = gradOutput.middleRows(begin, rows);
    m_slotWeightGradient[slot].noalias() = gradOut.transpose() * input.middleRows(begin, rows);
    m_slotBiasGradient[slot].noalias() = gradOut.colwise().sum().transpose();
    if (wantInputGradient)
        this->m_gradInput.middleRows(begin, rows).noalias() = gradOut * m_weights;
}

template <typename T>
void DenseLayer<T>::gatherGradients(int slots)
{
    m_weightGradient = m_slotWeightGradient[0];
    m_biasGradient = m_slotBiasGradient[0];
    for (int s = 1; s < slots; ++s) {
        m_weightGradient += m_slotWeightGradient[s];
        m_biasGradient += m_slotBiasGradient[s];
    }
}

template <typename T>
std::vector<ParameterView<T>> DenseLayer<T>::parameters()
{
    return {
        {"weights", {static_cast<int>(m_weights.rows()), static_cast<int>(m_weights.cols())}, m_weights.data(),
         m_weightGradient.data(), static_cast<std::size_t>(m_weights.size())},
        {"bias", {static_cast<int>(m_bias.size())}, m_bias.data(), m_biasGradient.data(),
         static_cast<std::size_t>(m_bias.size())},
    };
}

template <typename T>
void DenseLayer<T>::initialise(std::mt19937& rng, bool reluFollows)
{
    const double fanIn = static_cast<double>(m_weights.cols());
    const double fanOut = static_cast<double>(m_weights.rows());
    const double limit = reluFollows ? std::sqrt(6.0 / fanIn) : std::sqrt(6.0 / (fanIn + fanOut));
    fillUniform(m_weights.data(), static_cast<std::size_t>(m_weights.size()), limit, rng);
    m_bias.setZero();
}

template class DenseLayer<float>;
template class DenseLayer<double>;

} // namespace convscope::core
