// Fuzzes the ONNX reader (core::decodeOnnx) from its fixtures' seeds.
// Properties: no crash, only OnnxError for a file it cannot read, nothing allocated from a claimed
// dimension alone, and an accepted model that is a valid ConvScope model: its arrays have the
// shapes its architecture gives them, and it survives a ConvScope model file's round trip and
// ConvScope's own ONNX writer's (the same layers, arrays, class names and normalisation).
#include "core/nn/model_file.h"
#include "core/onnx/onnx_reader.h"
#include "core/onnx/onnx_writer.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace convscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    core::OnnxModel onnx;
    try {
        onnx = core::decodeOnnx(std::span<const std::uint8_t>(data, size), "fuzz.onnx");
    } catch (const core::OnnxError& error) {
        fuzz::require(std::string_view(error.what()).starts_with("fuzz.onnx: "), "a refusal names the file");
        return 0;
    }
    const core::Model& model = onnx.model;
    const std::vector<std::vector<int>> shapes = model.spec.parameterShapes();
    fuzz::require(model.parameters.size() == shapes.size(), "one array per array of the architecture");
    for (std::size_t i = 0; i < shapes.size(); ++i)
        fuzz::require(model.parameters[i].shape() == shapes[i], "every array has the shape of the architecture");
    fuzz::require(onnx.opset >= core::minOnnxOpset && onnx.opset <= core::maxOnnxOpset, "a supported opset");

    const std::vector<char> encoded = core::encodeModel(model);
    const core::Model again = core::decodeModel(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(encoded.data()), encoded.size()),
        "fuzz.csmodel");
    fuzz::require(again.parameters == model.parameters, "the model file keeps every value");

    const std::string written = core::encodeOnnx(model);
    const core::OnnxModel reread = core::decodeOnnx(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(written.data()), written.size()), "again.onnx");
    fuzz::require(reread.model.spec == model.spec, "the ONNX writer keeps every layer");
    fuzz::require(reread.model.parameters == model.parameters, "the ONNX writer keeps every value");
    fuzz::require(reread.model.metadata.classNames == model.metadata.classNames, "the ONNX writer keeps the class names");
    fuzz::require(reread.model.metadata.inputMean == model.metadata.inputMean
                      && reread.model.metadata.inputStd == model.metadata.inputStd,
                  "the ONNX writer keeps the normalisation");
    return 0;
}
