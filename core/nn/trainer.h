#pragma once

#include "core/data/dataset.h"
#include "core/nn/network.h"
#include "core/nn/optimizer.h"
#include "core/nn/training_config.h"
#include "core/tensor.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace convscope::core {

class TrainingControl;
class WorkerPool;

// After every batch.
struct BatchReport {
    int epoch = 0;              // 1-based
    int batch = 0;              // 1-based within the epoch
    int batchesPerEpoch = 0;
    double loss = 0.0;          // mean cross-entropy of this batch
    double accuracy = 0.0;      // fraction of this batch classified right (before the step)
    double samplesPerSecond = 0.0; // over the epoch so far, pauses excluded
    // Until config.epochs are complete: the batches left times this epoch's mean batch time, plus
    // for each epoch left its test pass and callbacks as the last epoch measured them (none before
    // the first has ended). Pauses excluded.
    double secondsLeft = 0.0;
};

// After every epoch.
struct EpochReport {
    int epoch = 0;
    double trainLoss = 0.0;     // mean of the epoch's batch losses, weighted by batch size
    double trainAccuracy = 0.0;
    double testLoss = 0.0;
    double testAccuracy = 0.0;
    double trainSeconds = 0.0;  // the epoch's batches, pauses excluded
    double testSeconds = 0.0;
    double samplesPerSecond = 0.0;
};

// What the "learned filters" and "inside the network" views show over time: recorded before
// the first epoch (epoch 0) and after each epoch.
struct EpochSnapshot {
    int epoch = 0;
    Tensor filters;                  // the first conv layer's weights, K×C×F×F (empty without conv)
    Tensor input;                    // the recorded input, C×H×W
    std::vector<Tensor> activations; // every layer's output for that input, in layer order
    std::vector<float> probabilities;
};

enum class TrainingOutcome {
    Finished, // all epochs done
    Stopped,  // stop() was called; the weights of the last completed batch are kept
    Diverged  // the loss became NaN or infinite; the weights of the last good batch are kept
};

struct TrainingResult {
    TrainingOutcome outcome = TrainingOutcome::Finished;
    int epochsCompleted = 0;
    EpochReport lastEpoch;      // of the last completed epoch (epoch 0 when none)
    int failedEpoch = 0;        // Diverged: where the loss stopped being finite
    int failedBatch = 0;
    double learningRate = 0.0;  // Diverged: the rate that was too high
    OptimizerKind optimizer = OptimizerKind::Adam; // Diverged: for that optimiser
    // One English sentence for the command line; the ui builds its own translated text from the
    // fields above.
    std::string message;
};

// Plain callbacks, called on the thread that runs the trainer; the ui adapts them into signals
// (and throttles what it draws). Any may be empty.
struct TrainingCallbacks {
    std::function<void(const BatchReport&)> batchDone;
    std::function<void(const EpochReport&)> epochDone;
    std::function<void(const EpochSnapshot&)> snapshot;
};

// Trains a network on a dataset with mini-batches, on the calling thread (the GUI runs it on a
// worker thread) with the batch split over `threads` cores:
//
//   for each epoch: shuffle the training set; for each batch: forward, loss, backward, optimiser
//   step; then evaluate the test set.
//
// The same seeds (the network's and the config's) and thread count give the same numbers. The
// trainer keeps references to the network and the dataset: both must outlive it.
class Trainer {
public:
    // Throws std::invalid_argument when the network does not fit the dataset (input size,
    // number of classes) or config.validate() refuses the configuration for this network.
    Trainer(Network<float>& network, const Dataset& dataset, TrainingConfig config);
    ~Trainer();

    // Trains until config.epochs epochs are complete, stop is requested or the loss diverges.
    // Calling it again after a stop continues with the next epoch (the interrupted one is
    // started again, reshuffled), keeping the optimiser's state.
    TrainingResult run(const TrainingControl& control, const TrainingCallbacks& callbacks = {});

    int epochsCompleted() const { return m_epochsCompleted; }
    const TrainingConfig& config() const { return m_config; }
    // The learning rate of the following steps.
    void setLearningRate(double rate);

    // Filters and activations of the snapshot input now.
    EpochSnapshot snapshot(int epoch);

private:
    Network<float>& m_network;
    const Dataset& m_dataset;
    TrainingConfig m_config;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<Optimizer<float>> m_optimizer;
    std::mt19937 m_rng;
    std::mt19937 m_augmentRng; // apart from m_rng, so augmenting leaves the order of the samples as it was
    std::vector<int> m_order;
    int m_epochsCompleted = 0;
    bool m_firstSnapshotTaken = false;
    double m_epochOverheadSeconds = 0.0; // the last epoch's test pass and callbacks
};

} // namespace convscope::core
