#pragma once

#include "core/nn/layer_spec.h"
#include "core/tensor.h"

#include <Eigen/Core>

#include <cstddef>
#include <random>
#include <string_view>
#include <vector>

namespace convscope::core {

// A batch as the layers see it: one sample per row, each row a sample's C×H×W values in row-major
// order (the Tensor layout), so row n of a conv layer's output is its K feature maps one after
// another:
//
//            ┌─ map 0 (H×W) ─┬─ map 1 ─┬ … ┬─ map K−1 ─┐
//   row 0    │ sample 0                                │
//   row 1    │ sample 1                                │
//            └─────────────────────────────────────────┘
template <typename T>
using RowMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <typename T>
using ColumnVector = Eigen::Matrix<T, Eigen::Dynamic, 1>;

// One learned array and its gradient, for optimisers, model files and views.
template <typename T>
struct ParameterView {
    std::string_view name;  // "weights" or "bias"; batch normalisation's "gamma", "beta", "running_mean", "running_var"
    std::vector<int> shape; // conv weights K×C×F×F, dense weights N×M (outputs × inputs), bias {K}
    T* values = nullptr;
    T* gradient = nullptr;  // d loss / d values of the last backward pass
    std::size_t size = 0;
};

// A layer of a network, templated on the scalar: float to train, double for gradient checks.
//
// Every layer keeps what it computed for the last batch, so a view can read any layer's
// activations and gradients without recomputing them (MiniDNN's discipline):
//   output()     batch × outputSize   the layer's output
//   gradInput()  batch × inputSize    d loss / d input of the last backward pass
//
// Threads: rows are independent samples, so the network runs forward() and backward() on disjoint
// row ranges in parallel, each thread with its own `slot` for scratch space and parameter
// gradients; gatherGradients() then sums the slots in a fixed order, which keeps a run
// reproducible for a given seed and thread count.
template <typename T>
class Layer {
public:
    using Matrix = RowMatrix<T>;

    Layer(const LayerSpec& spec, std::vector<int> inputShape, std::vector<int> outputShape);
    virtual ~Layer() = default;
    Layer(const Layer&) = delete;
    Layer& operator=(const Layer&) = delete;

    const LayerSpec& spec() const { return m_spec; }
    LayerKind kind() const { return m_spec.kind; }
    // Per-sample shapes, e.g. {1, 28, 28} → {8, 28, 28}.
    const std::vector<int>& inputShape() const { return m_inputShape; }
    const std::vector<int>& outputShape() const { return m_outputShape; }
    int inputSize() const { return m_inputSize; }
    int outputSize() const { return m_outputSize; }

    // Sizes the caches for a batch of `rows` samples split over `slots` threads and zeroes the
    // per-slot parameter gradients. Not thread-safe: the network calls it before every pass.
    virtual void prepare(int rows, int slots);
    // Draws what is random in this pass (the dropout mask) for all rows, before the threads start,
    // so the result does not depend on how the rows are split.
    virtual void beginPass(std::mt19937& /*rng*/, bool /*training*/) {}
    // Whether forward() and backward() need what the whole batch holds (batch normalisation's
    // statistics while training). The network then runs such a pass layer by layer, calling
    // beginForward() and beginBackward() on one thread with every row before the rows are split.
    virtual bool needsWholeBatch(bool /*training*/) const { return false; }
    virtual void beginForward(const Matrix& /*input*/, bool /*training*/) {}
    virtual void beginBackward(const Matrix& /*input*/, const Matrix& /*gradOutput*/) {}
    // Rows [begin, end) of output() from the same rows of `input`.
    virtual void forward(const Matrix& input, int begin, int end, bool training, int slot) = 0;
    // From rows [begin, end) of d loss / d output: the same rows of gradInput() when
    // `wantInputGradient` (the first layer skips it), added to slot `slot`'s parameter gradients,
    // so one slot may run several ranges of rows in a pass.
    virtual void backward(const Matrix& input, const Matrix& gradOutput, int begin, int end, int slot,
                          bool wantInputGradient)
        = 0;
    // Sums slots [0, slots) of the parameter gradients into the gradients parameters() shows.
    virtual void gatherGradients(int /*slots*/) {}

    // Learned arrays (none for ReLU, pooling, flatten, dropout).
    virtual std::vector<ParameterView<T>> parameters() { return {}; }
    // What a layer keeps between passes without learning it by gradient (batch normalisation's
    // running mean and variance): saved and restored with the learned arrays, never optimised;
    // gradient is null.
    virtual std::vector<ParameterView<T>> statistics() { return {}; }
    // Copies of the learned arrays as float tensors of their shapes (weights K×C×F×F, bias {K}).
    std::vector<Tensor> parameterTensors() const;
    // Fills the weights from `rng`: He uniform, limit √(6 / fan_in), when a ReLU follows (it halves
    // the variance a layer passes on); Xavier uniform, limit √(6 / (fan_in + fan_out)), otherwise.
    // Biases start at 0.
    virtual void initialise(std::mt19937& /*rng*/, bool /*reluFollows*/) {}

    const Matrix& output() const { return m_output; }
    const Matrix& gradInput() const { return m_gradInput; }
    // Row `row` of output() as a tensor of outputShape(), e.g. 8×28×28.
    Tensor outputTensor(int row) const;

protected:
    Matrix m_output;    // batch × outputSize
    Matrix m_gradInput; // batch × inputSize

private:
    LayerSpec m_spec;
    std::vector<int> m_inputShape;
    std::vector<int> m_outputShape;
    int m_inputSize = 0;
    int m_outputSize = 0;
};

// A float in [0, 1) from the top 24 bits of one draw: the same numbers on every platform, which
// std::uniform_real_distribution does not promise.
inline double unitUniform(std::mt19937& rng)
{
    return static_cast<double>(rng() >> 8) * (1.0 / 16777216.0);
}

// Fills `values` uniformly from [−limit, limit).
template <typename T>
void fillUniform(T* values, std::size_t count, double limit, std::mt19937& rng)
{
    for (std::size_t i = 0; i < count; ++i)
        values[i] = static_cast<T>((2.0 * unitUniform(rng) - 1.0) * limit);
}

extern template class Layer<float>;
extern template class Layer<double>;

} // namespace convscope::core
