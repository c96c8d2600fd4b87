#include "core/kernel_presets.h"

namespace convscope::core {
namespace {

// Each preset is a 1×3×3 kernel; comments say what it shows on a grayscale image.
std::vector<KernelPreset> makePresets()
{
    std::vector<KernelPreset> presets;
    presets.push_back({"identity", Tensor::fromRows({{0, 0, 0}, {0, 1, 0}, {0, 0, 0}})}); // the image unchanged
    // Laplacian-like: the centre against its 8 neighbours, 0 on flat areas, strong on edges (the lecture's 모서리).
    presets.push_back({"edge", Tensor::fromRows({{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}})});
    // Horizontal gradient (right minus left): vertical edges.
    presets.push_back({"sobel-x", Tensor::fromRows({{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}})});
    // Vertical gradient (bottom minus top): horizontal edges.
    presets.push_back({"sobel-y", Tensor::fromRows({{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}})});
    // Identity plus the negative Laplacian: weights sum to 1, so flat areas keep their value.
    presets.push_back({"sharpen", Tensor::fromRows({{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}})});
    // Box blur: the mean of the 3×3 neighbourhood.
    constexpr float ninth = 1.0f / 9.0f;
    presets.push_back({"blur", Tensor::fromRows({{ninth, ninth, ninth},
                                                 {ninth, ninth, ninth},
                                                 {ninth, ninth, ninth}})});
    // Binomial approximation of a Gaussian, [1 2 1]ᵀ·[1 2 1] / 16: weights sum to 1.
    presets.push_back({"gaussian", Tensor::fromRows({{1.0f / 16, 2.0f / 16, 1.0f / 16},
                                                     {2.0f / 16, 4.0f / 16, 2.0f / 16},
                                                     {1.0f / 16, 2.0f / 16, 1.0f / 16}})});
    // Directional difference from top-left to bottom-right plus the pixel: a raised-relief look.
    presets.push_back({"emboss", Tensor::fromRows({{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}})});
    return presets;
}

} // namespace

const std::vector<KernelPreset>& kernelPresets()
{
    static const std::vector<KernelPreset> presets = makePresets();
    return presets;
}

std::optional<KernelPreset> findKernelPreset(std::string_view id)
{
    for (const KernelPreset& preset : kernelPresets()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

} // namespace convscope::core
