#pragma once

#include "core/nn/model.h"
#include "core/nn/model_file.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string_view>

namespace convscope::core {

// Reads a CNN exported from PyTorch (torch.onnx.export) or another framework as ONNX into
// ConvScope's own network: a NetworkSpec with its learned arrays, exactly as a model file gives
// it. Only a graph that is one chain of layers ConvScope has is read:
//
//   ONNX operator                      ConvScope layer
//   Conv (group 1, square kernel,      conv K F [stride S] [pad P]  (weights K×C×F×F, bias K)
//         one stride, equal pads)
//   Relu, LeakyRelu, Tanh, Sigmoid     relu, leakyrelu A, tanh, sigmoid
//   MaxPool, AveragePool               maxpool / avgpool F [stride S] [pad P]
//   Neg, MaxPool, Neg                  minpool F [stride S] [pad P]  (as ConvScope writes it)
//   GlobalAveragePool, GlobalMaxPool   globalavgpool, maxpool over the whole (square) map
//   BatchNormalization (inference)     batchnorm [eps E]            (γ, β, mean, var)
//   Flatten, Reshape to one vector     flatten
//   Gemm, MatMul (+ Add)               dense N                      (weights N×M, bias N)
//   Pad (constant 0) before a Conv or AveragePool: added to its padding
//   Dropout, Identity: nothing (inference passes every value); Constant: a value for a later node
//   Softmax, LogSoftmax as the last node: nothing (ConvScope shows the softmax of the class scores)
//
// The model's metadata_props may hold the class names and the input's normalisation under the
// keys ConvScope writes (onnxClassNamesKey, …); other keys are ignored.
//
// The input must be N × C × H × W with C, H and W fixed (N, the batch, may be named); opsets
// 7 to 18. Anything else is refused with one sentence naming the file and the node, e.g.
//   model.onnx: node 'Resize_7' uses the ONNX operator Resize, which ConvScope does not support
inline constexpr int minOnnxOpset = 7;
inline constexpr int maxOnnxOpset = 18;
inline constexpr std::int64_t maxOnnxFileBytes = maxModelFileBytes;

// The metadata_props keys: the class names one a line, the mean and std as numbers separated by
// commas (one for every channel, or one per channel), the values a picture's [0, 1] values are
// normalised with before the graph reads them.
inline constexpr std::string_view onnxClassNamesKey = "convscope.class_names";
inline constexpr std::string_view onnxInputMeanKey = "convscope.input_mean";
inline constexpr std::string_view onnxInputStdKey = "convscope.input_std";

class OnnxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What the graph's output holds: ConvScope's network ends in the class scores (logits); a graph
// ending in Softmax gives their softmax, one ending in LogSoftmax its logarithm.
enum class OnnxOutput { Logits, Probabilities, LogProbabilities };

struct OnnxModel {
    Model model;
    OnnxOutput output = OnnxOutput::Logits;
    int opset = 0; // of the default ONNX domain
    // Per layer of model.spec, the node it was read from: "Conv_0 (Conv)", or the operator of a
    // node without a name.
    std::vector<std::string> layerNodes;
};

// Throws OnnxError; `name` stands for the file in messages.
OnnxModel decodeOnnx(std::span<const std::uint8_t> bytes, std::string_view name);
// Reads at most maxOnnxFileBytes and decodes; throws OnnxError.
OnnxModel loadOnnx(const std::filesystem::path& path);

} // namespace convscope::core
