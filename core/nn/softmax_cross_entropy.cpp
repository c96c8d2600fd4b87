#include "core/nn/softmax_cross_entropy.h"

#include <cmath>

namespace convscope::core {

template <typename T>
void SoftmaxCrossEntropy<T>::prepare(int rows, int classes)
{
    if (m_probabilities.rows() != rows || m_probabilities.cols() != classes) {
        m_probabilities.resize(rows, classes);
        m_gradient.resize(rows, classes);
        m_logSum.resize(rows);
        m_max.resize(rows);
    }
}

template <typename T>
void SoftmaxCrossEntropy<T>::forward(const Matrix& logits, int begin, int end)
{
    m_logits = &logits;
    for (int n = begin; n < end; ++n) {
        const T top = logits.row(n).maxCoeff();
        m_probabilities.row(n) = (logits.row(n).array() - top).exp();
        const T sum = m_probabilities.row(n).sum();
        m_probabilities.row(n) /= sum;
        m_max(n) = top;
        m_logSum(n) = std::log(sum);
    }
}

template <typename T>
double SoftmaxCrossEntropy<T>::lossAndGradient(std::span<const int> labels, int begin, int end, T scale)
{
    double total = 0.0;
    for (int n = begin; n < end; ++n) {
        const int label = labels[static_cast<std::size_t>(n)];
        total += static_cast<double>(m_logSum(n) - ((*m_logits)(n, label) - m_max(n)));
        m_gradient.row(n) = m_probabilities.row(n) * scale;
        m_gradient(n, label) -= scale;
    }
    return total;
}

template class SoftmaxCrossEntropy<float>;
template class SoftmaxCrossEntropy<double>;

} // namespace convscope::core
