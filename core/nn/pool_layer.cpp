#include "core/nn/pool_layer.h"

#include <algorithm>

namespace convscope::core {

template <typename T>
PoolLayer<T>::PoolLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape)
    : Layer<T>(spec, inputShape, outputShape)
    , m_channels(inputShape.at(0))
    , m_height(inputShape.at(1))
    , m_width(inputShape.at(2))
    , m_size(spec.window)
    , m_stride(spec.stride)
    , m_outHeight(outputShape.at(1))
    , m_outWidth(outputShape.at(2))
{
}

template <typename T>
void PoolLayer<T>::prepare(int rows, int slots)
{
    Layer<T>::prepare(rows, slots);
    if (isMax())
        m_winner.resize(static_cast<std::size_t>(rows) * this->outputSize());
}

template <typename T>
void PoolLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    const T scale = T(1) / static_cast<T>(m_size * m_size);
    const int outSize = this->outputSize();
    for (int n = begin; n < end; ++n) {
        const T* in = input.data() + static_cast<std::size_t>(n) * this->inputSize();
        T* out = this->m_output.data() + static_cast<std::size_t>(n) * outSize;
        if (!isMax()) {
            for (int c = 0; c < m_channels; ++c) {
                const T* plane = in + static_cast<std::size_t>(c) * m_height * m_width;
                for (int y = 0; y < m_outHeight; ++y) {
                    for (int x = 0; x < m_outWidth; ++x) {
                        const T* top = plane + y * m_stride * m_width + x * m_stride;
                        T sum = 0;
                        for (int i = 0; i < m_size; ++i) {
                            for (int j = 0; j < m_size; ++j)
                                sum += top[i * m_width + j];
                        }
                        *out++ = sum * scale;
                    }
                }
            }
            continue;
        }
        std::int32_t* winner = m_winner.data() + static_cast<std::size_t>(n) * outSize;
        for (int c = 0; c < m_channels; ++c) {
            const int planeStart = c * m_height * m_width;
            for (int y = 0; y < m_outHeight; ++y) {
                const int rowStart = planeStart + y * m_stride * m_width;
                if (m_size == 2) {
                    // The common 2×2 window, unrolled and without branches (the winner depends on
                    // the data, so branches would be mispredicted half the time); the first
                    // maximum in reading order wins.
                    const T* row0 = in + rowStart;
                    const T* row1 = row0 + m_width;
                    for (int x = 0; x < m_outWidth; ++x) {
                        const int left = x * m_stride;
                        const T topLeft = row0[left];
                        const T topRight = row0[left + 1];
                        const T bottomLeft = row1[left];
                        const T bottomRight = row1[left + 1];
                        // Comparisons used as 0/1 numbers and std::max (maxss) keep this free of branches.
                        const T top = std::max(topLeft, topRight);
                        const int topAt = left + static_cast<int>(topRight > topLeft);
                        const T bottom = std::max(bottomLeft, bottomRight);
                        const int bottomAt = left + m_width + static_cast<int>(bottomRight > bottomLeft);
                        *out++ = std::max(top, bottom);
                        *winner++ = rowStart + topAt + static_cast<int>(bottom > top) * (bottomAt - topAt);
                    }
                    continue;
                }
                for (int x = 0; x < m_outWidth; ++x) {
                    const int top = rowStart + x * m_stride;
                    int best = top;
                    for (int i = 0; i < m_size; ++i) {
                        for (int j = 0; j < m_size; ++j) {
                            const int at = top + i * m_width + j;
                            if (in[at] > in[best])
                                best = at;
                        }
                    }
                    *out++ = in[best];
                    *winner++ = best;
                }
            }
        }
    }
}

template <typename T>
void PoolLayer<T>::backward(const Matrix& /*input*/, const Matrix& gradOutput, int begin, int end, int /*slot*/,
                            bool wantInputGradient)
{
    if (!wantInputGradient)
        return;
    const T scale = T(1) / static_cast<T>(m_size * m_size);
    const int outSize = this->outputSize();
    for (int n = begin; n < end; ++n) {
        const T* gradOut = gradOutput.data() + static_cast<std::size_t>(n) * outSize;
        T* gradIn = this->m_gradInput.data() + static_cast<std::size_t>(n) * this->inputSize();
        std::fill(gradIn, gradIn + this->inputSize(), T(0));
        if (isMax()) {
            const std::int32_t* winner = m_winner.data() + static_cast<std::size_t>(n) * outSize;
            for (int k = 0; k < outSize; ++k)
                gradIn[winner[k]] += gradOut[k];
            continue;
        }
        for (int c = 0; c < m_channels; ++c) {
            const int planeStart = c * m_height * m_width;
            for (int y = 0; y < m_outHeight; ++y) {
                for (int x = 0; x < m_outWidth; ++x) {
                    const T share = *gradOut++ * scale;
                    const int top = planeStart + y * m_stride * m_width + x * m_stride;
                    for (int i = 0; i < m_size; ++i) {
                        for (int j = 0; j < m_size; ++j)
                            gradIn[top + i * m_width + j] += share;
                    }
                }
            }
        }
    }
}

template class PoolLayer<float>;
template class PoolLayer<double>;

} // namespace convscope::core
