#pragma once

#include "core/nn/model.h"

#include <filesystem>
#include <string>

namespace convscope::core {

// Writes ConvScope's network as an ONNX model that ONNX's checker accepts and any ONNX runtime
// evaluates to the probabilities ConvScope shows: the graph ends in a Softmax over the class
// scores. Opset 13, the input `input` (batch × C × H × W, the batch named), the output
// `probabilities` (batch × classes).
//
//   ConvScope layer                    ONNX nodes
//   conv K F [stride S] [pad P]        Conv
//   relu, tanh, sigmoid, leakyrelu A   Relu, Tanh, Sigmoid, LeakyRelu (alpha A)
//   maxpool, avgpool F [stride S] [pad P]   MaxPool, AveragePool (count_include_pad 1)
//   minpool F [stride S] [pad P]       Neg, MaxPool, Neg: −maxpool(−x)
//   globalavgpool                      GlobalAveragePool
//   batchnorm [eps E]                  BatchNormalization
//   flatten                            Flatten (axis 1)
//   dense N                            Gemm (transB 1)
//   dropout P                          nothing: an exported network infers, and passes every value
//
// The learned arrays are named as PyTorch's state_dict names them for the nn.Sequential that
// pytorchCode() writes (layers.0.weight, layers.0.bias, layers.3.running_mean, …), so the
// generated script loads them. The class names and the input's normalisation go into
// metadata_props under the keys onnx_reader.h names, so reading the file back gives the same model.
inline constexpr int onnxWriterOpset = 13;

// Throws std::invalid_argument when the parameters do not fit the architecture.
std::string encodeOnnx(const Model& model);
// Written atomically; throws OnnxError naming the path when it cannot be written.
void saveOnnx(const std::filesystem::path& path, const Model& model);

} // namespace convscope::core
