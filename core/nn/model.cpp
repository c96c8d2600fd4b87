#include "core/nn/model.h"

namespace convscope::core {

Model Model::fromNetwork(const Network<float>& network, ModelMetadata metadata)
{
    return Model{network.spec(), network.parameterTensors(), std::move(metadata)};
}

Network<float> Model::toNetwork() const
{
    Network<float> network(spec);
    network.setParameterTensors(parameters);
    return network;
}

} // namespace convscope::core
