#include "core/nn/input_normalisation.h"

#include <cmath>

namespace convscope::core {

std::string normalisationProblem(const ModelMetadata& metadata, int inputChannels)
{
    const auto channels = static_cast<std::size_t>(inputChannels);
    for (const std::vector<float>* values : {&metadata.inputMean, &metadata.inputStd}) {
        if (values->size() > 1 && values->size() != channels)
            return "the input has " + std::to_string(channels) + " channels, but the normalisation gives "
                + std::to_string(values->size()) + " values";
        for (float value : *values) {
            if (!std::isfinite(value))
                return "a normalisation value is not a finite number";
        }
    }
    for (float deviation : metadata.inputStd) {
        if (!(deviation > 0.0f))
            return "a standard deviation of the normalisation is not above 0";
    }
    return {};
}

} // namespace convscope::core
