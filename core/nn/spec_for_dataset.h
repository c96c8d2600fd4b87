#pragma once

#include "core/data/dataset.h"
#include "core/nn/network_spec.h"

namespace convscope::core {

// A preset network made to fit a dataset: it reads the dataset's pictures (channels × height ×
// width; the shapes after the input follow) and, when it ends in a dense layer, gives one score
// per class (at least two). The Training page and convscope-cli train adapt their presets so.
void adaptSpecToDataset(NetworkSpec& spec, const Dataset& dataset);

} // namespace convscope::core
