// The network as the views use it: one sample forward, every layer's output and weights readable,
// weights copied in and out, the same seed giving the same network.
#include "core/nn/network.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"

#include <numeric>

using namespace convscope::core;
using Catch::Matchers::Contains;
using convscope::test::Approx;

TEST_CASE("one digit flows through the classroom network and every layer's output is readable", "[nn][network]")
{
    Network<float> network(NetworkSpec::classroom(), 1);
    REQUIRE(network.layerCount() == 10);
    CHECK(network.inputSize() == 784);
    CHECK(network.classCount() == 10);

    Tensor image({1, 28, 28});
    for (int y = 4; y < 24; ++y)
        image.at(0, y, 14) = 1.0f; // a "1"
    const std::vector<float> probabilities = network.classify(image);
    REQUIRE(probabilities.size() == 10);
    CHECK(std::accumulate(probabilities.begin(), probabilities.end(), 0.0) == Approx(1.0));

    const std::vector<std::vector<int>> shapes{{8, 28, 28}, {8, 28, 28}, {8, 14, 14}, {16, 14, 14}, {16, 14, 14},
                                               {16, 7, 7},  {784},       {64},        {64},         {10}};
    for (int i = 0; i < network.layerCount(); ++i)
        CHECK(network.layer(i).outputTensor(0).shape() == shapes[static_cast<std::size_t>(i)]);
    // ReLU outputs are the conv outputs with negatives zeroed.
    const Tensor conv = network.layer(0).outputTensor(0);
    const Tensor relu = network.layer(1).outputTensor(0);
    for (std::size_t i = 0; i < conv.size(); ++i)
        REQUIRE(relu.data()[i] == std::max(conv.data()[i], 0.0f));
    // The first layer's filters, K×C×F×F, and biases.
    const std::vector<Tensor> first = network.layer(0).parameterTensors();
    CHECK(first[0].shape() == std::vector<int>{8, 1, 3, 3});
    CHECK(first[1].shape() == std::vector<int>{8});

    CHECK_THROWS_WITH(network.classify(Tensor({1, 27, 28})), Contains("reads 1×28×28 inputs, not 1×27×28"));
}

TEST_CASE("initial weights: He uniform before a ReLU, Xavier uniform otherwise, reproducible", "[nn][network]")
{
    Network<float> a(NetworkSpec::classroom(), 5);
    Network<float> b(NetworkSpec::classroom(), 5);
    Network<float> c(NetworkSpec::classroom(), 6);
    CHECK(a.parameterTensors() == b.parameterTensors());
    CHECK(a.parameterTensors() != c.parameterTensors());

    const std::vector<Tensor> weights = a.parameterTensors();
    const auto largest = [](const Tensor& t) {
        float top = 0.0f;
        for (float v : t.values())
            top = std::max(top, std::abs(v));
        return top;
    };
    // conv 1: fan_in 9, He limit √(6/9) = 0.816; dense 10 after dense 64: Xavier √(6/74) = 0.285.
    CHECK(largest(weights[0]) <= std::sqrt(6.0f / 9.0f));
    CHECK(largest(weights[0]) > 0.7f);
    CHECK(largest(weights[6]) <= std::sqrt(6.0f / 74.0f));
    CHECK(largest(weights[6]) > 0.25f);
    CHECK(largest(weights[1]) == 0.0f); // biases start at 0
}

TEST_CASE("weights copy out and back in; a wrong shape is refused and changes nothing", "[nn][network]")
{
    Network<float> source(NetworkSpec::classroom(), 1);
    Network<float> target(NetworkSpec::classroom(), 2);
    target.setParameterTensors(source.parameterTensors());
    CHECK(target.parameterTensors() == source.parameterTensors());

    std::vector<Tensor> wrong = source.parameterTensors();
    wrong[4] = Tensor({64, 783});
    Network<float> untouched(NetworkSpec::classroom(), 3);
    const std::vector<Tensor> before = untouched.parameterTensors();
    CHECK_THROWS_WITH(untouched.setParameterTensors(wrong),
                      Contains("learned array 5 (weights) must be 64×784, not 64×783"));
    CHECK(untouched.parameterTensors() == before);
    wrong.pop_back();
    CHECK_THROWS_WITH(untouched.setParameterTensors(wrong), Contains("has 8 learned arrays, not 7"));
}

TEST_CASE("a batch with bad labels is refused", "[nn][network]")
{
    Network<float> network(NetworkSpec::classroom(), 1);
    const RowMatrix<float> batch = RowMatrix<float>::Zero(2, 784);
    const std::vector<int> labels{1, 10};
    CHECK_THROWS_WITH(network.computeGradients(batch, labels), Contains("label 10 is outside the network's 10 classes"));
    const std::vector<int> one{1};
    CHECK_THROWS_WITH(network.computeGradients(batch, one), Contains("needs as many labels"));
    const RowMatrix<float> narrow = RowMatrix<float>::Zero(2, 783);
    CHECK_THROWS_WITH(network.forward(narrow), Contains("needs 784 values, not 783"));
}
