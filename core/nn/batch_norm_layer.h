#pragma once

#include "core/nn/layer.h"

namespace convscope::core {

// Batch normalisation (PyTorch's BatchNorm2d on C×H×W maps, BatchNorm1d on a flat vector, where
// every value is a channel of one cell). Per channel c, over the values v of that channel:
//
//   out = (x − mean[c]) / √(var[c] + ε) · γ[c] + β[c]
//
//   training   mean and var are those of the batch: over its N samples' H·W cells, count = N·H·W,
//              var the biased mean of (x − mean)². The running statistics follow them with
//              momentum 0.1: running_mean ← 0.9·running_mean + 0.1·mean, running_var likewise
//              with the unbiased var·count/(count − 1), as PyTorch does.
//   inference  mean and var are the running statistics; every sample is normalised alone.
//
// Backward (training), with x̂ = (x − mean)/√(var + ε) and sums over the channel's batch values:
//   d β = Σ d out,   d γ = Σ d out · x̂,
//   d x = γ/√(var + ε) · (d out − (Σ d out)/count − x̂ · (Σ d out · x̂)/count)
// The batch statistics need every row, so a training pass runs this layer's beginForward() and
// beginBackward() over the whole batch before its rows are split over the threads.
template <typename T>
class BatchNormLayer : public Layer<T> {
public:
    using typename Layer<T>::Matrix;

    static constexpr double momentum = 0.1;

    BatchNormLayer(const LayerSpec& spec, const std::vector<int>& shape);

    bool needsWholeBatch(bool training) const override { return training; }
    void beginForward(const Matrix& input, bool training) override;
    void beginBackward(const Matrix& input, const Matrix& gradOutput) override;
    void forward(const Matrix& input, int begin, int end, bool training, int slot) override;
    void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                  bool wantInputGradient) override;

    std::vector<ParameterView<T>> parameters() override;
    std::vector<ParameterView<T>> statistics() override;
    // γ = 1, β = 0, running mean 0 and running variance 1, as PyTorch starts.
    void initialise(std::mt19937& rng, bool reluFollows) override;

    int channels() const { return m_channels; }
    double epsilon() const { return m_epsilon; }
    const ColumnVector<T>& gamma() const { return m_gamma; }
    const ColumnVector<T>& beta() const { return m_beta; }
    const ColumnVector<T>& runningMean() const { return m_runningMean; }
    const ColumnVector<T>& runningVariance() const { return m_runningVariance; }

private:
    // Row n of a batch as a C × area matrix: channel c's cells along row c.
    Eigen::Map<const Matrix> channelsOf(const Matrix& batch, int n) const;

    int m_channels; // C
    int m_area;     // H·W, 1 for a flat vector
    T m_epsilon;
    // Each of C values, one per channel.
    ColumnVector<T> m_gamma, m_beta;                  // learned
    ColumnVector<T> m_gammaGradient, m_betaGradient;  // of the last backward pass
    ColumnVector<T> m_runningMean, m_runningVariance; // what inference normalises with
    ColumnVector<T> m_batchMean, m_batchInverseStd;   // mean and 1/√(var + ε) of the last training batch
    ColumnVector<T> m_gradSum, m_gradXhatSum;         // Σ d out and Σ d out · x̂ of the last backward pass
};

extern template class BatchNormLayer<float>;
extern template class BatchNormLayer<double>;

} // namespace convscope::core
