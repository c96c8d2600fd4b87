#include "core/nn/conv_layer.h"

#include "core/nn/gemm.h"

#include <type_traits>

namespace convscope::core {

template <typename T>
ConvLayer<T>::ConvLayer(const LayerSpec& spec, const std::vector<int>& inputShape,
                        const std::vector<int>& outputShape)
    : ParameterLayer<T>(spec, inputShape, outputShape,
                        {spec.units, inputShape.at(0), spec.window, spec.window})
    , m_channels(inputShape.at(0))
    , m_height(inputShape.at(1))
    , m_width(inputShape.at(2))
    , m_filters(spec.units)
    , m_size(spec.window)
    , m_stride(spec.stride)
    , m_pad(spec.padding)
    , m_outHeight(outputShape.at(1))
    , m_outWidth(outputShape.at(2))
{
}

template <typename T>
ConvGeometry ConvLayer<T>::geometry() const
{
    ConvGeometry g;
    g.channels = m_channels;
    g.height = m_height;
    g.width = m_width;
    g.outChannels = m_filters;
    g.kernelHeight = m_size;
    g.kernelWidth = m_size;
    g.outHeight = m_outHeight;
    g.outWidth = m_outWidth;
    g.params = Conv2dParams::uniform(m_stride, m_pad);
    return g;
}

template <typename T>
void ConvLayer<T>::prepare(int rows, int slots)
{
    ParameterLayer<T>::prepare(rows, slots);
    m_columnRows.assign(static_cast<std::size_t>(slots), {-1, -1});
    if constexpr (std::is_same_v<T, float>) {
        while (static_cast<int>(m_onednn.size()) < slots)
            m_onednn.push_back(std::make_unique<OneDnnConvolution>(geometry()));
        return;
    }
    const int depth = m_channels * m_size * m_size;
    const int cells = m_outHeight * m_outWidth;
    if (static_cast<int>(m_columns.size()) != slots) {
        m_columns.assign(slots, Matrix(depth, cells));
        m_columnGradient.assign(slots, Matrix(depth, cells));
    }
}

template <typename T>
void ConvLayer<T>::columnRange(int j, int& first, int& last) const
{
    // Output columns x whose source column x·S − P + j lies inside the image: first ≤ x < last.
    first = 0;
    while (first < m_outWidth && first * m_stride - m_pad + j < 0)
        ++first;
    last = m_outWidth;
    while (last > first && (last - 1) * m_stride - m_pad + j >= m_width)
        --last;
}

template <typename T>
void ConvLayer<T>::im2col(const T* image, Eigen::Map<Matrix> columns) const
{
    // Row (c, i, j) of `columns` is input channel c shifted by (i, j) and sampled with the stride:
    //   columns[(c·F + i)·F + j][y·Wo + x] = in[c][y·S − P + i][x·S − P + j]   (0 outside the image)
    // The cells inside the image form one run per output row, copied without per-cell checks.
    T* out = columns.data();
    for (int c = 0; c < m_channels; ++c) {
        const T* plane = image + static_cast<std::size_t>(c) * m_height * m_width;
        for (int i = 0; i < m_size; ++i) {
            for (int j = 0; j < m_size; ++j) {
                int first = 0;
                int last = 0;
                columnRange(j, first, last);
                for (int y = 0; y < m_outHeight; ++y, out += m_outWidth) {
                    const int sy = y * m_stride - m_pad + i;
                    if (sy < 0 || sy >= m_height || first >= last) {
                        std::fill(out, out + m_outWidth, T(0));
                        continue;
                    }
                    // Output column x reads source[x·S + shift], inside the row for first ≤ x < last.
                    const T* source = plane + static_cast<std::size_t>(sy) * m_width;
                    const int shift = j - m_pad;
                    std::fill(out, out + first, T(0));
                    if (m_stride == 1) {
                        std::copy(source + first + shift, source + last + shift, out + first);
                    } else {
                        for (int x = first; x < last; ++x)
                            out[x] = source[x * m_stride + shift];
                    }
                    std::fill(out + last, out + m_outWidth, T(0));
                }
            }
        }
    }
}

template <typename T>
void ConvLayer<T>::col2im(const Matrix& columns, T* image) const
{
    const T* in = columns.data();
    for (int c = 0; c < m_channels; ++c) {
        T* plane = image + static_cast<std::size_t>(c) * m_height * m_width;
        for (int i = 0; i < m_size; ++i) {
            for (int j = 0; j < m_size; ++j) {
                int first = 0;
                int last = 0;
                columnRange(j, first, last);
                for (int y = 0; y < m_outHeight; ++y, in += m_outWidth) {
                    const int sy = y * m_stride - m_pad + i;
                    if (sy < 0 || sy >= m_height)
                        continue;
                    T* target = plane + static_cast<std::size_t>(sy) * m_width;
                    const int shift = j - m_pad;
                    for (int x = first; x < last; ++x)
                        target[x * m_stride + shift] += in[x];
                }
            }
        }
    }
}

template <typename T>
typename ConvLayer<T>::Matrix& ConvLayer<T>::columnsFor(int slot, int rows)
{
    Matrix& columns = m_columns[slot];
    const Eigen::Index needed = static_cast<Eigen::Index>(rows) * m_channels * m_size * m_size;
    if (columns.rows() < needed)
        columns.resize(needed, static_cast<Eigen::Index>(m_outHeight) * m_outWidth);
    return columns;
}

template <typename T>
void ConvLayer<T>::forward(const Matrix& input, int begin, int end, bool /*training*/, int slot)
{
    m_columnRows[slot] = {begin, end};
    if constexpr (std::is_same_v<T, float>) {
        m_onednn[slot]->forward(input.data() + static_cast<std::size_t>(begin) * this->inputSize(), end - begin,
                                this->m_weights.data(), this->m_bias.data(),
                                this->m_output.data() + static_cast<std::size_t>(begin) * this->outputSize());
        return;
    }
    // The columns of every row stay in the slot's buffer, so backward() of the same rows reuses them.
    Matrix& columns = columnsFor(slot, end - begin);
    const int depth = m_channels * m_size * m_size;
    const int cells = m_outHeight * m_outWidth;
    for (int n = begin; n < end; ++n) {
        Eigen::Map<Matrix> sampleColumns(columns.data() + static_cast<std::size_t>(n - begin) * depth * cells, depth,
                                         cells);
        im2col(input.data() + static_cast<std::size_t>(n) * this->inputSize(), sampleColumns);
        T* outData = this->m_output.data() + static_cast<std::size_t>(n) * this->outputSize();
        gemm(rowMajor(this->m_weights.data(), m_filters, depth), rowMajor(sampleColumns.data(), depth, cells), outData,
             cells, false);
        Eigen::Map<Matrix>(outData, m_filters, cells).colwise() += this->m_bias;
    }
}

template <typename T>
void ConvLayer<T>::backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                            bool wantInputGradient)
{
    const bool cached = m_columnRows[slot] == std::pair{begin, end};
    if constexpr (std::is_same_v<T, float>) {
        T* gradIn = this->m_gradInput.data() + static_cast<std::size_t>(begin) * this->inputSize();
        m_onednn[slot]->backward(input.data() + static_cast<std::size_t>(begin) * this->inputSize(), cached,
                                 gradOutput.data() + static_cast<std::size_t>(begin) * this->outputSize(),
                                 end - begin, this->m_weights.data(), this->m_slotWeightGradient[slot].data(),
                                 this->m_slotBiasGradient[slot].data(), wantInputGradient ? gradIn : nullptr);
        return;
    }
    Matrix& columns = columnsFor(slot, end - begin);
    Matrix& columnGradient = m_columnGradient[slot];
    Matrix& weightGradient = this->m_slotWeightGradient[slot];
    ColumnVector<T>& biasGradient = this->m_slotBiasGradient[slot];
    const int depth = m_channels * m_size * m_size;
    const int cells = m_outHeight * m_outWidth;
    for (int n = begin; n < end; ++n) {
        const T* gradOutData = gradOutput.data() + static_cast<std::size_t>(n) * this->outputSize();
        const Eigen::Map<const Matrix> gradOut(gradOutData, m_filters, cells);
        Eigen::Map<Matrix> sampleColumns(columns.data() + static_cast<std::size_t>(n - begin) * depth * cells, depth,
                                         cells);
        if (!cached)
            im2col(input.data() + static_cast<std::size_t>(n) * this->inputSize(), sampleColumns);
        gemm(rowMajor(gradOutData, m_filters, cells), transposeOf<T>(sampleColumns.data(), depth, cells),
             weightGradient.data(), depth, true);
        biasGradient.noalias() += gradOut.rowwise().sum();
        if (wantInputGradient) {
            gemm(transposeOf(this->m_weights.data(), m_filters, depth), rowMajor(gradOutData, m_filters, cells),
                 columnGradient.data(), cells, false);
            T* gradIn = this->m_gradInput.data() + static_cast<std::size_t>(n) * this->inputSize();
            std::fill(gradIn, gradIn + this->inputSize(), T(0));
            col2im(columnGradient, gradIn);
        }
    }
}

template class ConvLayer<float>;
template class ConvLayer<double>;

} // namespace convscope::core
