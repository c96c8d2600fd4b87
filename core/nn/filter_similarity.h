#pragma once

#include "core/tensor.h"

#include <string_view>
#include <vector>

namespace convscope::core {

// How much a learned filter looks like one hand-made kernel preset.
struct PresetSimilarity {
    std::string_view presetId;
    // Cosine similarity in [−1, 1]; −1 is the preset with its signs flipped (a dark-on-light edge
    // instead of light-on-dark), which a network learns just as readily.
    float cosine = 0.0f;
};

// A learned filter compared with every core::kernelPresets() kernel:
//
//   for a preset with structure (edge, sobel, sharpen, …):   cos(f − mean(f), p)
//   for a preset that is flat (blur, whose weights are all equal):   cos(f, p)
//
// Removing the filter's mean first compares the pattern, not the overall brightness a filter
// adds; edge and sobel already sum to 0, and identity, sharpen and gaussian lose a little of
// their cosine for the flat part they hold, which is why a centre-surround filter is named after
// edge rather than identity. A flat preset has no pattern, so it is compared as it is: a filter
// whose weights are all alike is "blur".
//
// `filter` is F×F, or 1×F×F / 1×1×F×F. Presets smaller than F are placed in the middle of an F×F
// grid of zeros; presets larger than F are skipped. An all-zero filter gets cosine 0 everywhere.
struct FilterSimilarity {
    std::vector<PresetSimilarity> presets; // in core::kernelPresets() order
    std::size_t best = 0;                  // index into presets of the largest |cosine|

    const PresetSimilarity& closest() const { return presets.at(best); }
};

// Throws std::invalid_argument when the filter is not square with an odd side, or no preset fits.
FilterSimilarity compareWithPresets(const Tensor& filter);

} // namespace convscope::core
