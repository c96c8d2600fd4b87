#pragma once

#include "core/nn/layer_spec.h"
#include "core/data/class_balance.h"
#include "core/nn/trainer.h"
#include "core/nn/training_diagnosis.h"

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
// What the divergence rules found, with the rate that was too large and one to try.
QString divergenceText(const core::Divergence& divergence);
// Training accuracy rising while test accuracy falls: what it means and what helps.
QString overfittingText();
// A class with far fewer training pictures than the others, named with the counts.
QString smallClassText(const core::SmallClass& small, const QString& className);

} // namespace convscope::ui
