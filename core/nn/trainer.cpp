#include "core/nn/trainer.h"

#include "core/data/augmentation.h"
#include "core/nn/evaluation.h"
#include "core/nn/training_control.h"
#include "core/nn/training_diagnosis.h"
#include "core/nn/worker_pool.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <thread>

namespace convscope::core {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Seconds since `start` without the pauses since then (control.pausedSeconds() was `pausedBefore`
// at `start`).
double workingSecondsSince(Clock::time_point start, const TrainingControl& control, double pausedBefore)
{
    return std::max(0.0, secondsSince(start) - (control.pausedSeconds() - pausedBefore));
}

// Fisher–Yates with an index drawn as ⌊r·n / 2³²⌋ from one 32-bit draw: the same order on every
// platform, which std::shuffle does not promise.
void shuffle(std::vector<int>& order, std::mt19937& rng)
{
    for (std::size_t i = order.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>((static_cast<std::uint64_t>(rng()) * i) >> 32);
        std::swap(order[i - 1], order[j]);
    }
}

int threadCountFor(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

} // namespace

Trainer::Trainer(Network<float>& network, const Dataset& dataset, TrainingConfig config)
    : m_network(network)
    , m_dataset(dataset)
    , m_config(std::move(config))
    , m_rng(m_config.seed)
    , m_augmentRng(m_config.seed ^ 0x9e3779b9u) // another stream than the order's, from the same seed
{
    if (dataset.train.count == 0 || dataset.test.count == 0)
        throw std::invalid_argument("the dataset has no training or no test images");
    if (dataset.train.imageSize() != network.inputSize())
        throw std::invalid_argument("the network reads " + std::to_string(network.inputSize())
                                    + " values per image but the dataset's images have "
                                    + std::to_string(dataset.train.imageSize()));
    if (dataset.classCount() > network.classCount())
        throw std::invalid_argument("the dataset has " + std::to_string(dataset.classCount())
                                    + " classes but the network gives only " + std::to_string(network.classCount())
                                    + " scores");
    for (const TrainingConfig::Error error : m_config.validate(&network.spec())) {
        if (error == TrainingConfig::Error::BatchMemory)
            network.spec().checkBatchFits(m_config.batchSize); // says how much is needed and what fits
        throw std::invalid_argument(m_config.errorText(error));
    }
    m_pool = std::make_unique<WorkerPool>(threadCountFor(m_config.threads));
    m_optimizer = Optimizer<float>::create(m_config.optimizer);
    m_order.resize(static_cast<std::size_t>(dataset.train.count));
}

Trainer::~Trainer() = default;

void Trainer::setLearningRate(double rate)
{
    m_optimizer->setLearningRate(rate);
    m_config.optimizer.learningRate = rate;
}

EpochSnapshot Trainer::snapshot(int epoch)
{
    EpochSnapshot snap;
    snap.epoch = epoch;
    snap.input = m_config.snapshotInput.empty() ? m_dataset.test.image(0)
                                                : m_config.snapshotInput.reshaped(m_network.spec().input);
    snap.probabilities = m_network.classify(snap.input);
    for (int i = 0; i < m_network.layerCount(); ++i) {
        const Layer<float>& layer = m_network.layer(i);
        snap.activations.push_back(layer.outputTensor(0));
        if (snap.filters.empty() && layer.kind() == LayerKind::Conv)
            snap.filters = layer.parameterTensors().front();
    }
    return snap;
}

TrainingResult Trainer::run(const TrainingControl& control, const TrainingCallbacks& callbacks)
{
    TrainingResult result;
    result.epochsCompleted = m_epochsCompleted;
    const ImageSet& train = m_dataset.train;
    const int batchSize = m_config.batchSize;
    const int batches = (train.count + batchSize - 1) / batchSize;

    if (callbacks.snapshot && !m_firstSnapshotTaken) {
        callbacks.snapshot(snapshot(0));
        m_firstSnapshotTaken = true;
    }

    Matrix batch;
    std::vector<int> labels;
    std::vector<std::vector<float>> lastGood;
    while (m_epochsCompleted < m_config.epochs) {
        const int epoch = m_epochsCompleted + 1;
        std::iota(m_order.begin(), m_order.end(), 0);
        shuffle(m_order, m_rng);

        EpochReport report;
        report.epoch = epoch;
        double lossSum = 0.0;
        int correct = 0;
        int seen = 0;
        double trainSeconds = 0.0;
        for (int b = 0; b < batches; ++b) {
            if (!control.proceed()) {
                result.outcome = TrainingOutcome::Stopped;
                result.message = "training stopped during epoch " + std::to_string(epoch);
                return result;
            }
            const double pausedBefore = control.pausedSeconds();
            const Clock::time_point start = Clock::now();
            const int first = b * batchSize;
            const int count = std::min(batchSize, train.count - first);
            train.fillBatch(std::span<const int>(m_order).subspan(static_cast<std::size_t>(first),
                                                                 static_cast<std::size_t>(count)),
                            batch, labels);
            if (m_config.augment)
                augmentBatch(batch, m_network.spec().input, AugmentationSettings{}, m_augmentRng);
            const BatchLoss loss = m_network.computeGradients(batch, labels, m_pool.get(), &control);
            if (!loss.complete) {
                // Stopped part-way through the batch: its gradients are incomplete and not applied.
                result.outcome = TrainingOutcome::Stopped;
                result.message = "training stopped during epoch " + std::to_string(epoch);
                return result;
            }
            if (!std::isfinite(loss.loss)) {
                // The weights that produced this loss came from the step before; put back the
                // weights of the last batch whose loss was finite.
                const std::vector<ParameterView<float>> parameters = m_network.parameters();
                for (std::size_t i = 0; i < lastGood.size() && i < parameters.size(); ++i)
                    std::copy(lastGood[i].begin(), lastGood[i].end(), parameters[i].values);
                result.outcome = TrainingOutcome::Diverged;
                result.failedEpoch = epoch;
                result.failedBatch = b + 1;
                result.learningRate = m_config.optimizer.learningRate;
                result.optimizer = m_config.optimizer.kind;
                result.message = "the loss became " + std::string(std::isnan(loss.loss) ? "NaN" : "infinite")
                    + " at epoch " + std::to_string(epoch) + ", batch " + std::to_string(b + 1)
                    + ": the learning rate " + shortestText(result.learningRate)
                    + " is probably too high, try a lower one (e.g. "
                    + shortestText(suggestedLearningRate(result.optimizer, result.learningRate))
                    + "); the weights of the last good batch were kept";
                return result;
            }
            const std::vector<ParameterView<float>> parameters = m_network.parameters();
            lastGood.resize(parameters.size());
            for (std::size_t i = 0; i < parameters.size(); ++i)
                lastGood[i].assign(parameters[i].values, parameters[i].values + parameters[i].size);
            m_optimizer->step(parameters);
            trainSeconds += workingSecondsSince(start, control, pausedBefore);

            lossSum += loss.loss * count;
            correct += loss.correct;
            seen += count;
            if (callbacks.batchDone) {
                BatchReport batchReport;
                batchReport.epoch = epoch;
                batchReport.batch = b + 1;
                batchReport.batchesPerEpoch = batches;
                batchReport.loss = loss.loss;
                batchReport.accuracy = static_cast<double>(loss.correct) / count;
                batchReport.samplesPerSecond = trainSeconds > 0.0 ? seen / trainSeconds : 0.0;
                const long long batchesLeft = static_cast<long long>(batches - b - 1)
                    + static_cast<long long>(m_config.epochs - epoch) * batches;
                batchReport.secondsLeft = static_cast<double>(batchesLeft) * trainSeconds / (b + 1)
                    + (m_config.epochs - epoch + 1) * m_epochOverheadSeconds;
                callbacks.batchDone(batchReport);
            }
        }
        report.trainLoss = lossSum / seen;
        report.trainAccuracy = static_cast<double>(correct) / seen;
        report.trainSeconds = trainSeconds;
        report.samplesPerSecond = trainSeconds > 0.0 ? seen / trainSeconds : 0.0;

        const double pausedBeforeTest = control.pausedSeconds();
        const Clock::time_point testStart = Clock::now();
        const Evaluation test = evaluate(m_network, m_dataset.test, m_pool.get(), &control, m_config.evaluationBatch);
        if (!test.complete) {
            result.outcome = TrainingOutcome::Stopped;
            result.message = "training stopped while testing epoch " + std::to_string(epoch);
            return result;
        }
        report.testSeconds = workingSecondsSince(testStart, control, pausedBeforeTest);
        report.testLoss = test.loss;
        report.testAccuracy = test.accuracy;

        m_epochsCompleted = epoch;
        result.epochsCompleted = epoch;
        result.lastEpoch = report;
        if (callbacks.epochDone)
            callbacks.epochDone(report);
        if (callbacks.snapshot)
            callbacks.snapshot(snapshot(epoch));
        // Whatever the callbacks do between epochs (the GUI tests the network again for its
        // predictions) is part of the time a run takes.
        m_epochOverheadSeconds = workingSecondsSince(testStart, control, pausedBeforeTest);
    }
    result.outcome = TrainingOutcome::Finished;
    result.message = "training finished after " + std::to_string(m_epochsCompleted) + " epochs";
    return result;
}

} // namespace convscope::core
