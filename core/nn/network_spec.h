#pragma once

#include "core/nn/layer_spec.h"
#include "core/output_size.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace convscope::core {

// Limits on what a network file may ask for, checked before anything is allocated: a typo such as
// "dense 640000000" is refused with a message instead of exhausting memory.
inline constexpr int maxNetworkLayers = 64;
inline constexpr int maxInputExtent = 1024;          // input channels, height and width, each
inline constexpr int maxLayerUnits = 16384;          // filters of a conv, outputs of a dense layer
inline constexpr int maxFilterSize = 64;
inline constexpr std::int64_t maxNetworkParameters = 50'000'000;
inline constexpr std::int64_t maxValuesPerSample = 4'000'000; // of any layer's output
// A pass keeps every layer's output and input gradient for each sample of its batch. A wide
// network at a large batch would claim more memory than a school computer has (a thousand 3×3
// filters at a batch of 640 need 9 GB), so a batch whose caches need more than this is refused.
inline constexpr std::int64_t maxBatchCacheBytes = 2'000'000'000;

// A network file that cannot be read or a stack of layers whose shapes do not fit. line() is the
// line of the text file at fault (0 when unknown), layer() the index of the layer at fault (-1 when
// the fault is not in one layer); what() is one English sentence that names both.
class NetworkSpecError : public std::runtime_error {
public:
    NetworkSpecError(const std::string& message, int line, int layer)
        : std::runtime_error(message)
        , m_line(line)
        , m_layer(layer)
    {
    }
    int line() const { return m_line; }
    int layer() const { return m_layer; }

private:
    int m_line;
    int m_layer;
};

// Why a layer cannot follow the one before it, as an id the ui words in its own language.
enum class LayerFault {
    None,
    NeedsSpatialInput, // a conv or pooling layer after 'flatten'
    NeedsFlatInput,    // a dense layer before 'flatten'
    PaddingOverHalfWindow, // a pooling layer padded by more than half its window
    Height,            // no window fits down the height: see LayerShape::height
    Width,             // no window fits across the width: see LayerShape::width
    TooManyValues,     // the output has more than maxValuesPerSample values
    TooManyParameters  // the network up to here has more than maxNetworkParameters
};

// What shape inference found for one layer: the per-sample shapes before and after it and the
// number of learned values. When `error` is set this layer is the one at fault and the shapes
// after it are unknown.
struct LayerShape {
    std::vector<int> input;  // e.g. {8, 28, 28}
    std::vector<int> output; // e.g. {8, 14, 14}; {64} after a dense layer
    std::int64_t parameters = 0;
    // Conv and pooling layers: H_out and W_out with their statuses, so a view can print the
    // formula or say why no window fits. Left at their defaults for the other kinds.
    OutputSize height;
    OutputSize width;
    LayerFault fault = LayerFault::None;
    std::string error; // `fault` as one English sentence, empty when the layer fits
};

// A whole network as data: the shape of one input sample and the layers in order. The text file
// holds one layer per line; '#' starts a comment; an optional first "input C H W" line gives the
// input shape (1 28 28 when absent):
//
//   input 1 28 28
//   conv 8 3 pad 1
//   relu
//   maxpool 2
//   flatten
//   dense 10
struct NetworkSpec {
    std::vector<int> input{1, 28, 28}; // C × H × W
    std::vector<LayerSpec> layers;

    // The two presets of the Training page.
    //   classroom: conv 8 3×3 pad 1 → ReLU → max pool 2 → conv 16 3×3 pad 1 → ReLU → max pool 2
    //              → flatten → dense 64 → ReLU → dense 10                      (52,138 parameters)
    //   tutorial:  the classic MNIST tutorial: conv 32 5×5 pad 2 → ReLU → max pool 2 → conv 64 5×5
    //              pad 2 → ReLU → max pool 2 → flatten → dense 1024 → ReLU → dense 10  (3,274,634)
    static NetworkSpec classroom();
    static NetworkSpec tutorial();
    // "classroom" or "tutorial"; nullopt for any other name.
    static std::optional<NetworkSpec> preset(std::string_view name);

    // Reads the text format; throws NetworkSpecError naming the line for unknown words, missing
    // or malformed numbers and values outside the limits above. Shapes are not checked here.
    static NetworkSpec parse(std::string_view text);
    std::string toText() const;

    // Shapes layer by layer, with the same outputSize() the other pages use. Never throws: the
    // first layer that cannot work gets an error and the layers after it get no shapes, so an
    // editor can show the shapes up to the fault.
    std::vector<LayerShape> inferShapes() const;
    // Throws NetworkSpecError for the first layer at fault, for an empty network and for a
    // network that does not end in a flat vector of class scores.
    void validate() const;

    std::int64_t parameterCount() const;
    // The shape of every saved array in layer order, as Network::parameterTensors() lists them:
    // conv weights {K, C, F, F} then bias {K}; dense weights {N, M} then bias {N}; batchnorm γ, β,
    // running mean and running variance, each {C}. validate() first.
    std::vector<std::vector<int>> parameterShapes() const;
    // The length of the final output (the number of classes it can tell apart); validate() first.
    int outputCount() const;

    // The bytes a pass over `samples` samples keeps in its caches, for values of `valueBytes`
    // bytes (4 for float), and the largest batch whose caches fit in maxBatchCacheBytes (0 when
    // not even one sample fits). validate() first.
    std::int64_t batchCacheBytes(int samples, int valueBytes = 4) const;
    int largestBatch(int valueBytes = 4) const;
    // Whether batchCacheBytes(samples) is within maxBatchCacheBytes: the one memory check of a
    // batch, which TrainingConfig::validate, checkBatchFits and the network's passes all use.
    bool batchFits(int samples, int valueBytes = 4) const;
    // Throws std::invalid_argument saying how much memory a batch of `samples` would need and
    // which batch fits, when batchCacheBytes(samples) is over maxBatchCacheBytes.
    void checkBatchFits(int samples, int valueBytes = 4) const;

    bool operator==(const NetworkSpec& other) const = default;
};

} // namespace convscope::core
