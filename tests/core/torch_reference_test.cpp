// The core against PyTorch: the cases and PyTorch's outputs are in data/torch_reference.h, written
// by make_torch_reference.py, so this test needs no Python.
#include "core/conv2d.h"
#include "core/pool2d.h"
#include "tests/catch.h"
#include "tests/core/data/torch_reference.h"

#include <cmath>

using namespace convscope::core;
using convscope::tests::torchConvCases;
using convscope::tests::torchPoolCases;

namespace {

Tensor tensorOf(const std::vector<int>& shape, const std::vector<float>& values)
{
    Tensor tensor(shape);
    REQUIRE(tensor.size() == values.size());
    std::copy(values.begin(), values.end(), tensor.data());
    return tensor;
}

// Float precision for sums of a few dozen products of standard normal values.
void checkClose(const Tensor& actual, const std::vector<int>& shape, const std::vector<float>& expected)
{
    REQUIRE(actual.shape() == shape);
    for (std::size_t n = 0; n < expected.size(); ++n) {
        INFO("cell " << n);
        CHECK(std::abs(actual.data()[n] - expected[n]) <= 1e-5f * (1.0f + std::abs(expected[n])));
    }
}

} // namespace

TEST_CASE("conv2d matches PyTorch's conv2d")
{
    REQUIRE(torchConvCases.size() >= 5);
    for (const auto& c : torchConvCases) {
        INFO(c.name);
        const Tensor input = tensorOf(c.inputShape, c.input);
        const Tensor kernels = tensorOf(c.kernelShape, c.kernels);
        checkClose(conv2d(input, kernels, c.bias, c.params), c.outputShape, c.output);
        checkClose(conv2dReference(input, kernels, c.bias, c.params), c.outputShape, c.output);
    }
}

TEST_CASE("pool2d matches PyTorch's pooling, leftovers dropped")
{
    REQUIRE(torchPoolCases.size() >= 3);
    for (const auto& c : torchPoolCases) {
        INFO(c.name);
        const Tensor input = tensorOf(c.inputShape, c.input);
        const PoolMode mode = poolModeFromId(c.mode).value();
        checkClose(pool2d(input, mode, c.params), c.outputShape, c.output);
        checkClose(pool2dReference(input, mode, c.params), c.outputShape, c.output);
    }
}
