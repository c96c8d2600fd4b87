#include "tests/bench/core_cases.h"

#include "core/conv2d.h"
#include "core/nn/network.h"
#include "core/nn/network_spec.h"
#include "core/pool2d.h"

#include <memory>
#include <random>

namespace convscope::bench {
namespace {

core::Tensor randomTensor(std::vector<int> shape)
{
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    core::Tensor tensor(std::move(shape));
    for (float& v : tensor.values())
        v = value(rng);
    return tensor;
}

// Input C×size×size, kernels K×C×3×3, stride 1, padding 1 (the output keeps the input's size).
// The output tensor is reused from call to call, as cv::filter2D reuses its destination.
std::function<std::function<void()>()> conv3x3(int channels, int outChannels, int size)
{
    return [=] {
        auto input = std::make_shared<core::Tensor>(randomTensor({channels, size, size}));
        auto kernels = std::make_shared<core::Tensor>(randomTensor({outChannels, channels, 3, 3}));
        auto output = std::make_shared<core::Tensor>();
        return [input, kernels, output] {
            core::conv2d(*input, *kernels, {}, core::Conv2dParams::uniform(1, 1), *output);
        };
    };
}

// The same through the allocating conv2d, which returns a fresh tensor each call.
std::function<std::function<void()>()> conv3x3Allocating(int size)
{
    return [=] {
        auto input = std::make_shared<core::Tensor>(randomTensor({1, size, size}));
        auto kernels = std::make_shared<core::Tensor>(randomTensor({1, 1, 3, 3}));
        return [input, kernels] { core::conv2d(*input, *kernels, {}, core::Conv2dParams::uniform(1, 1)); };
    };
}

// Into a reused output, as cv::resize and cv::dilate reuse their destination.
std::function<std::function<void()>()> pool(core::PoolMode mode, int window, int size)
{
    return [=] {
        auto input = std::make_shared<core::Tensor>(randomTensor({1, size, size}));
        auto output = std::make_shared<core::Tensor>();
        return [input, output, mode, window] {
            core::pool2d(*input, mode, core::Pool2dParams::uniform(window), *output);
        };
    };
}

// One 28×28 digit through the classroom CNN, as Inside the network does for every change of input.
std::function<std::function<void()>()> classroomClassify()
{
    return [] {
        auto network = std::make_shared<core::Network<float>>(core::NetworkSpec::classroom());
        auto image = std::make_shared<core::Tensor>(randomTensor({1, 28, 28}));
        return [network, image] { network->classify(*image); };
    };
}

} // namespace

void registerCoreCases(BenchRegistry& registry)
{
    registry.add({"conv3x3_1024_ms", 31, conv3x3(1, 1, 1024)});
    registry.add({"conv3x3_4096_ms", 11, conv3x3(1, 1, 4096)});
    registry.add({"conv3x3_4096_alloc_ms", 11, conv3x3Allocating(4096)});
    registry.add({"conv3to16_512_ms", 11, conv3x3(3, 16, 512)});
    registry.add({"maxpool2_4096_ms", 11, pool(core::PoolMode::Max, 2, 4096)});
    registry.add({"avgpool2_4096_ms", 11, pool(core::PoolMode::Average, 2, 4096)});
    registry.add({"classroom_classify_ms", 101, classroomClassify()});
}

} // namespace convscope::bench
