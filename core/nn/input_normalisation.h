#pragma once

#include "core/nn/model.h"

#include <string>

namespace convscope::core {

// Why a model's mean and std (ModelMetadata::inputMean, inputStd) do not fit an input of
// `inputChannels` channels, in one English sentence; empty when they do: one value for all
// channels or one per channel, finite, every std above 0. Apart from Model, so that the file
// readers check it without the network's code.
std::string normalisationProblem(const ModelMetadata& metadata, int inputChannels);

} // namespace convscope::core
