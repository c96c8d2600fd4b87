#include "core/nn/model.h"

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

Network<float> Model::toNetwork() const
{
    return Network<float>(spec, parameters);
}

} // namespace convscope::core
