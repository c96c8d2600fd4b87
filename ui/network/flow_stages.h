#pragma once

#include "core/nn/trainer.h"
#include "ui/network/network_flow_view.h"

#include <vector>

namespace convscope::ui {

class NetworkModel;

// The columns of the flow view for the model's current input: names, shapes, values and colour
// ranges as the model's colour scale says.
std::vector<FlowStage> flowStages(const NetworkModel& model);
// The same for an input recorded at one epoch of a training.
std::vector<FlowStage> flowStages(const NetworkModel& model, const core::EpochSnapshot& snapshot);

} // namespace convscope::ui
