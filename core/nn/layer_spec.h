#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace convscope::core {

// The layer types a network is built from. The ids ("conv", "relu", …) are the words of the
// network text file and stay stable; the ui maps them to translated names.
enum class LayerKind {
    Conv,
    Relu,
    MaxPool,
    AvgPool,
    Flatten,
    Dense,
    Dropout,
    Tanh,
    Sigmoid,
    LeakyRelu,
    BatchNorm,
    GlobalAvgPool,
    MinPool,
};

std::string_view layerKindId(LayerKind kind);
std::optional<LayerKind> layerKindFromId(std::string_view id);

// One layer as data: what the text file says about it, nothing learned.
//
//   conv K F [stride S] [pad P]   K filters of F×F over every input channel
//   relu                          max(0, x)
//   tanh                          (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)
//   sigmoid                       1/(1 + e⁻ˣ)
//   leakyrelu A                   x when x > 0, else A·x (0 ≤ A < 1)
//   maxpool F [stride S] [pad P]  F×F windows, stride F unless given; P ≤ F/2 cells of padding
//   avgpool F [stride S] [pad P]  on each side (max pools pad with −∞, min pools with +∞, average
//   minpool F [stride S] [pad P]  pools with zeros that count in the mean, as PyTorch's defaults)
//   globalavgpool                 C×H×W → C×1×1, the mean of each map
//   batchnorm [eps E]             per channel (x − mean)/√(var + E)·γ + β, E = 1e-5 by default
//   flatten                       C×H×W → C·H·W
//   dense N                       fully connected, N outputs
//   dropout P                     zeroes a fraction P of the values while training
struct LayerSpec {
    LayerKind kind = LayerKind::Relu;
    int units = 0;     // conv: filters K; dense: outputs N
    int window = 0;    // conv: filter size F; pools: window F
    int stride = 1;    // conv and pools (a pool's stride defaults to its window)
    int padding = 0;   // conv and pools (not the global one)
    double rate = 0.0; // dropout: the fraction dropped, 0 ≤ P < 1; leakyrelu: the slope A, 0 ≤ A < 1
    double epsilon = defaultBatchNormEpsilon; // batchnorm only: added to the variance
    int line = 0;      // line of the text file it came from, 0 when built in code

    static constexpr double defaultBatchNormEpsilon = 1e-5; // PyTorch's and ONNX's default

    static LayerSpec conv(int filters, int size, int padding = 0, int stride = 1);
    static LayerSpec relu();
    static LayerSpec maxPool(int window, int stride = 0);
    static LayerSpec avgPool(int window, int stride = 0);
    static LayerSpec flatten();
    static LayerSpec dense(int outputs);
    static LayerSpec dropout(double rate);
    static LayerSpec tanh();
    static LayerSpec sigmoid();
    static LayerSpec leakyRelu(double slope);
    static LayerSpec minPool(int window, int stride = 0);
    static LayerSpec globalAvgPool();
    static LayerSpec batchNorm(double epsilon = defaultBatchNormEpsilon);

    bool hasParameters() const
    {
        return kind == LayerKind::Conv || kind == LayerKind::Dense || kind == LayerKind::BatchNorm;
    }
    bool isPool() const
    {
        return kind == LayerKind::MaxPool || kind == LayerKind::AvgPool || kind == LayerKind::MinPool;
    }
    // The learned values for an input of `inputDepth` channels (conv, batch norm) or values (dense):
    //   conv       K·(C·F·F + 1)   F·F weights per input channel and one bias, for each of the K filters
    //   dense      N·(M + 1)       M weights and one bias for each of the N outputs
    //   batchnorm  2·C             a scale γ and a shift β per channel (its running statistics are
    //                              not learned, so not counted)
    // and 0 for the kinds that learn nothing.
    std::int64_t parameterCount(int inputDepth) const;

    // The line of the text file, e.g. "conv 8 3 pad 1"; options equal to their default are left out.
    std::string toText() const;

    bool operator==(const LayerSpec& other) const;
};

// The shortest decimal text that reads back as the same double ("0.25", "0.1").
std::string shortestText(double value);
// The same for a float: 0.1307f is "0.1307", not its double's 0.13070000708103180.
std::string shortestFloatText(float value);

} // namespace convscope::core
