#include "core/nn/model.h"

#include "core/data/fit_to_input.h"

#include <cmath>

namespace convscope::core {

Model Model::fromNetwork(const Network<float>& network, ModelMetadata metadata)
{
    return Model{network.spec(), network.parameterTensors(), std::move(metadata)};
}

std::int64_t Model::parameterCount() const
{
    std::int64_t count = 0;
    for (const Tensor& tensor : parameters)
        count += static_cast<std::int64_t>(tensor.size());
    return count;
}

Tensor Model::normalisedInput(const Tensor& picture) const
{
    if (metadata.inputMean.empty() && metadata.inputStd.empty())
        return picture;
    return normaliseChannels(picture, metadata.inputMean.empty() ? std::vector<float>{0.0f} : metadata.inputMean,
                             metadata.inputStd.empty() ? std::vector<float>{1.0f} : metadata.inputStd);
}

std::string Model::normalisationProblem() const
{
    const std::size_t channels = spec.input.empty() ? 1 : static_cast<std::size_t>(spec.input[0]);
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

Network<float> Model::toNetwork() const
{
    return Network<float>(spec, parameters);
}

} // namespace convscope::core
