// Fuzzes the network text format (core::NetworkSpec::parse) and shape inference over whatever it
// accepts. Properties: no crash, only NetworkSpecError for bad text, shapes inferred without
// throwing, and an accepted network that reads back identically after toText() writes it out.
#include "core/nn/network_spec.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace convscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::NetworkSpec spec;
    try {
        spec = core::NetworkSpec::parse(text);
    } catch (const core::NetworkSpecError& error) {
        fuzz::require(error.line() > 0, "a refusal of the text names its line");
        return 0;
    }
    fuzz::require(spec.input.size() == 3, "the input is C×H×W");
    fuzz::require(static_cast<int>(spec.layers.size()) <= core::maxNetworkLayers, "at most maxNetworkLayers layers");

    const std::vector<core::LayerShape> shapes = spec.inferShapes();
    fuzz::require(shapes.size() == spec.layers.size(), "one shape per layer");
    spec.parameterCount();
    bool valid = true;
    try {
        spec.validate();
    } catch (const core::NetworkSpecError& error) {
        fuzz::require(error.layer() < static_cast<int>(spec.layers.size()), "the layer at fault exists");
        valid = false;
    }
    if (valid) {
        fuzz::require(spec.parameterCount() <= core::maxNetworkParameters, "at most maxNetworkParameters");
        fuzz::require(spec.outputCount() >= 2, "a valid network ends in at least two scores");
        std::size_t arrays = 0;
        for (const core::LayerSpec& layer : spec.layers)
            arrays += layer.kind == core::LayerKind::BatchNorm ? 4 : layer.hasParameters() ? 2 : 0;
        fuzz::require(spec.parameterShapes().size() == arrays,
                      "two arrays per conv or dense layer, four (with the running statistics) per batchnorm");
    }

    const core::NetworkSpec again = core::NetworkSpec::parse(spec.toText());
    fuzz::require(again == spec, "toText() reads back to the same network");
    return 0;
}
