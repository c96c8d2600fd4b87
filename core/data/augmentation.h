#pragma once

#include "core/tensor.h"

#include <random>
#include <vector>

namespace convscope::core {

// Small random changes to a training picture that keep what it shows, so a class's forty photos
// look like many more: a mirror image, a shift of a few pixels, a slight turn, a little more or
// less light. Each picture of each batch gets its own draw; the draws come from one generator
// seeded with the run's seed, so a run with augmentation repeats exactly.
struct AugmentationSettings {
    bool flip = true;           // mirrored left to right with probability 1/2
    double maxShift = 0.1;      // up to this fraction of the side, rounded to whole pixels, each way
    double maxDegrees = 10.0;   // turned about the centre by up to this many degrees either way
    double maxBrightness = 0.1; // up to this much added to or taken from every value (0 to 1)

    bool operator==(const AugmentationSettings& other) const = default;
};

// One picture's changes.
struct AugmentationDraw {
    bool flip = false;
    int shiftX = 0;          // pixels to the right
    int shiftY = 0;          // pixels down
    double degrees = 0.0;    // counter-clockwise as the picture is seen
    double brightness = 0.0; // added to every value

    bool operator==(const AugmentationDraw& other) const = default;
};

// Five draws from `rng`, in this order: flip (the top bit), shiftX, shiftY, degrees, brightness.
// Each is made from one 32-bit number as u = r / 2³² in [0, 1): a shift of at most s pixels is
// ⌊u·(2s + 1)⌋ − s, a turn (2u − 1)·maxDegrees, a brightness (2u − 1)·maxBrightness; our own
// conversions, since the standard distributions differ between libraries. s is
// round(maxShift · side) for the picture's width (shiftX) and height (shiftY).
AugmentationDraw drawAugmentation(const AugmentationSettings& settings, int rows, int cols, std::mt19937& rng);

// Applies `draw` to one C × rows × cols picture with values in [0, 1], stored plane after plane at
// `values`, in place. Output pixel (y, x) takes its value from the input at
//
//   u = x − cx − shiftX,  v = y − cy − shiftY          (cx = (cols − 1)/2, cy = (rows − 1)/2)
//   sx = cx + cos θ·u − sin θ·v,  sy = cy + sin θ·u + cos θ·v      (θ = degrees in radians)
//   sx ← cols − 1 − sx when flipped
//
// by bilinear interpolation, a point outside the picture taking the nearest edge pixel (so a
// white background stays white instead of turning black in the corners); then the brightness is
// added and the value kept within [0, 1].
void augmentImage(float* values, int channels, int rows, int cols, const AugmentationDraw& draw);

// Every row of `batch` (one C × rows × cols picture each, as ImageSet::fillBatch makes them) with
// a draw of its own, the rows in order.
void augmentBatch(Matrix& batch, const std::vector<int>& imageShape, const AugmentationSettings& settings,
                  std::mt19937& rng);

} // namespace convscope::core
