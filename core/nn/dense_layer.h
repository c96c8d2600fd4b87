#pragma once

#include "core/nn/layer.h"

namespace convscope::core {

// Fully connected: every output sees every input.
//
//   input   batch × M
//   weights N × M        row j holds output j's weights (PyTorch's layout)
//   output  batch × N  = input · weightsᵀ + biasᵀ
//
// Backward over the rows of a batch:
//   d weights = d outputᵀ · input,   d bias = column sums of d output,   d input = d output · weights
template <typename T>
class DenseLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    DenseLayer(const LayerSpec& spec, const std::vector<int>& inputShape, const std::vector<int>& outputShape);

    void prepare(int rows, int slots) override;
    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;
    void gatherGradients(int slots) override;
    std::vector<ParameterView<T>> parameters() override;
    void initialise(std::mt19937& rng, bool reluFollows) override;

    const Matrix& weights() const { return m_weights; }
    const ColumnVector<T>& bias() const { return m_bias; }

private:
    Matrix m_weights;         // N × M
    ColumnVector<T> m_bias;   // N
    Matrix m_weightGradient;  // N × M, summed over the batch
    ColumnVector<T> m_biasGradient;
    std::vector<Matrix> m_slotWeightGradient;
    std::vector<ColumnVector<T>> m_slotBiasGradient;
};

extern template class DenseLayer<float>;
extern template class DenseLayer<double>;

} // namespace convscope::core
