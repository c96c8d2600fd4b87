#pragma once

#include "core/tensor.h"

#include <vector>

namespace convscope::core {

// A picture made into what a network reads, the one way every page and command does it:
//
//   picture  C × H × W           C = 1, or the network's own channel count
//   input    C' × H' × W'        the network's input shape
//
// Each channel is resampled to H' × W' by area averaging (resampleArea) when its size differs and
// kept as it is otherwise; a one-channel picture fills every input channel, so a grey digit can go
// into a colour network. Throws std::invalid_argument for a picture that is not C × H × W with
// such a C, or an input shape that is not C' × H' × W'.
Tensor fitToInput(const Tensor& picture, const std::vector<int>& inputShape);

// The normalisation a network trained on normalised pictures expects (torchvision's
// transforms.Normalize): every value of channel c of a C × H × W input becomes
//   (x − mean[c]) / std[c]
// with one mean and one std for every channel, or one of each for all. Throws
// std::invalid_argument for another count or a std that is not above 0.
Tensor normaliseChannels(const Tensor& input, const std::vector<float>& mean, const std::vector<float>& std);

} // namespace convscope::core
