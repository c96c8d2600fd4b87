#pragma once

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

inline core::Tensor absolute(const core::Tensor& tensor)
{
    core::Tensor result = tensor;
    for (float& v : result.values())
        v = std::abs(v);
    return result;
}

} // namespace convscope::tests
