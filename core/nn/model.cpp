#include "core/nn/model.h"

namespace convscope::core {

Model Model::fromNetwork(const Network<float>& network, ModelMetadata metadata)
{
    return Model{network.spec(), network.parameterTensors(), std::move(metadata)};
}

Network<float> Model::toNetwork() const
{
    return Network<float>(spec, parameters);
}

} // namespace convscope::core
