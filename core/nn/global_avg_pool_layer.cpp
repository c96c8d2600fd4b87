#include "core/nn/global_avg_pool_layer.h"

namespace convscope::core {

template <typename T>
GlobalAvgPoolLayer<T>::GlobalAvgPoolLayer(const LayerSpec& spec, const std::vector<int>& inputShape,
                                          const std::vector<int>& outputShape)
    : Layer<T>(spec, inputShape, outputShape)
    , m_channels(inputShape.at(0))
    , m_area(inputShape.at(1) * inputShape.at(2))
{
}

template <typename T>
void GlobalAvgPoolLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    // A row of the input is C maps of H·W values one after another: as a C × (H·W) matrix its
    // row means are the output.
    for (int n = begin; n < end; ++n) {
        const Eigen::Map<const Matrix> maps(input.data() + static_cast<std::size_t>(n) * this->inputSize(), m_channels,
                                            m_area);
        this->m_output.row(n) = maps.rowwise().mean().transpose();
    }
}

template <typename T>
void GlobalAvgPoolLayer<T>::backward(const Matrix& /*input*/, const Matrix& gradOutput, int begin, int end,
                                     int /*slot*/, bool wantInputGradient)
{
    if (!wantInputGradient)
        return;
    const T scale = T(1) / static_cast<T>(m_area);
    for (int n = begin; n < end; ++n) {
        Eigen::Map<Matrix> gradMaps(this->m_gradInput.data() + static_cast<std::size_t>(n) * this->inputSize(),
                                    m_channels, m_area);
        gradMaps = (gradOutput.row(n).transpose() * scale).replicate(1, m_area);
    }
}

template class GlobalAvgPoolLayer<float>;
template class GlobalAvgPoolLayer<double>;

} // namespace convscope::core
