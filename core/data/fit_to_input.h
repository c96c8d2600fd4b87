#pragma once

#include "core/tensor.h"

#include <vector>

namespace convscope::core {

// A picture made into what a network reads, the one way every page and command does it:
//
//   picture  C × H × W           C = 1, or the network's own channel count
//   input    C' × H' × W'        the network's input shape
//
// The picture's centre part of the input's proportions is kept (centreCrop: the centre square of
// a photo for a square input, the whole width of a tall picture, the whole height of a wide one),
// so a circle stays round and the edges of a wide photo are what is lost, as torchvision's Resize
// plus CenterCrop loses them. Each channel of that part is resampled to H' × W' by area averaging
// (resampleArea) when its size differs and kept as it is otherwise; a one-channel picture fills
// every input channel, so a grey digit can go into a colour network. The picture folders a class
// trains on are read through this function as well, so a photo given to a trained model later
// becomes exactly the input its training pictures became. Throws std::invalid_argument for a
// picture that is not C × H × W with such a C, or an input shape that is not C' × H' × W'.
Tensor fitToInput(const Tensor& picture, const std::vector<int>& inputShape);

// The centred rectangle of a rows × cols picture with the proportions of inputRows × inputCols,
// as large as fits: top and left are where it starts.
struct CropRect {
    int top = 0;
    int left = 0;
    int rows = 0;
    int cols = 0;
};
CropRect centreCrop(int rows, int cols, int inputRows, int inputCols);

// The normalisation a network trained on normalised pictures expects (torchvision's
// transforms.Normalize): every value of channel c of a C × H × W input becomes
//   (x − mean[c]) / std[c]
// with one mean and one std for every channel, or one of each for all. Throws
// std::invalid_argument for another count or a std that is not above 0.
Tensor normaliseChannels(const Tensor& input, const std::vector<float>& mean, const std::vector<float>& std);

} // namespace convscope::core
