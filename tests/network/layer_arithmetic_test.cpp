#include "core/data/dataset.h"
#include "core/nn/layer_arithmetic.h"
#include "core/nn/model_file.h"
#include "core/nn/network.h"
#include "tests/catch.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace convscope::core;
using Catch::Matchers::WithinAbs;

namespace {

// Every value of every layer checked against the arithmetic the page shows for it:
//   conv:    ConvTrace total (Σ products per channel + bias) == the layer's output
//   relu:    max(0, input) == output
//   pool:    PoolTrace result == output
//   flatten: the same values
//   dense:   Σ w·x + b == output
// Sums in another order differ in the last bits of a float, so totals agree to 1e-4 relative to
// the size of the terms; maxima and ReLU agree exactly.
void checkEveryLayer(Network<float>& network, const Tensor& image)
{
    network.classify(image);
    Tensor input = image;
    for (int i = 0; i < network.layerCount(); ++i) {
        const Layer<float>& layer = network.layer(i);
        const Tensor output = layer.outputTensor(0);
        INFO("layer " << i << " (" << layerKindId(layer.kind()) << ")");
        switch (layer.kind()) {
        case LayerKind::Conv: {
            const ConvTrace trace = convLayerTrace(layer, input);
            REQUIRE(trace.outputShape() == output.shape());
            REQUIRE(trace.stepCount() == static_cast<int>(output.size()));
            for (int k = 0; k < output.dim(0); ++k) {
                const ConvFilter filter = convLayerFilter(layer, k);
                for (int y = 0; y < output.dim(1); ++y) {
                    for (int x = 0; x < output.dim(2); ++x) {
                        const ConvStep step = trace.step(trace.stepOf(k, y, x));
                        float sum = step.bias;
                        float scale = std::abs(step.bias);
                        for (const ConvTraceCell& cell : step.cells) {
                            sum += cell.product;
                            scale += std::abs(cell.product);
                            REQUIRE(cell.weight == filter.kernels.at(0, cell.channel, cell.kernelY, cell.kernelX));
                        }
                        REQUIRE(step.bias == filter.bias);
                        REQUIRE_THAT(step.total, WithinAbs(sum, 1e-5 * scale));
                        REQUIRE_THAT(step.total, WithinAbs(output.at(k, y, x), 1e-4 * (scale + 1.0f)));
                    }
                }
            }
            break;
        }
        case LayerKind::Relu:
            for (std::size_t n = 0; n < output.size(); ++n)
                REQUIRE(output.data()[n] == std::max(0.0f, input.data()[n]));
            break;
        case LayerKind::MaxPool:
        case LayerKind::AvgPool:
        case LayerKind::MinPool:
        case LayerKind::GlobalAvgPool: {
            const PoolTrace trace = poolLayerTrace(layer, input);
            REQUIRE(trace.outputShape() == output.shape());
            for (int c = 0; c < output.dim(0); ++c)
                for (int y = 0; y < output.dim(1); ++y)
                    for (int x = 0; x < output.dim(2); ++x)
                        REQUIRE_THAT(trace.step(trace.stepOf(c, y, x)).result,
                                     WithinAbs(output.at(c, y, x), 1e-6));
            break;
        }
        case LayerKind::Flatten:
            REQUIRE(std::equal(output.values().begin(), output.values().end(), input.values().begin()));
            break;
        case LayerKind::Dense:
            for (int n = 0; n < layer.outputSize(); ++n) {
                const DenseSum sum = denseLayerSum(layer, input, n);
                REQUIRE(sum.terms.size() == static_cast<std::size_t>(layer.inputSize()));
                float scale = std::abs(sum.bias);
                for (const DenseTerm& term : sum.terms)
                    scale += std::abs(term.product);
                REQUIRE_THAT(sum.total, WithinAbs(output.at(n), 1e-4 * (scale + 1.0f)));
            }
            break;
        case LayerKind::Dropout:
            REQUIRE(output == input.reshaped(output.shape()));
            break;
        case LayerKind::Tanh:
        case LayerKind::Sigmoid:
        case LayerKind::LeakyRelu:
            for (int n = 0; n < layer.outputSize(); ++n) {
                const ActivationStep step = activationLayerStep(layer, input, n);
                REQUIRE(step.output == output.data()[n]);
                if (step.kind == LayerKind::Tanh)
                    REQUIRE_THAT(step.output, WithinAbs((1 - step.exponential) / (1 + step.exponential), 1e-6));
                else if (step.kind == LayerKind::Sigmoid)
                    REQUIRE_THAT(step.output, WithinAbs(1 / (1 + step.exponential), 1e-6));
                else
                    REQUIRE(step.output == (step.input > 0 ? step.input : step.slope * step.input));
            }
            break;
        case LayerKind::BatchNorm:
            for (int n = 0; n < layer.outputSize(); ++n) {
                const BatchNormStep step = batchNormLayerStep(layer, input, n);
                REQUIRE(step.input == input.data()[n]);
                REQUIRE_THAT(step.normalised,
                             WithinAbs((step.input - step.mean) / std::sqrt(step.variance + step.epsilon), 1e-6));
                REQUIRE_THAT(step.output, WithinAbs(output.data()[n], 1e-5));
            }
            break;
        }
        input = output;
    }
}

std::filesystem::path sourcePath(const char* relative)
{
    return std::filesystem::path(CONVSCOPE_SOURCE_DIR) / relative;
}

} // namespace

TEST_CASE("the shipped model's arithmetic matches every value it computes for a test digit")
{
    const Model model = loadModel(sourcePath("resources/models/classroom-digits.csmodel"));
    const Dataset digits = loadIdxDataset(sourcePath("resources/data/mnist-subset"));
    Network<float> network = model.toNetwork();
    REQUIRE(network.layerCount() == 10);

    // The digit the page opens on is classified correctly and confidently.
    const Tensor first = digits.test.image(0);
    const std::vector<float> probabilities = network.classify(first);
    const auto best = std::max_element(probabilities.begin(), probabilities.end());
    CHECK(best - probabilities.begin() == digits.test.labels[0]);
    CHECK(*best > 0.9f);

    for (int index : {0, 1, 7})
        checkEveryLayer(network, digits.test.image(index));
}

TEST_CASE("the arithmetic holds for strided, padded and average-pooled layers")
{
    NetworkSpec spec;
    spec.input = {2, 9, 11};
    spec.layers = {LayerSpec::conv(3, 3, 1, 2), LayerSpec::relu(), LayerSpec::conv(4, 2), LayerSpec::avgPool(2),
                   LayerSpec::flatten(), LayerSpec::dense(6), LayerSpec::relu(), LayerSpec::dense(5)};
    Network<float> network(spec, 7);
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    for (ParameterView<float>& parameter : network.parameters())
        for (std::size_t n = 0; n < parameter.size; ++n)
            parameter.values[n] = value(rng); // non-zero biases too
    Tensor image({2, 9, 11});
    for (float& v : image.values())
        v = value(rng);
    checkEveryLayer(network, image);
}

TEST_CASE("the arithmetic holds for the activations, batch normalisation and padded, min and global pooling")
{
    NetworkSpec spec;
    spec.input = {2, 8, 7};
    spec.layers = {LayerSpec::conv(3, 3, 1),  LayerSpec::batchNorm(0.01), LayerSpec::tanh(),
                   LayerSpec::maxPool(3, 2),  LayerSpec::leakyRelu(0.1),   LayerSpec::minPool(2, 1),
                   LayerSpec::avgPool(3, 1),  LayerSpec::sigmoid(),        LayerSpec::globalAvgPool(),
                   LayerSpec::flatten(),      LayerSpec::dense(4)};
    spec.layers[3].padding = 1;
    spec.layers[5].padding = 1;
    spec.layers[6].padding = 1;
    Network<float> network(spec, 5);
    std::mt19937 rng(8);
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    std::vector<Tensor> arrays = network.parameterTensors();
    for (Tensor& array : arrays)
        for (float& v : array.values())
            v = value(rng);
    arrays[5] = Tensor({3}, 0.25f); // the running variances (after γ, β and the running means) must be positive
    network.setParameterTensors(arrays);
    Tensor image({2, 8, 7});
    for (float& v : image.values())
        v = value(rng);
    checkEveryLayer(network, image);
}

TEST_CASE("batch normalisation's arithmetic shows the running statistics it used")
{
    NetworkSpec spec;
    spec.input = {2, 1, 2};
    spec.layers = {LayerSpec::batchNorm(0.25), LayerSpec::flatten(), LayerSpec::dense(2)};
    Network<float> network(spec, 1);
    // γ {2, −1}, β {0.5, 0}, running mean {1, −1}, running variance {0.75, 3.75}; dense weights, bias.
    std::vector<Tensor> arrays{Tensor::fromRows({{2, -1}}).reshaped({2}), Tensor::fromRows({{0.5f, 0}}).reshaped({2}),
                               Tensor::fromRows({{1, -1}}).reshaped({2}), Tensor::fromRows({{0.75f, 3.75f}}).reshaped({2}),
                               Tensor({2, 4}, 0.0f), Tensor({2}, 0.0f)};
    network.setParameterTensors(arrays);
    const Tensor image = Tensor::fromRows({{3, 0}, {1, -3}}).reshaped({2, 1, 2});
    network.classify(image);
    // Channel 1, value −3: (−3 − (−1)) / √(3.75 + 0.25) = −1, · (−1) + 0 = 1.
    const BatchNormStep step = batchNormLayerStep(network.layer(0), image, 3);
    CHECK(step.channel == 1);
    CHECK(step.mean == -1.0f);
    CHECK(step.variance == 3.75f);
    CHECK(step.epsilon == 0.25f);
    CHECK(step.normalised == -1.0f);
    CHECK(step.output == 1.0f);
    CHECK(network.layer(0).outputTensor(0).data()[3] == 1.0f);
    // Channel 0, value 3: (3 − 1)/√(0.75 + 0.25) · 2 + 0.5 = 4.5.
    CHECK(batchNormLayerStep(network.layer(0), image, 0).output == 4.5f);
    CHECK_THROWS_AS(batchNormLayerStep(network.layer(0), image, 4), std::invalid_argument);
    CHECK_THROWS_AS(activationLayerStep(network.layer(0), image, 0), std::invalid_argument);
}

TEST_CASE("the arithmetic refuses the wrong layer or input")
{
    Network<float> network(NetworkSpec::classroom(), 1);
    const Tensor image({1, 28, 28}, 0.5f);
    network.classify(image);
    CHECK_THROWS_AS(convLayerTrace(network.layer(1), image), std::invalid_argument);
    CHECK_THROWS_AS(convLayerTrace(network.layer(0), Tensor({1, 27, 28})), std::invalid_argument);
    CHECK_THROWS_AS(convLayerFilter(network.layer(0), 8), std::invalid_argument);
    CHECK_THROWS_AS(poolLayerTrace(network.layer(0), image), std::invalid_argument);
    CHECK_THROWS_AS(denseLayerSum(network.layer(7), network.layer(6).outputTensor(0), 64),
                    std::invalid_argument);

    const DenseSum sum = denseLayerSum(network.layer(7), network.layer(6).outputTensor(0), 3);
    const std::vector<int> largest = sum.largestTerms(5);
    REQUIRE(largest.size() == 5);
    for (std::size_t n = 1; n < largest.size(); ++n)
        CHECK(std::abs(sum.terms[static_cast<std::size_t>(largest[n - 1])].product)
              >= std::abs(sum.terms[static_cast<std::size_t>(largest[n])].product));
}
