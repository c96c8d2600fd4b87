#pragma once

#include "core/nn/layer_spec.h"
#include "core/nn/trainer.h"

#include <QString>

#include <vector>

namespace convscope::ui {

// The translated words of the Training page for what core gives as ids, enums and numbers.

// "Convolution", "ReLU", "Max pooling", …
QString layerKindName(core::LayerKind kind);
// One short line for a layer, with the lecture's letters: "Convolution K=8, F=3, P=1",
// "Max pooling F=2", "Fully connected, 10 outputs".
QString layerDescription(const core::LayerSpec& layer);
// A per-sample shape in the lecture's order [W, H, K]: {8, 28, 14} → "[14, 28, 8]", {64} → "[64]".
QString shapeText(const std::vector<int>& shape);
// "45 s", "3 min 20 s", "1 h 5 min".
QString durationText(double seconds);
// "97.3 %"
QString percentText(double fraction);
// The sentence shown when a run ends: finished, stopped, or the loss diverged (with the learning
// rate that was too high and a lower one to try).
QString outcomeText(const core::TrainingResult& result);

} // namespace convscope::ui
