#include "core/nn/spec_for_dataset.h"

#include <algorithm>

namespace convscope::core {

void adaptSpecToDataset(NetworkSpec& spec, const Dataset& dataset)
{
    spec.input = {dataset.train.channels, dataset.train.height, dataset.train.width};
    if (!spec.layers.empty() && spec.layers.back().kind == LayerKind::Dense)
        spec.layers.back().units = std::max(2, dataset.classCount());
}

} // namespace convscope::core
