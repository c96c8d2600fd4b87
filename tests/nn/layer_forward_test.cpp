// Every layer on small inputs with explicit weights, against numbers worked out by hand
// (tiny-dnn's discipline), plus the per-sample shapes each layer reports.
#include "core/conv2d.h"
#include "core/nn/conv_layer.h"
#include "core/nn/dropout_layer.h"
#include "core/nn/pool_layer.h"
#include "core/nn/softmax_cross_entropy.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"
#include "tests/nn/layer_test_support.h"

#include <cmath>

using namespace convscope::core;
using namespace convscope::test;
using convscope::test::Approx;

namespace {

RowMatrix<double> rowOf(std::initializer_list<double> values)
{
    RowMatrix<double> row(1, static_cast<Eigen::Index>(values.size()));
    std::copy(values.begin(), values.end(), row.data());
    return row;
}

std::vector<double> valuesOf(const RowMatrix<double>& matrix, int row = 0)
{
    return std::vector<double>(matrix.row(row).data(), matrix.row(row).data() + matrix.cols());
}

} // namespace

TEST_CASE("conv layer: the lecture's 5×5 image and 3×3 kernel give [[4,3,4],[2,4,3],[2,3,4]]", "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::conv(1, 3), {1, 5, 5});
    CHECK(layer->outputShape() == std::vector<int>{1, 3, 3});
    setParameters<double>(*layer, {{1, 0, 1, 0, 1, 0, 1, 0, 1}, {0.0}});
    const RowMatrix<double> image = rowOf({1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0});
    CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{4, 3, 4, 2, 4, 3, 2, 3, 4});

    SECTION("the bias is added to every cell")
    {
        setParameters<double>(*layer, {{1, 0, 1, 0, 1, 0, 1, 0, 1}, {-0.5}});
        CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{3.5, 2.5, 3.5, 1.5, 3.5, 2.5, 1.5, 2.5, 3.5});
    }
    SECTION("the output tensor of one sample has the layer's shape")
    {
        runForward(*layer, image);
        const Tensor map = layer->outputTensor(0);
        CHECK(map.shape() == std::vector<int>{1, 3, 3});
        CHECK(map.at(0, 1, 2) == 3.0f);
    }
}

TEST_CASE("conv layer: zero padding, stride and several channels agree with conv2dReference", "[nn][forward]")
{
    // 2 input channels, 3 filters of 3×3, stride 2, padding 1 on a 5×6 input → 3×3×3.
    auto layer = makeLayer<float>(LayerSpec::conv(3, 3, 1, 2), {2, 5, 6});
    REQUIRE(layer->outputShape() == std::vector<int>{3, 3, 3});
    std::mt19937 rng(7);
    const RowMatrix<float> weights = randomMatrix<float>(1, 3 * 2 * 9, rng);
    const std::vector<float> bias{0.25f, -1.0f, 0.5f};
    setParameters<float>(*layer, {std::vector<float>(weights.data(), weights.data() + weights.size()), bias});
    const RowMatrix<float> batch = randomMatrix<float>(2, 2 * 5 * 6, rng);
    runForward(*layer, batch);

    Tensor kernels({3, 2, 3, 3});
    std::copy(weights.data(), weights.data() + weights.size(), kernels.data());
    for (int n = 0; n < 2; ++n) {
        Tensor image({2, 5, 6});
        std::copy(batch.row(n).data(), batch.row(n).data() + batch.cols(), image.data());
        const Tensor expected = conv2dReference(image, kernels, bias, Conv2dParams::uniform(2, 1));
        const Tensor actual = layer->outputTensor(n);
        REQUIRE(actual.shape() == expected.shape());
        for (std::size_t i = 0; i < actual.size(); ++i)
            CHECK(actual.data()[i] == Approx(expected.data()[i]).margin(1e-5));
    }
}

TEST_CASE("conv layer: the first output cell of a padded input by hand", "[nn][forward]")
{
    // 1×2×2 input [[1,2],[3,4]], one 3×3 filter of all ones, padding 1: every output cell sums
    // the whole image (each window covers all four pixels) = 10.
    auto layer = makeLayer<double>(LayerSpec::conv(1, 3, 1), {1, 2, 2});
    setParameters<double>(*layer, {std::vector<double>(9, 1.0), {0.0}});
    CHECK(valuesOf(runForward(*layer, rowOf({1, 2, 3, 4}))) == std::vector<double>{10, 10, 10, 10});
    // Only the centre weight: the output is the input itself.
    setParameters<double>(*layer, {{0, 0, 0, 0, 1, 0, 0, 0, 0}, {0.0}});
    CHECK(valuesOf(runForward(*layer, rowOf({1, 2, 3, 4}))) == std::vector<double>{1, 2, 3, 4});
}

TEST_CASE("relu keeps positives and zeroes the rest", "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::relu(), {1, 1, 4});
    CHECK(valuesOf(runForward(*layer, rowOf({-1.5, 0.0, 2.0, 1e-9}))) == std::vector<double>{0, 0, 2, 1e-9});
    layer->backward(rowOf({-1.5, 0.0, 2.0, 1e-9}), rowOf({5, 6, 7, 8}), 0, 1, 0, true);
    CHECK(valuesOf(layer->gradInput()) == std::vector<double>{0, 0, 7, 8});
}

TEST_CASE("max and average pooling by hand, with the max's gradient routed to the winner", "[nn][forward]")
{
    const RowMatrix<double> image = rowOf({1, 2, 5, 6, 3, 4, 7, 8, 9, 10, 13, 14, 11, 12, 15, 16});
    SECTION("max")
    {
        auto layer = makeLayer<double>(LayerSpec::maxPool(2), {1, 4, 4});
        CHECK(layer->outputShape() == std::vector<int>{1, 2, 2});
        CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{4, 8, 12, 16});
        layer->backward(image, rowOf({1, 2, 3, 4}), 0, 1, 0, true);
        CHECK(valuesOf(layer->gradInput()) == std::vector<double>{0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 3, 0, 4});
    }
    SECTION("max: on a tie the first cell in reading order wins")
    {
        auto layer = makeLayer<double>(LayerSpec::maxPool(2), {1, 2, 2});
        runForward(*layer, rowOf({3, 3, 3, 3}));
        layer->backward(rowOf({3, 3, 3, 3}), rowOf({1}), 0, 1, 0, true);
        CHECK(valuesOf(layer->gradInput()) == std::vector<double>{1, 0, 0, 0});
    }
    SECTION("max with a 3×3 window and stride 1: overlapping windows add their gradients")
    {
        auto layer = makeLayer<double>(LayerSpec::maxPool(3, 1), {1, 4, 4});
        CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{13, 14, 15, 16});
        layer->backward(image, rowOf({1, 1, 1, 1}), 0, 1, 0, true);
        CHECK(valuesOf(layer->gradInput()) == std::vector<double>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1});
        // Cell (1, 1) lies in all four windows and wins them all: its gradient is the sum.
        RowMatrix<double> peak = RowMatrix<double>::Zero(1, 16);
        peak(0, 5) = 100;
        runForward(*layer, peak);
        layer->backward(peak, rowOf({1, 2, 3, 4}), 0, 1, 0, true);
        CHECK(layer->gradInput()(0, 5) == 10);
        CHECK(layer->gradInput().sum() == 10);
    }
    SECTION("average")
    {
        auto layer = makeLayer<double>(LayerSpec::avgPool(2), {1, 4, 4});
        CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{2.5, 6.5, 10.5, 14.5});
        layer->backward(image, rowOf({4, 8, 12, 16}), 0, 1, 0, true);
        CHECK(valuesOf(layer->gradInput())
              == std::vector<double>{1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4});
    }
    SECTION("channels are pooled separately; leftover cells are dropped")
    {
        auto layer = makeLayer<double>(LayerSpec::maxPool(2), {2, 3, 3});
        CHECK(layer->outputShape() == std::vector<int>{2, 1, 1});
        CHECK(valuesOf(runForward(*layer, rowOf({1, 2, 99, 3, 4, 99, 99, 99, 99, -1, -2, 0, -3, -4, 0, 0, 0, 0})))
              == std::vector<double>{4, -1});
    }
}

TEST_CASE("tanh, sigmoid and leaky ReLU by hand, with their derivatives", "[nn][forward]")
{
    const RowMatrix<double> in = rowOf({-2.0, 0.0, std::log(3.0)});
    const RowMatrix<double> gradOut = rowOf({1, 2, 4});
    SECTION("tanh: tanh(ln 3) = (3 − 1/3)/(3 + 1/3) = 0.8, derivative 1 − 0.8² = 0.36")
    {
        auto layer = makeLayer<double>(LayerSpec::tanh(), {3});
        const std::vector<double> out = valuesOf(runForward(*layer, in));
        CHECK(out[0] == Approx(-0.9640275800758169));
        CHECK(out[1] == 0.0);
        CHECK(out[2] == Approx(0.8));
        layer->backward(in, gradOut, 0, 1, 0, true);
        CHECK(layer->gradInput()(0, 1) == 2.0);
        CHECK(layer->gradInput()(0, 2) == Approx(4 * 0.36));
    }
    SECTION("sigmoid: σ(ln 3) = 1/(1 + 1/3) = 0.75, derivative 0.75 · 0.25")
    {
        auto layer = makeLayer<double>(LayerSpec::sigmoid(), {3});
        const std::vector<double> out = valuesOf(runForward(*layer, in));
        CHECK(out[0] == Approx(1 / (1 + std::exp(2.0))));
        CHECK(out[1] == 0.5);
        CHECK(out[2] == Approx(0.75));
        layer->backward(in, gradOut, 0, 1, 0, true);
        CHECK(layer->gradInput()(0, 1) == 2 * 0.25);
        CHECK(layer->gradInput()(0, 2) == Approx(4 * 0.75 * 0.25));
        // Far below zero the value is tiny, not NaN: e^800 would overflow.
        CHECK(valuesOf(runForward(*layer, rowOf({-800, 800, 0})))[0] == 0.0);
    }
    SECTION("leaky ReLU with A = 0.1: −2 → −0.2; the slope at 0 is A, as in PyTorch")
    {
        auto layer = makeLayer<double>(LayerSpec::leakyRelu(0.1), {3});
        CHECK(valuesOf(runForward(*layer, in)) == std::vector<double>{-0.2, 0.0, std::log(3.0)});
        layer->backward(in, gradOut, 0, 1, 0, true);
        CHECK(valuesOf(layer->gradInput()) == std::vector<double>{0.1, 0.2, 4});
    }
}

TEST_CASE("padded and min pooling by hand", "[nn][forward]")
{
    // [[1, 2, 3],
    //  [4, 5, 6],
    //  [7, 8, 9]]
    const RowMatrix<double> image = rowOf({1, 2, 3, 4, 5, 6, 7, 8, 9});
    SECTION("min 2×2, stride 1")
    {
        auto layer = makeLayer<double>(LayerSpec::minPool(2, 1), {1, 3, 3});
        CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{1, 2, 4, 5});
        layer->backward(image, rowOf({1, 2, 3, 4}), 0, 1, 0, true);
        CHECK(valuesOf(layer->gradInput()) == std::vector<double>{1, 2, 0, 3, 4, 0, 0, 0, 0});
    }
    SECTION("max 2×2, stride 2, pad 1: the corners' windows hold one image cell each")
    {
        LayerSpec spec = LayerSpec::maxPool(2);
        spec.padding = 1;
        auto layer = makeLayer<double>(spec, {1, 3, 3});
        CHECK(layer->outputShape() == std::vector<int>{1, 2, 2});
        // Windows over rows −1…0 and 1…2, columns likewise.
        CHECK(valuesOf(runForward(*layer, rowOf({-1, -2, -3, -4, -5, -6, -7, -8, -9})))
              == std::vector<double>{-1, -2, -4, -5});
    }
    SECTION("min with pad 1: the padding (+∞) never wins")
    {
        LayerSpec spec = LayerSpec::minPool(2);
        spec.padding = 1;
        auto layer = makeLayer<double>(spec, {1, 3, 3});
        CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{1, 2, 4, 5});
    }
    SECTION("average 3×3, stride 1, pad 1: the padding counts as zeros in the mean of 9")
    {
        LayerSpec spec = LayerSpec::avgPool(3, 1);
        spec.padding = 1;
        auto layer = makeLayer<double>(spec, {1, 3, 3});
        CHECK(layer->outputShape() == std::vector<int>{1, 3, 3});
        const std::vector<double> out = valuesOf(runForward(*layer, image));
        CHECK(out[0] == Approx((1 + 2 + 4 + 5) / 9.0));
        CHECK(out[4] == Approx(45 / 9.0));
        layer->backward(image, RowMatrix<double>::Constant(1, 9, 9.0), 0, 1, 0, true);
        // Each cell receives 1 from every window it lies in: 4 at a corner, 6 at an edge, 9 at the centre.
        CHECK(valuesOf(layer->gradInput()) == std::vector<double>{4, 6, 4, 6, 9, 6, 4, 6, 4});
    }
}

TEST_CASE("global average pooling: one mean per map", "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::globalAvgPool(), {2, 2, 3});
    CHECK(layer->outputShape() == std::vector<int>{2, 1, 1});
    const RowMatrix<double> image = rowOf({1, 2, 3, 4, 5, 6, -6, 0, 0, 0, 0, 0});
    CHECK(valuesOf(runForward(*layer, image)) == std::vector<double>{3.5, -1});
    layer->backward(image, rowOf({6, 12}), 0, 1, 0, true);
    CHECK(valuesOf(layer->gradInput()) == std::vector<double>{1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2});
}

TEST_CASE("batch normalisation by hand, in inference and while training", "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::batchNorm(0.25), {2, 1, 2});
    REQUIRE(layer->outputShape() == std::vector<int>{2, 1, 2});
    REQUIRE(layer->parameters().size() == 2);
    REQUIRE(layer->statistics().size() == 2);
    // γ {2, −1}, β {0.5, 0}, running mean {1, −1}, running variance {0.75, 3.75}.
    setParameters<double>(*layer, {{2, -1}, {0.5, 0}});
    std::vector<ParameterView<double>> statistics = layer->statistics();
    std::copy_n(std::vector<double>{1, -1}.data(), 2, statistics[0].values);
    std::copy_n(std::vector<double>{0.75, 3.75}.data(), 2, statistics[1].values);
    RowMatrix<double> batch(2, 4);
    batch << 3, 0, 1, -3, //
        1, 2, 1, 5;
    SECTION("inference: each value by the running statistics, (x − mean)/√(var + ε)·γ + β")
    {
        runForward(*layer, batch);
        // Channel 0: (3 − 1)/1 · 2 + 0.5 = 4.5, (0 − 1) · 2 + 0.5 = −1.5; channel 1: (1 + 1)/2 · −1 = −1, 1.
        CHECK(valuesOf(layer->output(), 0) == std::vector<double>{4.5, -1.5, -1, 1});
        CHECK(valuesOf(layer->output(), 1) == std::vector<double>{0.5, 2.5, -1, -3});
    }
    SECTION("training: the batch's statistics, and the running ones move by a tenth")
    {
        layer->prepare(2, 1);
        layer->beginForward(batch, true);
        layer->forward(batch, 0, 2, true, 0);
        // Channel 0 holds 3, 0, 1, 2: mean 1.5, variance (2.25 + 2.25 + 0.25 + 0.25)/4 = 1.25,
        // √(1.25 + 0.25) = √1.5. Channel 1 holds 1, −3, 1, 5: mean 1, variance (0 + 16 + 0 + 16)/4 = 8.
        const double s0 = std::sqrt(1.5), s1 = std::sqrt(8.25);
        CHECK(layer->output()(0, 0) == Approx((3 - 1.5) / s0 * 2 + 0.5));
        CHECK(layer->output()(1, 1) == Approx(0.5 / s0 * 2 + 0.5));
        CHECK(layer->output()(0, 3) == Approx((-3 - 1) / s1 * -1));
        CHECK(layer->output()(1, 3) == Approx((5 - 1) / s1 * -1));
        // Running: 0.9 · 1 + 0.1 · 1.5 = 1.05; variance 0.9 · 0.75 + 0.1 · 1.25 · 4/3 (unbiased).
        statistics = layer->statistics();
        CHECK(statistics[0].values[0] == Approx(1.05));
        CHECK(statistics[0].values[1] == Approx(-0.9 + 0.1));
        CHECK(statistics[1].values[0] == Approx(0.675 + 0.1 * 1.25 * 4 / 3));
        CHECK(statistics[1].values[1] == Approx(0.9 * 3.75 + 0.1 * 8 * 4 / 3));
    }
}

TEST_CASE("flatten relabels C×H×W as one vector without changing a value", "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::flatten(), {2, 1, 2});
    CHECK(layer->outputShape() == std::vector<int>{4});
    CHECK(valuesOf(runForward(*layer, rowOf({1, 2, 3, 4}))) == std::vector<double>{1, 2, 3, 4});
}

TEST_CASE("dense layer: output = input · weightsᵀ + bias", "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::dense(2), {3});
    CHECK(layer->outputShape() == std::vector<int>{2});
    setParameters<double>(*layer, {{1, 2, 3, 4, 5, 6}, {0.5, -1}});
    RowMatrix<double> batch(2, 3);
    batch << 1, 0, -1, 2, 1, 0;
    runForward(*layer, batch);
    // [1 0 −1]·[1 2 3] + 0.5 = −1.5;  [1 0 −1]·[4 5 6] − 1 = −3;  [2 1 0]: 4.5, 12
    CHECK(valuesOf(layer->output(), 0) == std::vector<double>{-1.5, -3});
    CHECK(valuesOf(layer->output(), 1) == std::vector<double>{4.5, 12});
    const std::vector<Tensor> tensors = layer->parameterTensors();
    CHECK(tensors[0].shape() == std::vector<int>{2, 3});
    CHECK(tensors[0].at(1, 2) == 6.0f);
    CHECK(tensors[1].shape() == std::vector<int>{2});
}

TEST_CASE("dropout: drops about P of the values while training, scales the rest, passes all when testing",
          "[nn][forward]")
{
    auto layer = makeLayer<double>(LayerSpec::dropout(0.25), {4000});
    const RowMatrix<double> ones = RowMatrix<double>::Ones(1, 4000);
    layer->prepare(1, 1);
    std::mt19937 rng(3);
    layer->beginPass(rng, true);
    layer->forward(ones, 0, 1, true, 0);
    int dropped = 0;
    for (int i = 0; i < 4000; ++i) {
        const double value = layer->output()(0, i);
        REQUIRE((value == 0.0 || value == Approx(1.0 / 0.75)));
        dropped += value == 0.0 ? 1 : 0;
    }
    CHECK(dropped == Approx(1000).margin(90)); // ±3 standard deviations (σ ≈ 27)
    layer->backward(ones, ones, 0, 1, 0, true);
    CHECK(layer->gradInput() == layer->output()); // the same mask on the way back

    layer->beginPass(rng, false);
    layer->forward(ones, 0, 1, false, 0);
    CHECK(layer->output() == ones);
}

TEST_CASE("softmax cross-entropy by hand", "[nn][forward]")
{
    SoftmaxCrossEntropy<double> loss;
    RowMatrix<double> logits(2, 3);
    logits << 1, 2, 3, 1000, 1000, 1000; // the second row would overflow exp() without the max shift
    loss.prepare(2, 3);
    loss.forward(logits, 0, 2);
    const double sum = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
    CHECK(loss.probabilities()(0, 0) == Approx(std::exp(1.0) / sum));
    CHECK(loss.probabilities()(0, 2) == Approx(0.6652409558));
    CHECK(loss.probabilities()(1, 1) == Approx(1.0 / 3.0));
    const std::vector<int> labels{2, 0};
    const double total = loss.lossAndGradient(labels, 0, 2, 0.5);
    // −log p₂ = log(e + e² + e³) − 3 = 0.4076059644;  −log(1/3) = 1.0986122887
    CHECK(total == Approx(0.4076059644 + 1.0986122887));
    CHECK(loss.gradient()(0, 2) == Approx(0.5 * (0.6652409558 - 1.0)));
    CHECK(loss.gradient()(1, 0) == Approx(0.5 * (1.0 / 3.0 - 1.0)));
    CHECK(loss.gradient()(1, 2) == Approx(0.5 / 3.0));
}
