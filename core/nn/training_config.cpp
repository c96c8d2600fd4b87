#include "core/nn/training_config.h"

#include "core/nn/layer_spec.h"
#include "core/nn/network_spec.h"

#include <cmath>
#include <functional>
#include <numeric>

namespace convscope::core {

std::vector<TrainingConfig::Error> TrainingConfig::validate(const NetworkSpec* network) const
{
    std::vector<Error> errors;
    if (epochs < minEpochs || epochs > maxEpochs)
        errors.push_back(Error::Epochs);
    if (batchSize < minBatchSize || batchSize > maxBatchSize)
        errors.push_back(Error::BatchSize);
    else if (network && !network->batchFits(batchSize))
        errors.push_back(Error::BatchMemory);
    const double rate = optimizer.learningRate;
    // Written so that NaN fails too.
    if (!(rate > 0.0 && rate <= maxLearningRate))
        errors.push_back(Error::LearningRate);
    if (!(optimizer.momentum >= 0.0 && optimizer.momentum <= maxMomentum))
        errors.push_back(Error::Momentum);
    if (seed > maxSeed)
        errors.push_back(Error::Seed);
    if (threads < 0 || threads > maxThreads)
        errors.push_back(Error::Threads);
    if (network && !snapshotInput.empty()) {
        const std::int64_t inputSize
            = std::accumulate(network->input.begin(), network->input.end(), std::int64_t{1}, std::multiplies<>());
        if (static_cast<std::int64_t>(snapshotInput.size()) != inputSize)
            errors.push_back(Error::SnapshotInput);
    }
    return errors;
}

std::string TrainingConfig::errorText(Error error) const
{
    switch (error) {
    case Error::Epochs:
        return "the number of epochs must be " + std::to_string(minEpochs) + " to " + std::to_string(maxEpochs)
            + ", not " + std::to_string(epochs);
    case Error::BatchSize:
        return "the batch size must be " + std::to_string(minBatchSize) + " to " + std::to_string(maxBatchSize)
            + ", not " + std::to_string(batchSize);
    case Error::BatchMemory:
        return "a batch of " + std::to_string(batchSize) + " images needs more memory than this network may use";
    case Error::LearningRate:
        return "the learning rate must be a positive number of at most " + shortestText(maxLearningRate) + ", not "
            + shortestText(optimizer.learningRate);
    case Error::Momentum:
        return "the momentum must be 0 to " + shortestText(maxMomentum) + ", not " + shortestText(optimizer.momentum);
    case Error::Seed:
        return "the seed must be 0 to " + std::to_string(maxSeed) + ", not " + std::to_string(seed);
    case Error::Threads:
        return "the thread count must be 0 (all cores) to " + std::to_string(maxThreads) + ", not "
            + std::to_string(threads);
    case Error::SnapshotInput:
        return "the snapshot input has " + std::to_string(snapshotInput.size())
            + " values, not as many as the network reads";
    }
    return {};
}

} // namespace convscope::core
