#pragma once

#include "core/tensor.h"

#include <optional>
#include <string_view>
#include <vector>

namespace convscope::core {

// A named hand-made kernel. The id is stable (command line, lesson files); the ui shows a
// translated name and description for it.
struct KernelPreset {
    std::string_view id;
    Tensor kernel; // 1 × F × F
};

// identity, edge, sobel-x, sobel-y, sharpen, blur, gaussian, emboss, in that order.
const std::vector<KernelPreset>& kernelPresets();
std::optional<KernelPreset> findKernelPreset(std::string_view id);

} // namespace convscope::core
