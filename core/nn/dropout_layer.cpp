#include "core/nn/dropout_layer.h"

namespace convscope::core {

template <typename T>
DropoutLayer<T>::DropoutLayer(const LayerSpec& spec, const std::vector<int>& shape)
    : Layer<T>(spec, shape, shape)
{
}

template <typename T>
void DropoutLayer<T>::beginPass(std::mt19937& rng, bool training)
{
    if (!training)
        return;
    const double rate = this->spec().rate;
    const T kept = static_cast<T>(1.0 / (1.0 - rate));
    m_mask.resize(this->m_output.rows(), this->outputSize());
    T* mask = m_mask.data();
    for (Eigen::Index i = 0; i < m_mask.size(); ++i)
        mask[i] = unitUniform(rng) < rate ? T(0) : kept;
}

template <typename T>
void DropoutLayer<T>::forward(const Matrix& input, int begin, int end, bool training, int /*slot*/)
{
    const int rows = end - begin;
    if (training)
        this->m_output.middleRows(begin, rows) = input.middleRows(begin, rows).cwiseProduct(m_mask.middleRows(begin, rows));
    else
        this->m_output.middleRows(begin, rows) = input.middleRows(begin, rows);
}

template <typename T>
void DropoutLayer<T>::backward(const Matrix& /*input*/, const Matrix& gradOutput, int begin, int end, int /*slot*/,
                               bool wantInputGradient)
{
    if (!wantInputGradient)
        return;
    const int rows = end - begin;
    this->m_gradInput.middleRows(begin, rows) = gradOutput.middleRows(begin, rows).cwiseProduct(m_mask.middleRows(begin, rows));
}

template class DropoutLayer<float>;
template class DropoutLayer<double>;

} // namespace convscope::core
