#include "core/nn/network.h"

#include "core/nn/layer_factory.h"
#include "core/nn/training_control.h"
#include "core/nn/worker_pool.h"
#include "core/shape_text.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace convscope::core {
namespace {

// Whether the first layer after `index` that is not dropout is a ReLU (He initialisation).
bool reluFollows(const std::vector<LayerSpec>& layers, std::size_t index)
{
    for (std::size_t next = index + 1; next < layers.size(); ++next) {
        if (layers[next].kind == LayerKind::Dropout)
            continue;
        return layers[next].kind == LayerKind::Relu;
    }
    return false;
}

// How many samples run through all layers together before the next ones start (see
// computeGradients). A few keep a small network's activations in the processor's cache between the
// forward and the backward pass; but every group streams each weight matrix through the cache once
// more, so when one no longer fits (above 1 MB: the tutorial CNN's 3136 × 1024 dense layer, 12.8 MB)
// a thread's whole share of the batch goes at once. Measured on one thread, batch 64, Xeon with
// AVX-512: classroom CNN 5.0 ms per batch in groups of 8, 5.3 ms in one group; tutorial CNN 85 ms
// in groups of 8, 61 ms in one group (its dense layer 38 ms against 14 ms).
constexpr int smallNetworkRowsPerChunk = 8;
constexpr std::size_t cachedWeightBytes = std::size_t(1) << 20;

int rowsPerChunk(const NetworkSpec& spec, std::size_t valueBytes)
{
    for (const std::vector<int>& shape : spec.parameterShapes()) {
        const std::size_t count
            = std::accumulate(shape.begin(), shape.end(), std::size_t(1), std::multiplies<std::size_t>());
        if (count * valueBytes > cachedWeightBytes)
            return std::numeric_limits<int>::max();
    }
    return smallNetworkRowsPerChunk;
}

// job(begin, end, part) for each of `parts` equal ranges of [0, rows), on the pool's threads.
template <typename Job>
void runParts(int rows, int parts, WorkerPool* pool, const Job& job)
{
    const auto part = [&](int p) { job(rows * p / parts, rows * (p + 1) / parts, p); };
    if (parts == 1)
        part(0);
    else
        pool->run(parts, part);
}

} // namespace

template <typename T>
Network<T>::Network(NetworkSpec spec, std::uint32_t seed)
    : m_spec(std::move(spec))
    , m_rng(seed)
{
    std::mt19937 init(seed);
    buildLayers(&init);
}

template <typename T>
Network<T>::Network(NetworkSpec spec, const std::vector<Tensor>& parameters)
    : m_spec(std::move(spec))
    , m_rng(1)
{
    // Random weights would be overwritten at once; for a large network they took most of the time.
    buildLayers(nullptr);
    setParameterTensors(parameters);
}

template <typename T>
void Network<T>::buildLayers(std::mt19937* init)
{
    m_spec.validate();
    const std::vector<LayerShape> shapes = m_spec.inferShapes();
    m_rowsPerChunk = rowsPerChunk(m_spec, sizeof(T));
    for (std::size_t i = 0; i < m_spec.layers.size(); ++i) {
        m_layers.push_back(createLayer<T>(m_spec.layers[i], shapes[i]));
        if (init != nullptr)
            m_layers.back()->initialise(*init, reluFollows(m_spec.layers, i));
    }
}

template <typename T>
Network<T>::~Network() = default;
template <typename T>
Network<T>::Network(Network&&) noexcept = default;
template <typename T>
Network<T>& Network<T>::operator=(Network&&) noexcept = default;

template <typename T>
void Network<T>::prepare(int rows, int slots)
{
    if (m_largestBatch < 0)
        m_largestBatch = m_spec.largestBatch(sizeof(T));
    if (rows > m_largestBatch)
        m_spec.checkBatchFits(rows, sizeof(T));
    for (const auto& layer : m_layers)
        layer->prepare(rows, slots);
    m_loss.prepare(rows, classCount());
}

template <typename T>
int Network<T>::chunkEnd(int begin, int end) const
{
    return end - begin > m_rowsPerChunk ? begin + m_rowsPerChunk : end;
}

template <typename T>
int Network<T>::partsFor(int rows, WorkerPool* pool) const
{
    const int threads = pool == nullptr ? 1 : pool->threadCount();
    return std::max(1, std::min(threads, rows));
}

template <typename T>
bool Network<T>::forwardRows(const Matrix& batch, int begin, int end, bool training, int slot,
                             const TrainingControl* control)
{
    const Matrix* input = &batch;
    for (const auto& layer : m_layers) {
        if (control != nullptr && !control->proceed())
            return false;
        layer->forward(*input, begin, end, training, slot);
        input = &layer->output();
    }
    m_loss.forward(*input, begin, end);
    return true;
}

template <typename T>
bool Network<T>::needsWholeBatch(bool training) const
{
    return std::any_of(m_layers.begin(), m_layers.end(),
                       [training](const auto& layer) { return layer->needsWholeBatch(training); });
}

template <typename T>
bool Network<T>::forwardLayerByLayer(const Matrix& batch, bool training, int parts, WorkerPool* pool,
                                     const TrainingControl* control)
{
    const int rows = static_cast<int>(batch.rows());
    const Matrix* input = &batch;
    for (const auto& layer : m_layers) {
        if (control != nullptr && !control->proceed())
            return false;
        layer->beginForward(*input, training);
        runParts(rows, parts, pool,
                 [&](int begin, int end, int part) { layer->forward(*input, begin, end, training, part); });
        input = &layer->output();
    }
    runParts(rows, parts, pool, [&](int begin, int end, int) { m_loss.forward(*input, begin, end); });
    return true;
}

template <typename T>
bool Network<T>::forward(const Matrix& batch, bool training, WorkerPool* pool, const TrainingControl* control)
{
    if (batch.cols() != inputSize())
        throw std::invalid_argument("a batch row needs " + std::to_string(inputSize()) + " values, not "
                                    + std::to_string(batch.cols()));
    const int rows = static_cast<int>(batch.rows());
    const int parts = partsFor(rows, pool);
    prepare(rows, parts);
    for (const auto& layer : m_layers)
        layer->beginPass(m_rng, training);
    if (needsWholeBatch(training))
        return forwardLayerByLayer(batch, training, parts, pool, control);
    std::atomic<bool> stopped{false};
    const auto job = [&](int part) {
        const int end = rows * (part + 1) / parts;
        for (int begin = rows * part / parts; begin < end; begin = chunkEnd(begin, end)) {
            if (!forwardRows(batch, begin, chunkEnd(begin, end), training, part, control)) {
                stopped = true;
                return;
            }
        }
    };
    if (parts == 1)
        job(0);
    else
        pool->run(parts, job);
    return !stopped;
}

template <typename T>
BatchLoss Network<T>::computeGradients(const Matrix& batch, std::span<const int> labels, WorkerPool* pool,
                                       const TrainingControl* control)
{
    const int rows = static_cast<int>(batch.rows());
    if (batch.cols() != inputSize())
        throw std::invalid_argument("a batch row needs " + std::to_string(inputSize()) + " values, not "
                                    + std::to_string(batch.cols()));
    if (static_cast<int>(labels.size()) != rows || rows == 0)
        throw std::invalid_argument("a batch of " + std::to_string(rows) + " samples needs as many labels, not "
                                    + std::to_string(labels.size()));
    for (int label : labels) {
        if (label < 0 || label >= classCount())
            throw std::invalid_argument("label " + std::to_string(label) + " is outside the network's "
                                        + std::to_string(classCount()) + " classes");
    }
    const int parts = partsFor(rows, pool);
    prepare(rows, parts);
    for (const auto& layer : m_layers)
        layer->beginPass(m_rng, true);

    std::atomic<bool> stopped{false};
    std::vector<double> partLoss(static_cast<std::size_t>(parts), 0.0);
    std::vector<int> partCorrect(static_cast<std::size_t>(parts), 0);
    const T scale = T(1) / static_cast<T>(rows);
    // The loss of rows [begin, end), its gradient and how many of them the network got right.
    const auto score = [&](int begin, int end, int& correct) {
        const double loss = m_loss.lossAndGradient(labels, begin, end, scale);
        for (int n = begin; n < end; ++n) {
            Eigen::Index best = 0;
            logits().row(n).maxCoeff(&best);
            correct += best == labels[static_cast<std::size_t>(n)] ? 1 : 0;
        }
        return loss;
    };
    // When a layer needs the statistics of the whole batch, every layer finishes its rows before
    // the next starts, forward and back.
    const auto layerByLayer = [&] {
        stopped = !forwardLayerByLayer(batch, true, parts, pool, control);
        if (!stopped) {
            runParts(rows, parts, pool, [&](int begin, int end, int part) {
                const auto p = static_cast<std::size_t>(part);
                partLoss[p] = score(begin, end, partCorrect[p]);
            });
        }
        const Matrix* gradOutput = &m_loss.gradient();
        for (std::size_t i = m_layers.size(); !stopped && i-- > 0;) {
            if (control != nullptr && !control->proceed()) {
                stopped = true;
                break;
            }
            const Matrix& input = i == 0 ? batch : m_layers[i - 1]->output();
            Layer<T>& layer = *m_layers[i];
            const bool wantInputGradient = i > 0 || m_inputGradientWanted;
            layer.beginBackward(input, *gradOutput);
            runParts(rows, parts, pool, [&](int begin, int end, int part) {
                layer.backward(input, *gradOutput, begin, end, part, wantInputGradient);
            });
            gradOutput = &layer.gradInput();
        }
    };
    const auto job = [&](int part) {
        const int end = rows * (part + 1) / parts;
        double lossSum = 0.0;
        int correct = 0;
        // A group of samples at a time through every layer and back (see rowsPerChunk).
        for (int begin = rows * part / parts; begin < end; begin = chunkEnd(begin, end)) {
            const int last = chunkEnd(begin, end);
            if (!forwardRows(batch, begin, last, true, part, control)) {
                stopped = true;
                return;
            }
            lossSum += score(begin, last, correct);
            const Matrix* gradOutput = &m_loss.gradient();
            for (std::size_t i = m_layers.size(); i-- > 0;) {
                if (control != nullptr && !control->proceed()) {
                    stopped = true;
                    return;
                }
                const Matrix& input = i == 0 ? batch : m_layers[i - 1]->output();
                m_layers[i]->backward(input, *gradOutput, begin, last, part, i > 0 || m_inputGradientWanted);
                gradOutput = &m_layers[i]->gradInput();
            }
        }
        partLoss[static_cast<std::size_t>(part)] = lossSum;
        partCorrect[static_cast<std::size_t>(part)] = correct;
    };
    if (needsWholeBatch(true))
        layerByLayer();
    else if (parts == 1)
        job(0);
    else
        pool->run(parts, job);

    BatchLoss result;
    if (stopped) {
        result.complete = false;
        return result;
    }
    for (const auto& layer : m_layers)
        layer->gatherGradients(parts);
    for (int part = 0; part < parts; ++part) {
        result.loss += partLoss[static_cast<std::size_t>(part)];
        result.correct += partCorrect[static_cast<std::size_t>(part)];
    }
    result.loss /= rows;
    return result;
}

template <typename T>
std::vector<ParameterView<T>> Network<T>::parameters()
{
    std::vector<ParameterView<T>> all;
    for (const auto& layer : m_layers) {
        for (ParameterView<T>& view : layer->parameters())
            all.push_back(std::move(view));
    }
    return all;
}

template <typename T>
std::vector<ParameterView<T>> Network<T>::savedArrays() const
{
    // Only read through parameterTensors(); setParameterTensors() writes through them.
    std::vector<ParameterView<T>> all;
    for (const auto& layer : m_layers) {
        for (ParameterView<T>& view : layer->parameters())
            all.push_back(std::move(view));
        for (ParameterView<T>& view : layer->statistics())
            all.push_back(std::move(view));
    }
    return all;
}

template <typename T>
std::vector<Tensor> Network<T>::parameterTensors() const
{
    std::vector<Tensor> tensors;
    for (const ParameterView<T>& view : savedArrays()) {
        Tensor tensor(view.shape);
        std::copy(view.values, view.values + view.size, tensor.data());
        tensors.push_back(std::move(tensor));
    }
    return tensors;
}

template <typename T>
void Network<T>::setParameterTensors(const std::vector<Tensor>& tensors)
{
    std::vector<ParameterView<T>> views = savedArrays();
    if (tensors.size() != views.size())
        throw std::invalid_argument("the network has " + std::to_string(views.size()) + " learned arrays, not "
                                    + std::to_string(tensors.size()));
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (tensors[i].shape() != views[i].shape)
            throw std::invalid_argument("learned array " + std::to_string(i + 1) + " (" + std::string(views[i].name)
                                        + ") must be " + shapeText(views[i].shape) + ", not "
                                        + tensors[i].shapeText());
    }
    for (std::size_t i = 0; i < views.size(); ++i)
        std::copy(tensors[i].data(), tensors[i].data() + tensors[i].size(), views[i].values);
}

template <typename T>
std::vector<float> Network<T>::classify(const Tensor& image)
{
    if (static_cast<int>(image.size()) != inputSize())
        throw std::invalid_argument("the network reads " + shapeText(m_spec.input) + " inputs, not "
                                    + image.shapeText());
    Matrix batch(1, inputSize());
    std::copy(image.data(), image.data() + image.size(), batch.data());
    forward(batch, false, nullptr);
    const Matrix& p = probabilities();
    return std::vector<float>(p.data(), p.data() + p.size());
}

template class Network<float>;
template class Network<double>;

} // namespace convscope::core
