#include "core/nn/dense_layer.h"

#include "core/nn/gemm.h"

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
    // backward() adds each range of rows' share, so a pass starts from zero.
    for (int s = 0; s < slots; ++s) {
        m_slotWeightGradient[s].setZero();
        m_slotBiasGradient[s].setZero();
    }
}

template <typename T>
void DenseLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    const int rows = end - begin;
    const auto outputs = static_cast<int>(m_weights.rows());
    const auto inputs = static_cast<int>(m_weights.cols());
    gemm(rowMajor(input.data() + static_cast<std::size_t>(begin) * inputs, rows, inputs),
         transposeOf(m_weights.data(), outputs, inputs), this->m_output.data() + static_cast<std::size_t>(begin) * outputs,
         outputs, false);
    this->m_output.middleRows(begin, rows).rowwise() += m_bias.transpose();
}

template <typename T>
void DenseLayer<T>::backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                             bool wantInputGradient)
{
    const int rows = end - begin;
    const auto outputs = static_cast<int>(m_weights.rows());
    const auto inputs = static_cast<int>(m_weights.cols());
    const T* gradOut = gradOutput.data() + static_cast<std::size_t>(begin) * outputs;
    const T* in = input.data() + static_cast<std::size_t>(begin) * inputs;
    gemm(transposeOf(gradOut, rows, outputs), rowMajor(in, rows, inputs), m_slotWeightGradient[slot].data(), inputs,
         true);
    m_slotBiasGradient[slot].noalias() += gradOutput.middleRows(begin, rows).colwise().sum().transpose();
    if (wantInputGradient) {
        gemm(rowMajor(gradOut, rows, outputs), rowMajor(m_weights.data(), outputs, inputs),
             this->m_gradInput.data() + static_cast<std::size_t>(begin) * inputs, inputs, false);
    }
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
