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
    , m_pad(spec.padding)
    , m_outHeight(outputShape.at(1))
    , m_outWidth(outputShape.at(2))
{
}

template <typename T>
void PoolLayer<T>::prepare(int rows, int slots)
{
    Layer<T>::prepare(rows, slots);
    if (!isAverage())
        m_winner.resize(static_cast<std::size_t>(rows) * this->outputSize());
}

template <typename T>
void PoolLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int /*slot*/)
{
    const T scale = T(1) / static_cast<T>(m_size * m_size);
    const int outSize = this->outputSize();
    const bool max = this->kind() == LayerKind::MaxPool;
    for (int n = begin; n < end; ++n) {
        const T* in = input.data() + static_cast<std::size_t>(n) * this->inputSize();
        T* out = this->m_output.data() + static_cast<std::size_t>(n) * outSize;
        std::int32_t* winner = isAverage() ? nullptr : m_winner.data() + static_cast<std::size_t>(n) * outSize;
        for (int c = 0; c < m_channels; ++c) {
            const int planeStart = c * m_height * m_width;
            for (int y = 0; y < m_outHeight; ++y) {
                if (max && m_size == 2 && m_pad == 0) {
                    // The common 2×2 max window, unrolled and without branches (the winner depends
                    // on the data, so branches would be mispredicted half the time); the first
                    // maximum in reading order wins.
                    const int rowStart = planeStart + y * m_stride * m_width;
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
                // The window's rows and columns clipped to the image: the padding adds nothing to
                // a sum and never wins a max or a min.
                const int top = y * m_stride - m_pad;
                const int rowFirst = std::max(top, 0);
                const int rowLast = std::min(top + m_size, m_height);
                for (int x = 0; x < m_outWidth; ++x) {
                    const int left = x * m_stride - m_pad;
                    const int columnFirst = std::max(left, 0);
                    const int columnLast = std::min(left + m_size, m_width);
                    if (isAverage()) {
                        T sum = 0;
                        for (int i = rowFirst; i < rowLast; ++i) {
                            for (int j = columnFirst; j < columnLast; ++j)
                                sum += in[planeStart + i * m_width + j];
                        }
                        *out++ = sum * scale;
                        continue;
                    }
                    int best = planeStart + rowFirst * m_width + columnFirst;
                    for (int i = rowFirst; i < rowLast; ++i) {
                        for (int j = columnFirst; j < columnLast; ++j) {
                            const int at = planeStart + i * m_width + j;
                            if (max ? in[at] > in[best] : in[at] < in[best])
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
        if (!isAverage()) {
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
                    const int top = y * m_stride - m_pad;
                    const int left = x * m_stride - m_pad;
                    for (int i = std::max(top, 0); i < std::min(top + m_size, m_height); ++i) {
                        for (int j = std::max(left, 0); j < std::min(left + m_size, m_width); ++j)
                            gradIn[planeStart + i * m_width + j] += share;
                    }
                }
            }
        }
    }
}

template class PoolLayer<float>;
template class PoolLayer<double>;

} // namespace convscope::core
