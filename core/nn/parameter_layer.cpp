#include "core/nn/parameter_layer.h"

#include <cmath>
#include <functional>
#include <numeric>

namespace convscope::core {
namespace {

// The window of one input channel: the product of weightShape's dimensions after the first two
// (F·F for a convolution, 1 for a fully connected layer).
int windowSize(const std::vector<int>& weightShape)
{
    return std::accumulate(weightShape.begin() + 2, weightShape.end(), 1, std::multiplies<>());
}

} // namespace

template <typename T>
ParameterLayer<T>::ParameterLayer(const LayerSpec& spec, std::vector<int> inputShape, std::vector<int> outputShape,
                                  std::vector<int> weightShape)
    : Layer<T>(spec, std::move(inputShape), std::move(outputShape))
    , m_weights(Matrix::Zero(weightShape.at(0), weightShape.at(1) * windowSize(weightShape)))
    , m_bias(ColumnVector<T>::Zero(weightShape.at(0)))
    , m_weightShape(std::move(weightShape))
    , m_weightGradient(Matrix::Zero(m_weights.rows(), m_weights.cols()))
    , m_biasGradient(ColumnVector<T>::Zero(m_bias.size()))
{
}

template <typename T>
void ParameterLayer<T>::prepare(int rows, int slots)
{
    Layer<T>::prepare(rows, slots);
    if (static_cast<int>(m_slotWeightGradient.size()) != slots) {
        m_slotWeightGradient.assign(slots, Matrix(m_weights.rows(), m_weights.cols()));
        m_slotBiasGradient.assign(slots, ColumnVector<T>(m_bias.size()));
    }
    for (int s = 0; s < slots; ++s) {
        m_slotWeightGradient[s].setZero();
        m_slotBiasGradient[s].setZero();
    }
}

template <typename T>
void ParameterLayer<T>::gatherGradients(int slots)
{
    m_weightGradient = m_slotWeightGradient[0];
    m_biasGradient = m_slotBiasGradient[0];
    for (int s = 1; s < slots; ++s) {
        m_weightGradient += m_slotWeightGradient[s];
        m_biasGradient += m_slotBiasGradient[s];
    }
}

template <typename T>
std::vector<ParameterView<T>> ParameterLayer<T>::parameters()
{
    return {
        {"weights", m_weightShape, m_weights.data(), m_weightGradient.data(),
         static_cast<std::size_t>(m_weights.size())},
        {"bias", {static_cast<int>(m_bias.size())}, m_bias.data(), m_biasGradient.data(),
         static_cast<std::size_t>(m_bias.size())},
    };
}

template <typename T>
void ParameterLayer<T>::initialise(std::mt19937& rng, bool reluFollows)
{
    const double window = windowSize(m_weightShape);
    const double fanIn = m_weightShape[1] * window;
    const double fanOut = m_weightShape[0] * window;
    const double limit = reluFollows ? std::sqrt(6.0 / fanIn) : std::sqrt(6.0 / (fanIn + fanOut));
    fillUniform(m_weights.data(), static_cast<std::size_t>(m_weights.size()), limit, rng);
    m_bias.setZero();
}

template class ParameterLayer<float>;
template class ParameterLayer<double>;

} // namespace convscope::core
