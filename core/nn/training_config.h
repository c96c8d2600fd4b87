#pragma once

#include "core/nn/optimizer.h"
#include "core/tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convscope::core {

struct NetworkSpec;

// What a training run is asked to do, and the limits on each choice: the Training page's spin
// boxes take their ranges from these constants and the command line refuses what validate()
// refuses, so a lesson typed at the terminal can be repeated in the window and back.
struct TrainingConfig {
    // A thousand epochs of the bundled digits take the classroom network about an hour; more is
    // a typo, not a lesson.
    static constexpr int minEpochs = 1;
    static constexpr int maxEpochs = 1000;
    // The memory a batch needs is checked against the network as well (NetworkSpec::batchFits).
    static constexpr int minBatchSize = 1;
    static constexpr int maxBatchSize = 4096;
    // Above 0 and at most 100: a rate of 10 or 100 is how a class sees the loss blow up; beyond
    // that there is nothing new to see.
    static constexpr double maxLearningRate = 100.0;
    static constexpr double maxMomentum = 0.99; // SGD; 1 would never forget a step
    // Six digits: as many as a class copies off the board without a slip.
    static constexpr std::uint32_t maxSeed = 999'999;
    static constexpr int maxThreads = 256;

    // Why validate() refuses a configuration; the ui and the command line give each its own
    // translated sentence.
    enum class Error {
        Epochs,         // not minEpochs … maxEpochs
        BatchSize,      // not minBatchSize … maxBatchSize
        BatchMemory,    // the batch's caches exceed maxBatchCacheBytes for this network
        LearningRate,   // not a number in (0, maxLearningRate]
        Momentum,       // not in [0, maxMomentum]
        Seed,           // above maxSeed
        Threads,        // not 0 … maxThreads
        SnapshotInput,  // snapshotInput is neither empty nor the network's input size
    };

    int epochs = 5;             // train until this many epochs are complete
    int batchSize = 64;
    OptimizerSettings optimizer;
    int threads = 0;            // 0: every core of the machine
    std::uint32_t seed = 1;     // the first weights, the order of the samples in each epoch, the augmentation
    // Each training picture of each batch changed a little (core/data/augmentation) before it is
    // learned from; the test pictures never are.
    bool augment = false;
    int evaluationBatch = 200;
    // The input whose activations every snapshot records (shaped like the network's input);
    // empty: the first test image.
    Tensor snapshotInput;

    // Every limit the configuration breaks, in the order of the fields; empty when it may be
    // trained. With a network, also whether one batch fits in memory and the snapshot input's size.
    std::vector<Error> validate(const NetworkSpec* network = nullptr) const;
    // One English sentence for `error` with the value at fault, for exceptions and tests.
    std::string errorText(Error error) const;

    bool operator==(const TrainingConfig& other) const = default;
};

} // namespace convscope::core
