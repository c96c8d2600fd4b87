#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace convscope::core {

// The layer types a network is built from. The ids ("conv", "relu", …) are the words of the
// network text file and stay stable; the ui maps them to translated names.
enum class LayerKind { Conv, Relu, MaxPool, AvgPool, Flatten, Dense, Dropout };

std::string_view layerKindId(LayerKind kind);
std::optional<LayerKind> layerKindFromId(std::string_view id);

// One layer as data: what the text file says about it, nothing learned.
//
//   conv K F [stride S] [pad P]   K filters of F×F over every input channel
//   relu                          max(0, x)
//   maxpool F [stride S]          F×F windows, stride F unless given
//   avgpool F [stride S]
//   flatten                       C×H×W → C·H·W
//   dense N                       fully connected, N outputs
//   dropout P                     zeroes a fraction P of the values while training
struct LayerSpec {
    LayerKind kind = LayerKind::Relu;
    int units = 0;     // conv: filters K; dense: outputs N
    int window = 0;    // conv: filter size F; pools: window F
    int stride = 1;    // conv and pools (a pool's stride defaults to its window)
    int padding = 0;   // conv only
    double rate = 0.0; // dropout only: the fraction dropped, 0 ≤ P < 1
    int line = 0;      // line of the text file it came from, 0 when built in code

    static LayerSpec conv(int filters, int size, int padding = 0, int stride = 1);
    static LayerSpec relu();
    static LayerSpec maxPool(int window, int stride = 0);
    static LayerSpec avgPool(int window, int stride = 0);
    static LayerSpec flatten();
    static LayerSpec dense(int outputs);
    static LayerSpec dropout(double rate);

    bool hasParameters() const { return kind == LayerKind::Conv || kind == LayerKind::Dense; }
    // The learned values for an input of `inputDepth` channels (conv) or values (dense):
    //   conv   K·(C·F·F + 1)   F·F weights per input channel and one bias, for each of the K filters
    //   dense  N·(M + 1)       M weights and one bias for each of the N outputs
    // and 0 for the kinds that learn nothing.
    std::int64_t parameterCount(int inputDepth) const;

    // The line of the text file, e.g. "conv 8 3 pad 1"; options equal to their default are left out.
    std::string toText() const;

    bool operator==(const LayerSpec& other) const;
};

// The shortest decimal text that reads back as the same double ("0.25", "0.1").
std::string shortestText(double value);

} // namespace convscope::core
