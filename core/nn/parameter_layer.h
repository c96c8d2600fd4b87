#pragma once

#include "core/nn/layer.h"

#include <vector>

namespace convscope::core {

// A layer that learns a weight matrix and a bias (convolution, fully connected): what the two
// share, so that the gradients of a parallel pass are summed and the weights are drawn one way.
//
//   weights          rows × cols       rows = weightShape[0] (one row per filter or output unit),
//                                      cols = the product of the rest (what one row sees)
//   bias             rows
//   per slot         rows × cols and rows: the share of d weights and d bias of the rows of the
//                                      batch that slot's thread ran, summed into the gradients
//                                      parameters() shows by gatherGradients()
template <typename T>
class ParameterLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    // `weightShape` is what parameters() reports, e.g. K×C×F×F for a convolution, N×M for a
    // fully connected layer; the weights start at 0.
    ParameterLayer(const LayerSpec& spec, std::vector<int> inputShape, std::vector<int> outputShape,
                   std::vector<int> weightShape);

    // Also sizes the per-slot gradients and zeroes them: backward() adds each range of rows'
    // share, so a pass starts from zero.
    void prepare(int rows, int slots) override;
    void gatherGradients(int slots) override;
    std::vector<ParameterView<T>> parameters() override;
    // fan_in and fan_out as PyTorch counts them: weightShape[1] and weightShape[0], each times the
    // window (the product of the dimensions after the first two), so C·F·F and K·F·F for a
    // convolution, M and N for a fully connected layer.
    void initialise(std::mt19937& rng, bool reluFollows) override;

    const Matrix& weights() const { return m_weights; }
    const ColumnVector<T>& bias() const { return m_bias; }

protected:
    Matrix m_weights;             // rows × cols
    ColumnVector<T> m_bias;       // rows
    std::vector<Matrix> m_slotWeightGradient;
    std::vector<ColumnVector<T>> m_slotBiasGradient;

private:
    std::vector<int> m_weightShape;
    Matrix m_weightGradient;      // rows × cols, summed over the batch
    ColumnVector<T> m_biasGradient;
};

extern template class ParameterLayer<float>;
extern template class ParameterLayer<double>;

} // namespace convscope::core
