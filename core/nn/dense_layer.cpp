#include "core/nn/dense_layer.h"

#include "core/nn/gemm.h"

namespace convscope::core {

template <typename T>
DenseLayer<T>::DenseLayer(const LayerSpec& spec, const std::vector<int>& inputShape,
                          const std::vector<int>& outputShape)
    : ParameterLayer<T>(spec, inputShape, outputShape, {spec.units, inputShape.at(0)})
{
}

template <typename T>
void DenseLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    const int rows = end - begin;
    const auto outputs = static_cast<int>(this->m_weights.rows());
    const auto inputs = static_cast<int>(this->m_weights.cols());
    gemm(rowMajor(input.data() + static_cast<std::size_t>(begin) * inputs, rows, inputs),
         transposeOf(this->m_weights.data(), outputs, inputs),
         this->m_output.data() + static_cast<std::size_t>(begin) * outputs, outputs, false);
    this->m_output.middleRows(begin, rows).rowwise() += this->m_bias.transpose();
}

template <typename T>
void DenseLayer<T>::backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                             bool wantInputGradient)
{
    const int rows = end - begin;
    const auto outputs = static_cast<int>(this->m_weights.rows());
    const auto inputs = static_cast<int>(this->m_weights.cols());
    const T* gradOut = gradOutput.data() + static_cast<std::size_t>(begin) * outputs;
    const T* in = input.data() + static_cast<std::size_t>(begin) * inputs;
    gemm(transposeOf(gradOut, rows, outputs), rowMajor(in, rows, inputs), this->m_slotWeightGradient[slot].data(),
         inputs, true);
    this->m_slotBiasGradient[slot].noalias() += gradOutput.middleRows(begin, rows).colwise().sum().transpose();
    if (wantInputGradient) {
        gemm(rowMajor(gradOut, rows, outputs), rowMajor(this->m_weights.data(), outputs, inputs),
             this->m_gradInput.data() + static_cast<std::size_t>(begin) * inputs, inputs, false);
    }
}

template class DenseLayer<float>;
template class DenseLayer<double>;

} // namespace convscope::core
