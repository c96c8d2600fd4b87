#pragma once

#include "core/tensor.h"

namespace convscope::core {

inline constexpr int mnistSide = 28;     // an MNIST image is 28×28
inline constexpr int mnistDigitBox = 20; // the digit's longer side inside it

// Why a picture could not be turned into a digit; the ui words each one.
enum class DigitPreprocessingStatus {
    Ok,
    EmptyImage, // not a 1×H×W or 3×H×W picture, or no pixels
    NoInk,      // nothing stands out from the paper (a blank or evenly grey picture)
};

// A photo of a handwritten digit turned into what an MNIST-trained network expects, with every
// intermediate picture kept so the page can show the preparation instead of hiding it:
//
//   photo     C × H × W, values in [0, 1] (C = 1 grey or 3 RGB)
//   grey      1 × H × W      luminance 0.299·R + 0.587·G + 0.114·B
//   inverted  1 × H × W      1 − grey when the paper (the median of the border pixels) is light:
//                            MNIST digits are light ink on a dark background
//   levels    1 × H × W      paper → 0, ink → 1: Otsu's threshold splits the pixels into paper and
//                            ink; v' = clamp((v − black)/(white − black), 0, 1) with black = mean + 3σ
//                            of the paper class (so unevenly lit paper disappears) and white = the
//                            median of the ink class
//   cropped   1 × h × w      the bounding box of the ink (levels ≥ 0.5), all of levels inside it
//   scaled    1 × h' × w'    longer side 20 px, aspect kept, by area averaging (each output pixel is
//                            the mean of the input area it covers, like MNIST's anti-aliasing)
//   result    1 × 28 × 28    scaled placed so that its centre of mass lands on the middle
//                            (13.5, 13.5), moved by whole pixels and kept inside the frame
struct DigitPreprocessing {
    DigitPreprocessingStatus status = DigitPreprocessingStatus::Ok;
    Tensor grey;
    float backgroundLevel = 0.0f; // median of the pixels near the edge of grey
    bool lightBackground = false; // backgroundLevel > 0.5: the picture was inverted
    Tensor inverted;              // equal to grey when the paper was already dark
    float threshold = 0.0f;       // Otsu's split between paper and ink, on inverted
    float blackPoint = 0.0f;      // inverted values at or below become 0
    float whitePoint = 1.0f;      // inverted values at or above become 1
    Tensor levels;
    int cropTop = 0;              // the ink's bounding box in the photo's pixels
    int cropLeft = 0;
    int cropHeight = 0;
    int cropWidth = 0;
    Tensor cropped;
    Tensor scaled;
    float centreY = 0.0f;         // centre of mass of scaled, in its own pixel coordinates
    float centreX = 0.0f;
    int offsetY = 0;              // where scaled's top-left corner lands in the 28×28 result
    int offsetX = 0;
    Tensor result;

    bool ok() const { return status == DigitPreprocessingStatus::Ok; }
};

DigitPreprocessing preprocessDigit(const Tensor& photo);

// Resamples a 1×H×W plane to 1 × rows × cols by area averaging: output pixel (y, x) covers the
// input rectangle [y·H/rows, (y+1)·H/rows) × [x·W/cols, (x+1)·W/cols) and is the mean of the input
// over it (partly covered pixels count by the covered fraction).
Tensor resampleArea(const Tensor& plane, int rows, int cols);

} // namespace convscope::core
