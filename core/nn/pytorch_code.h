#pragma once

#include "core/nn/model.h"
#include "core/nn/network_spec.h"
#include "core/nn/training_config.h"

#include <string>

namespace convscope::core {

// How the generated script trains: what ConvScope's Training page or a model's metadata says.
struct PytorchTraining {
    OptimizerSettings optimizer;
    int batchSize = 64;
    int epochs = 5;
    std::vector<float> inputMean; // the normalisation, as ModelMetadata holds it
    std::vector<float> inputStd;

    static PytorchTraining fromConfig(const TrainingConfig& config);
    // A model's own record; what it does not record keeps the defaults above.
    static PytorchTraining fromMetadata(const ModelMetadata& metadata);
};

// A ConvScope network as a self-contained PyTorch script: an nn.Module whose nn.Sequential has
// the same layers in the same order, each line commented with its ConvScope layer and its output
// shape as the lecture writes it ([W, H, K]), then a training loop with the same optimiser,
// learning rate, batch size and epochs on IDX folders (MNIST's file names):
//
//   python3 net.py --data FOLDER [--epochs N]     trains, ending in "test accuracy: NN.N%"
//   python3 net.py --weights net.onnx --data FOLDER --epochs 0
//                                                 ConvScope's own weights (its ONNX export), tested
//
// PyTorch has no min pooling, so a network with one gets a MinPool2d class: −maxpool(−x), the same
// padding with +∞. `spec` must be valid (NetworkSpec::validate).
std::string pytorchCode(const NetworkSpec& spec, const PytorchTraining& training);

} // namespace convscope::core
