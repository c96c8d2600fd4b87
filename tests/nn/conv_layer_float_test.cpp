// The float convolution layer (oneDNN's primitives) against the double one (im2col products, which
// the gradient checks hold to finite differences): forward, d input, d weights and d bias, with
// padding, stride, channel counts oneDNN blocks by 16 and by less, and a batch split into two row
// ranges on one slot and on two, as the network runs it.
#include "core/nn/conv_layer.h"
#include "tests/catch.h"
#include "tests/nn/layer_test_support.h"

#include <cmath>

using namespace convscope::core;
using namespace convscope::test;

namespace {

void requireNear(const float* actual, const double* expected, std::size_t count, const char* what)
{
    INFO(what);
    for (std::size_t i = 0; i < count; ++i) {
        INFO("value " << i);
        REQUIRE(std::abs(static_cast<double>(actual[i]) - expected[i]) <= 1e-4 * (1.0 + std::abs(expected[i])));
    }
}

// Forward and backward over rows [0, split) and [split, end), on slots `slotA` and `slotB`.
template <typename T>
void runPasses(Layer<T>& layer, const RowMatrix<T>& input, const RowMatrix<T>& gradOutput, int split, int slotA,
               int slotB)
{
    const int batchRows = static_cast<int>(input.rows());
    const int slots = std::max(slotA, slotB) + 1;
    layer.prepare(batchRows, slots);
    layer.forward(input, 0, split, true, slotA);
    layer.backward(input, gradOutput, 0, split, slotA, true);
    layer.forward(input, split, batchRows, true, slotB);
    // The second range's backward runs after a forward of other batchRows on the same slot when
    // slotA == slotB: the layer must not take the other batchRows' input for these.
    layer.backward(input, gradOutput, split, batchRows, slotB, true);
    layer.gatherGradients(slots);
}

void compareWithDouble(const LayerSpec& spec, const std::vector<int>& inputShape, int batchRows, int slotB)
{
    INFO("conv " << spec.units << " " << spec.window << " stride " << spec.stride << " pad " << spec.padding
                 << " on " << inputShape[0] << "×" << inputShape[1] << "×" << inputShape[2] << ", " << batchRows
                 << " rows, second range on slot " << slotB);
    std::mt19937 rng(5);
    auto single = makeLayer<float>(spec, inputShape);
    auto reference = makeLayer<double>(spec, inputShape);
    const RowMatrix<double> input = randomMatrix<double>(batchRows, reference->inputSize(), rng);
    const RowMatrix<double> gradOutput = randomMatrix<double>(batchRows, reference->outputSize(), rng);
    std::vector<ParameterView<double>> referenceViews = reference->parameters();
    std::vector<ParameterView<float>> views = single->parameters();
    for (std::size_t p = 0; p < views.size(); ++p) {
        for (std::size_t i = 0; i < views[p].size; ++i) {
            views[p].values[i] = static_cast<float>(2.0 * (rng() / 4294967296.0) - 1.0);
            referenceViews[p].values[i] = views[p].values[i];
        }
    }
    const int split = batchRows / 2;
    runPasses<double>(*reference, input, gradOutput, split, 0, 0);
    runPasses<float>(*single, input.cast<float>(), gradOutput.cast<float>(), split, 0, slotB);
    requireNear(single->output().data(), reference->output().data(), reference->output().size(), "output");
    requireNear(single->gradInput().data(), reference->gradInput().data(), reference->gradInput().size(),
                "d input");
    for (std::size_t p = 0; p < views.size(); ++p)
        requireNear(views[p].gradient, referenceViews[p].gradient, views[p].size, referenceViews[p].name.data());
}

} // namespace

TEST_CASE("the float conv layer computes what the double one does, forward and back", "[nn][conv]")
{
    for (const int slotB : {0, 1}) {
        compareWithDouble(LayerSpec::conv(32, 5, 2), {1, 28, 28}, 6, slotB);
        compareWithDouble(LayerSpec::conv(64, 5, 2), {32, 14, 14}, 5, slotB);
        compareWithDouble(LayerSpec::conv(8, 3, 1), {1, 28, 28}, 4, slotB);
        compareWithDouble(LayerSpec::conv(16, 3, 1), {8, 14, 14}, 3, slotB);
        compareWithDouble(LayerSpec::conv(5, 3, 0, 2), {3, 11, 9}, 3, slotB);
    }
}
