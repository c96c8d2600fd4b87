#include "core/conv2d.h"
#include "core/kernel_presets.h"
#include "tests/catch.h"

#include <numeric>
#include <string_view>

using namespace convscope::core;

TEST_CASE("the presets come in the documented order with stable ids")
{
    const std::vector<std::string_view> ids{"identity", "edge", "sobel-x", "sobel-y",
                                            "sharpen", "blur", "gaussian", "emboss"};
    REQUIRE(kernelPresets().size() == ids.size());
    for (std::size_t n = 0; n < ids.size(); ++n) {
        CHECK(kernelPresets()[n].id == ids[n]);
        CHECK(kernelPresets()[n].kernel.shape() == std::vector<int>{1, 3, 3});
    }
    CHECK_FALSE(findKernelPreset("laplace").has_value());
}

TEST_CASE("preset weights")
{
    auto kernel = [](std::string_view id) { return findKernelPreset(id).value().kernel; };
    CHECK(kernel("identity") == Tensor::fromRows({{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}));
    CHECK(kernel("edge") == Tensor::fromRows({{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}));
    CHECK(kernel("sobel-x") == Tensor::fromRows({{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}));
    CHECK(kernel("sobel-y") == Tensor::fromRows({{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}}));
    CHECK(kernel("sharpen") == Tensor::fromRows({{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}}));
    CHECK(kernel("emboss") == Tensor::fromRows({{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}}));
    const Tensor blur = kernel("blur");
    for (float w : blur.values())
        CHECK(w == 1.0f / 9.0f);
    CHECK(kernel("gaussian").at(0, 1, 1) == 0.25f);
    CHECK(kernel("gaussian").at(0, 0, 0) == 0.0625f);
    CHECK(kernel("gaussian").at(0, 0, 1) == 0.125f);
}

TEST_CASE("presets behave as their names say on a flat image")
{
    // Away from the border a flat image stays flat under weights summing to 1 and vanishes under
    // weights summing to 0.
    const Tensor flat({1, 5, 5}, 0.5f);
    for (const KernelPreset& preset : kernelPresets()) {
        const float weightSum = std::accumulate(preset.kernel.values().begin(), preset.kernel.values().end(), 0.0f);
        const Tensor out = conv2d(flat, preset.kernel, {}, {});
        INFO(preset.id);
        CHECK_THAT(out.at(0, 1, 1), Catch::Matchers::WithinAbs(0.5 * weightSum, 1e-6));
    }
    CHECK(conv2d(flat, findKernelPreset("edge")->kernel, {}, {}).at(0, 0, 0) == 0.0f);
}
