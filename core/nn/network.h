#pragma once

#include "core/nn/layer.h"
#include "core/nn/network_spec.h"
#include "core/nn/softmax_cross_entropy.h"
#include "core/tensor.h"

#include <cstdint>
#include <memory>
#include <random>
#include <span>
#include <vector>

namespace convscope::core {

class TrainingControl;
class WorkerPool;

// The outcome of one batch: the mean cross-entropy and how many samples the network got right.
struct BatchLoss {
    double loss = 0.0;
    int correct = 0;
    bool complete = true; // false when a stop request ended the pass part-way; nothing else is valid then
};

// A network built from a NetworkSpec: its layers in order, then softmax cross-entropy.
//
//   batch (N × C·H·W) → layer 0 → layer 1 → … → logits (N × classes) → softmax → probabilities
//
// Every layer keeps the output of the last pass (layer(i).output(), or outputTensor() for one
// sample), so the "inside the network" views run one sample forward and read each layer. A pass
// splits the batch rows over the threads of a WorkerPool when one is given.
template <typename T>
class Network {
public:
    using Matrix = RowMatrix<T>;

    // Validates the spec (throws NetworkSpecError) and initialises the weights from `seed`
    // (He or Xavier uniform, see Layer::initialise). The same seed gives the same weights.
    explicit Network(NetworkSpec spec, std::uint32_t seed = 1);
    // The layers of `spec` with the given learned arrays instead of random ones (a saved model
    // coming back); throws as the constructor above and as setParameterTensors.
    Network(NetworkSpec spec, const std::vector<Tensor>& parameters);
    ~Network();
    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;

    const NetworkSpec& spec() const { return m_spec; }
    int layerCount() const { return static_cast<int>(m_layers.size()); }
    Layer<T>& layer(int index) { return *m_layers.at(static_cast<std::size_t>(index)); }
    const Layer<T>& layer(int index) const { return *m_layers.at(static_cast<std::size_t>(index)); }
    int inputSize() const { return m_layers.front()->inputSize(); }
    int classCount() const { return m_layers.back()->outputSize(); }

    // Forward pass only. `batch` is N × inputSize(); with `training` dropout drops values. A batch
    // whose caches would need more than maxBatchCacheBytes throws std::invalid_argument (see
    // NetworkSpec::checkBatchFits), as does computeGradients.
    //
    // With a `control`, the threads ask it before each layer of each group of a few samples, so
    // pause and stop are honoured within a fraction of a batch even for a large network: a pause
    // waits there, a stop ends the pass and it returns false.
    bool forward(const Matrix& batch, bool training = false, WorkerPool* pool = nullptr,
                 const TrainingControl* control = nullptr);
    // Forward, mean loss and backward in one pass over the threads; afterwards every parameter's
    // gradient holds d (mean loss) / d parameter. The weights are not changed (an optimiser does
    // that). Throws std::invalid_argument when labels and rows disagree or a label is out of range.
    // `control` as for forward(); a stopped pass returns complete = false.
    BatchLoss computeGradients(const Matrix& batch, std::span<const int> labels, WorkerPool* pool = nullptr,
                               const TrainingControl* control = nullptr);

    const Matrix& logits() const { return m_layers.back()->output(); }
    // N × classes: the softmax of logits() after the last pass.
    const Matrix& probabilities() const { return m_loss.probabilities(); }

    // When set, backward also computes d loss / d input (layer(0).gradInput()); off by default
    // because training never needs it.
    void setInputGradientWanted(bool wanted) { m_inputGradientWanted = wanted; }

    // Every learned array in layer order (weights then bias of each conv and dense layer).
    std::vector<ParameterView<T>> parameters();
    // Copies of what a model file keeps, as float tensors: each layer's learned arrays in the
    // order of parameters(), then its statistics() (batch normalisation's running mean and
    // variance), as NetworkSpec::parameterShapes() lists them.
    std::vector<Tensor> parameterTensors() const;
    // Replaces every array parameterTensors() lists; throws std::invalid_argument naming the first
    // array whose count or shape differs, and then changes nothing.
    void setParameterTensors(const std::vector<Tensor>& tensors);

    // The single-sample path of the views: runs `image` (shaped like spec().input) forward and
    // returns the class probabilities. Afterwards layer(i).outputTensor(0) is layer i's output.
    // Throws std::invalid_argument when the image has the wrong number of values.
    std::vector<float> classify(const Tensor& image);

private:
    // parameters() and statistics() of every layer in layer order, what parameterTensors() copies.
    std::vector<ParameterView<T>> savedArrays() const;
    // Whether a layer needs the whole batch (see Layer::needsWholeBatch); such a pass runs
    // forwardLayerByLayer, each layer over all rows before the next.
    bool needsWholeBatch(bool training) const;
    bool forwardLayerByLayer(const Matrix& batch, bool training, int parts, WorkerPool* pool,
                             const TrainingControl* control);
    // Validates the spec and builds its layers, with random weights from `init` when given.
    void buildLayers(std::mt19937* init);
    void prepare(int rows, int slots);
    int partsFor(int rows, WorkerPool* pool) const;
    // Where the group of samples starting at `begin` ends, at most `end`.
    int chunkEnd(int begin, int end) const;
    // Rows [begin, end) through every layer; false when `control` was stopped between two layers.
    bool forwardRows(const Matrix& batch, int begin, int end, bool training, int slot,
                     const TrainingControl* control);

    NetworkSpec m_spec;
    std::vector<std::unique_ptr<Layer<T>>> m_layers;
    SoftmaxCrossEntropy<T> m_loss;
    std::mt19937 m_rng; // dropout masks
    bool m_inputGradientWanted = false;
    int m_largestBatch = -1; // NetworkSpec::largestBatch, worked out at the first pass
    int m_rowsPerChunk = 1;  // samples that go through all layers together (see network.cpp)
};

extern template class Network<float>;
extern template class Network<double>;

} // namespace convscope::core
