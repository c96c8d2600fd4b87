#pragma once

#include "core/pool2d.h"
#include "core/tensor.h"

#include <cmath>
#include <random>
#include <vector>

namespace convscope::tests {

// A tensor of uniform values in [-1, 1) from a seeded generator, so every run checks the same cases.
inline core::Tensor randomTensor(std::vector<int> shape, std::mt19937& rng)
{
    core::Tensor tensor(std::move(shape));
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    for (float& v : tensor.values())
        v = value(rng);
    return tensor;
}

inline std::vector<float> randomValues(int count, std::mt19937& rng)
{
    std::vector<float> values(static_cast<std::size_t>(count));
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    for (float& v : values)
        v = value(rng);
    return values;
}

inline int randomInt(int low, int high, std::mt19937& rng)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// A random pooling: a window of 1 to maxWindow cells per axis, a stride of 0 (the window) to 3, and
// a C×H×W input the window fits, with 1 to maxChannels channels and sides up to maxSize.
struct RandomPooling {
    core::Pool2dParams params;
    core::Tensor input;
};

inline RandomPooling randomPooling(int maxChannels, int maxWindow, int maxSize, std::mt19937& rng)
{
    RandomPooling pooling;
    pooling.params = {randomInt(1, maxWindow, rng), randomInt(1, maxWindow, rng), randomInt(0, 3, rng),
                      randomInt(0, 3, rng)};
    pooling.input = randomTensor({randomInt(1, maxChannels, rng), randomInt(pooling.params.windowY, maxSize, rng),
                                  randomInt(pooling.params.windowX, maxSize, rng)},
                                 rng);
    return pooling;
}

inline core::Tensor absolute(const core::Tensor& tensor)
{
    core::Tensor result = tensor;
    for (float& v : result.values())
        v = std::abs(v);
    return result;
}

} // namespace convscope::tests
