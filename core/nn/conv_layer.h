#pragma once

#include "core/nn/onednn_convolution.h"
#include "core/nn/parameter_layer.h"

#include <memory>
#include <utility>

namespace convscope::core {

// Convolution of every sample with K learned filters (cross-correlation, as the lecture and every
// framework define it). In float, as the network trains and runs, oneDNN computes all three passes
// for a range of rows at once (OneDnnConvolution). In double, for the gradient checks, it is one
// matrix product per sample (im2col), the textbook form:
//
//   input    C × H × W              one row of the batch
//   columns  (C·F·F) × (Ho·Wo)      column (y, x) holds the C×F×F window under output cell (y, x),
//                                   zero where the window hangs over the padding
//   weights  K × (C·F·F)            row k is filter k, laid out K×C×F×F
//   output   K × (Ho·Wo) = weights · columns + bias   (bias[k] added along row k)
//
// with Ho = (H − F + 2P)/S + 1 and likewise Wo. Backward, per sample:
//   d weights += d output · columnsᵀ,   d bias += row sums of d output,
//   d columns  = weightsᵀ · d output,   d input = col2im(d columns) (overlapping windows add up).
template <typename T>
class ConvLayer : public ParameterLayer<T> {
public:
    using typename ParameterLayer<T>::Matrix;

    ConvLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape);

    void prepare(int rows, int slots) override;
    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;

    // weights() is K × (C·F·F), row k = filter k as C×F×F; bias() is K (ParameterLayer's, with
    // their gradients).

    // The im2col matrix of one sample (a C×H×W row of values), (C·F·F) × (Ho·Wo).
    void im2col(const T* image, Eigen::Map<Matrix> columns) const;
    // The inverse scatter: adds each column's window back onto the C×H×W image it came from.
    void col2im(const Matrix& columns, T* image) const;

private:
    void columnRange(int j, int& first, int& last) const;
    // The slot's column buffer, grown to hold `rows` samples' im2col matrices one after another.
    Matrix& columnsFor(int slot, int rows);

    int m_channels, m_height, m_width;       // C, H, W
    int m_filters, m_size, m_stride, m_pad;  // K, F, S, P
    int m_outHeight, m_outWidth;             // Ho, Wo

    ConvGeometry geometry() const;

    // Per slot (thread), in float: oneDNN's primitives.
    std::vector<std::unique_ptr<OneDnnConvolution>> m_onednn;
    // Per slot (thread), in double: the im2col matrices of the rows of its last forward() (rows·C·F·F) ×
    // (Ho·Wo) and which rows they are, and d columns scratch (C·F·F) × (Ho·Wo). The slot's share
    // of the gradients is ParameterLayer's.
    std::vector<Matrix> m_columns;
    std::vector<std::pair<int, int>> m_columnRows;
    std::vector<Matrix> m_columnGradient;
};

extern template class ConvLayer<float>;
extern template class ConvLayer<double>;

} // namespace convscope::core
