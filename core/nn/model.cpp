#include "core/nn/model.h"

#include "core/data/fit_to_input.h"


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

Network<float> Model::toNetwork() const
{
    return Network<float>(spec, parameters);
}

} // namespace convscope::core
