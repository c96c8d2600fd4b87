#pragma once

#include "ui/training/training_history.h"

#include <QByteArray>

namespace convscope::ui {

// The loss history as a CSV table for a spreadsheet or a slide's chart, one row per batch and,
// after an epoch's batches, one row for the epoch:
//
//   epoch,batch,loss,accuracy,test_loss,test_accuracy,samples_per_second
//   1,1,2.302585,0.125,,,812.5          ← batch row: its loss and accuracy (before the step)
//   1,,0.453120,0.861000,0.301200,0.912000,905.1   ← epoch row: batch empty, the epoch's means
//
// Accuracies are fractions 0…1; losses are mean cross-entropy. The header is for programs, so it
// is not translated.
QByteArray formatLossHistoryCsv(const TrainingHistory& history);

} // namespace convscope::ui
