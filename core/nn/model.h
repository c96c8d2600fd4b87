#pragma once

#include "core/nn/network.h"
#include "core/nn/network_spec.h"
#include "core/tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convscope::core {

// What is known about how a model was trained, kept in its file.
struct ModelMetadata {
    std::string datasetName;             // "mnist-subset", "fashion-mnist", …
    std::vector<std::string> classNames; // one per output, in label order
    int epochs = 0;
    double testAccuracy = -1.0;          // fraction in [0, 1]; −1 when not measured
    double trainLoss = -1.0;             // mean over the last epoch; −1 when not measured
    std::string optimizer;               // "adam" or "sgd"
    double learningRate = 0.0;
    int batchSize = 0;
    std::uint32_t seed = 0;
    // How a picture's values x in [0, 1] become the network's input, as the network was trained
    // (torchvision's Normalize): (x − inputMean[c]) / inputStd[c] for channel c, one value for all
    // channels or one per channel. Both empty for a network that reads x as it is, as every
    // network trained in ConvScope does; an imported network brings its own.
    std::vector<float> inputMean;
    std::vector<float> inputStd;
};

// A trained network as plain values: what a model file holds, and what a training worker hands to
// the views (a copy, so the views never share a network that is still learning).
struct Model {
    NetworkSpec spec;
    std::vector<Tensor> parameters; // in Network::parameters() order: weights, bias, weights, bias, …
    ModelMetadata metadata;

    static Model fromNetwork(const Network<float>& network, ModelMetadata metadata);
    // A network with these weights; throws std::invalid_argument (or NetworkSpecError) when the
    // parameters do not fit the architecture.
    Network<float> toNetwork() const;
    // A fitted picture (C × H × W in [0, 1]) as the network reads it: normalised with the
    // metadata's mean and std when it has them.
    Tensor normalisedInput(const Tensor& picture) const;
    // How many weights and biases `parameters` hold.
    std::int64_t parameterCount() const;
};

} // namespace convscope::core
