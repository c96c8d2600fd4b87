// Every layer's backward pass against central finite differences in double precision, then the
// whole network's gradient of the mean cross-entropy, on one thread and split over two.
//
// For a layer y = f(x; θ) the test loss is L = Σ r ⊙ y with fixed random r, so dL/dy = r and
//   dL/dx_i ≈ (L(x + h·e_i) − L(x − h·e_i)) / 2h     (error O(h²), h = 1e-6)
// must match gradInput(), and likewise every learned value against its gradient.
#include "core/nn/network.h"
#include "core/nn/worker_pool.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"
#include "tests/nn/layer_test_support.h"

#include <cmath>

using namespace convscope::core;
using namespace convscope::test;
using convscope::test::Approx;

namespace {

constexpr double step = 1e-6;
constexpr int rows = 3;

// Forward over rows split into two slots ([0,1) and [1,rows)), so gathering per-slot
// gradients is checked as well.
double weightedLoss(Layer<double>& layer, const RowMatrix<double>& input, const RowMatrix<double>& weights)
{
    layer.prepare(rows, 2);
    layer.beginForward(input, true); // batch normalisation's statistics of all rows
    layer.forward(input, 0, 1, true, 0);
    layer.forward(input, 1, rows, true, 1);
    return (layer.output().array() * weights.array()).sum();
}

void requireClose(double analytic, double numeric, const char* what, Eigen::Index index)
{
    INFO(what << " " << index << ": analytic " << analytic << ", numeric " << numeric);
    REQUIRE(std::abs(analytic - numeric) <= 1e-6 * std::max(1.0, std::abs(numeric)));
}

void checkLayer(const LayerSpec& spec, const std::vector<int>& inputShape, double inputLow = -1.0)
{
    INFO("layer " << spec.toText());
    auto layer = makeLayer<double>(spec, inputShape);
    std::mt19937 rng(11);
    layer->initialise(rng, true);
    for (ParameterView<double>& view : layer->parameters()) {
        if (view.name != "weights")
            fillUniform(view.values, view.size, 0.5, rng); // non-zero biases, γ ≠ 1 and β are checked too
    }
    RowMatrix<double> input = randomMatrix<double>(rows, layer->inputSize(), rng, inputLow, 1.0);
    if (spec.kind == LayerKind::Relu || spec.kind == LayerKind::LeakyRelu) {
        // Keep every value away from the kink at 0, where the derivative is not defined.
        for (Eigen::Index i = 0; i < input.size(); ++i)
            input.data()[i] += input.data()[i] >= 0 ? 0.1 : -0.1;
    }
    const RowMatrix<double> weights = randomMatrix<double>(rows, layer->outputSize(), rng);

    std::mt19937 maskRng(5);
    layer->prepare(rows, 2);
    layer->beginPass(maskRng, true); // the dropout mask stays fixed from here on
    weightedLoss(*layer, input, weights);
    layer->beginBackward(input, weights);
    layer->backward(input, weights, 0, 1, 0, true);
    layer->backward(input, weights, 1, rows, 1, true);
    layer->gatherGradients(2);
    const RowMatrix<double> gradInput = layer->gradInput();
    std::vector<std::vector<double>> gradParameters;
    for (const ParameterView<double>& view : layer->parameters())
        gradParameters.emplace_back(view.gradient, view.gradient + view.size);

    RowMatrix<double> probe = input;
    for (Eigen::Index i = 0; i < probe.size(); ++i) {
        const double saved = probe.data()[i];
        probe.data()[i] = saved + step;
        const double up = weightedLoss(*layer, probe, weights);
        probe.data()[i] = saved - step;
        const double down = weightedLoss(*layer, probe, weights);
        probe.data()[i] = saved;
        requireClose(gradInput.data()[i], (up - down) / (2 * step), "input", i);
    }
    const std::vector<ParameterView<double>> views = layer->parameters();
    for (std::size_t p = 0; p < views.size(); ++p) {
        for (std::size_t i = 0; i < views[p].size; ++i) {
            double& value = views[p].values[i];
            const double saved = value;
            value = saved + step;
            const double up = weightedLoss(*layer, input, weights);
            value = saved - step;
            const double down = weightedLoss(*layer, input, weights);
            value = saved;
            requireClose(gradParameters[p][i], (up - down) / (2 * step), views[p].name.data(),
                         static_cast<Eigen::Index>(i));
        }
    }
}

} // namespace

TEST_CASE("conv backward matches finite differences", "[nn][gradient]")
{
    checkLayer(LayerSpec::conv(3, 3, 1), {2, 5, 5});       // padding 1, the classroom's form
    checkLayer(LayerSpec::conv(2, 3, 1, 2), {2, 6, 5});    // stride 2: some cells in no window twice
    checkLayer(LayerSpec::conv(2, 2), {1, 4, 4});          // no padding, even filter
    checkLayer(LayerSpec::conv(2, 5, 2), {3, 4, 4});       // a filter larger than the input
}

TEST_CASE("relu backward matches finite differences", "[nn][gradient]")
{
    checkLayer(LayerSpec::relu(), {2, 3, 3});
}

TEST_CASE("pooling backward matches finite differences", "[nn][gradient]")
{
    checkLayer(LayerSpec::maxPool(2), {2, 4, 4});
    checkLayer(LayerSpec::maxPool(3, 2), {1, 7, 5}); // overlapping windows
    checkLayer(LayerSpec::maxPool(2), {1, 5, 5});    // a dropped last row and column
    checkLayer(LayerSpec::avgPool(2), {2, 4, 4});
    checkLayer(LayerSpec::avgPool(3, 1), {1, 5, 4});
}

TEST_CASE("tanh, sigmoid and leaky ReLU backward match finite differences", "[nn][gradient]")
{
    checkLayer(LayerSpec::tanh(), {2, 3, 3}, -3.0);
    checkLayer(LayerSpec::sigmoid(), {2, 3, 3}, -3.0);
    checkLayer(LayerSpec::leakyRelu(0.2), {2, 3, 3});
}

TEST_CASE("padded, min and global pooling backward match finite differences", "[nn][gradient]")
{
    for (LayerSpec spec : {LayerSpec::maxPool(3, 2), LayerSpec::minPool(2), LayerSpec::avgPool(3, 2)}) {
        spec.padding = 1;
        checkLayer(spec, {2, 5, 6});
    }
    checkLayer(LayerSpec::minPool(2, 1), {1, 4, 4});
    checkLayer(LayerSpec::globalAvgPool(), {3, 2, 3});
}

TEST_CASE("batch normalisation backward (training, the batch's statistics) matches finite differences",
          "[nn][gradient]")
{
    checkLayer(LayerSpec::batchNorm(), {2, 2, 3});
    checkLayer(LayerSpec::batchNorm(0.1), {5}); // a flat vector: one channel per value
}

TEST_CASE("flatten, dense and dropout backward match finite differences", "[nn][gradient]")
{
    checkLayer(LayerSpec::flatten(), {2, 2, 3});
    checkLayer(LayerSpec::dense(4), {7});
    checkLayer(LayerSpec::dropout(0.4), {12});
}

TEST_CASE("the whole network's gradient of the mean loss matches finite differences", "[nn][gradient]")
{
    // The second network has batch normalisation, so its passes run layer by layer over the batch.
    const NetworkSpec spec = NetworkSpec::parse(GENERATE(as<std::string>{},
                                                         "input 2 8 8\n"
                                                         "conv 3 3 pad 1\nrelu\nmaxpool 2\n"
                                                         "conv 4 3 stride 2 pad 1\nrelu\navgpool 2\n"
                                                         "flatten\ndense 5\nrelu\ndense 3\n",
                                                         "input 2 6 6\n"
                                                         "conv 3 3 pad 1\nbatchnorm\ntanh\nminpool 2 pad 1\n"
                                                         "conv 2 3\nsigmoid\nglobalavgpool\nflatten\n"
                                                         "batchnorm eps 0.01\nleakyrelu 0.1\ndense 3\n"));
    INFO(spec.toText());
    Network<double> network(spec, 42);
    network.setInputGradientWanted(true);
    std::mt19937 rng(9);
    for (ParameterView<double>& view : network.parameters()) {
        if (view.name == "bias")
            fillUniform(view.values, view.size, 0.1, rng);
    }
    const RowMatrix<double> batch = randomMatrix<double>(4, network.inputSize(), rng, 0.0, 1.0);
    const std::vector<int> labels{0, 2, 1, 2};

    WorkerPool pool(2);
    WorkerPool* pools[] = {nullptr, &pool};
    for (WorkerPool* used : pools) {
        INFO((used == nullptr ? "one thread" : "two threads"));
        const BatchLoss result = network.computeGradients(batch, labels, used);
        REQUIRE(std::isfinite(result.loss));
        const RowMatrix<double> gradInput = network.layer(0).gradInput();
        std::vector<std::vector<double>> gradients;
        for (const ParameterView<double>& view : network.parameters())
            gradients.emplace_back(view.gradient, view.gradient + view.size);

        const auto lossAt = [&](const RowMatrix<double>& input) {
            return network.computeGradients(input, labels, nullptr).loss;
        };
        std::vector<ParameterView<double>> views = network.parameters();
        for (std::size_t p = 0; p < views.size(); ++p) {
            for (std::size_t i = 0; i < views[p].size; ++i) {
                double& value = views[p].values[i];
                const double saved = value;
                value = saved + step;
                const double up = lossAt(batch);
                value = saved - step;
                const double down = lossAt(batch);
                value = saved;
                requireClose(gradients[p][i], (up - down) / (2 * step), views[p].name.data(),
                             static_cast<Eigen::Index>(i));
            }
        }
        RowMatrix<double> probe = batch;
        for (Eigen::Index i = 0; i < probe.size(); i += 7) {
            const double saved = probe.data()[i];
            probe.data()[i] = saved + step;
            const double up = lossAt(probe);
            probe.data()[i] = saved - step;
            const double down = lossAt(probe);
            probe.data()[i] = saved;
            requireClose(gradInput.data()[i], (up - down) / (2 * step), "input", i);
        }
    }
}

TEST_CASE("two threads give the same gradients as one", "[nn][gradient]")
{
    Network<float> network(NetworkSpec::classroom(), 3);
    std::mt19937 rng(4);
    const RowMatrix<float> batch = randomMatrix<float>(9, network.inputSize(), rng, 0.0, 1.0);
    const std::vector<int> labels{0, 1, 2, 3, 4, 5, 6, 7, 8};
    const BatchLoss single = network.computeGradients(batch, labels, nullptr);
    std::vector<std::vector<float>> expected;
    for (const ParameterView<float>& view : network.parameters())
        expected.emplace_back(view.gradient, view.gradient + view.size);
    WorkerPool pool(2);
    const BatchLoss split = network.computeGradients(batch, labels, &pool);
    CHECK(split.loss == Approx(single.loss).epsilon(1e-6));
    CHECK(split.correct == single.correct);
    const std::vector<ParameterView<float>> views = network.parameters();
    for (std::size_t p = 0; p < views.size(); ++p) {
        for (std::size_t i = 0; i < views[p].size; ++i)
            REQUIRE(views[p].gradient[i] == Approx(expected[p][i]).margin(1e-6));
    }
}
