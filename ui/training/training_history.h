#pragma once

#include "core/nn/trainer.h"

#include <vector>

namespace convscope::ui {

// One batch as the charts draw it. x counts epochs: batch b of B in epoch e sits at e − 1 + b/B.
struct BatchPoint {
    double x = 0.0;
    double loss = 0.0;             // this batch's mean cross-entropy
    double smoothedLoss = 0.0;     // exponential moving average of the loss, bias-corrected
    double smoothedAccuracy = 0.0; // the same for the batch accuracy, 0…1
};

// One epoch as the charts draw it, at x = epoch.
struct EpochPoint {
    double x = 0.0;
    double trainLoss = 0.0;
    double testLoss = 0.0;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
};

// Everything the loss and accuracy charts have shown since the network was made, so a chart
// rebuilt later (a page shown again, a screenshot) draws the same lines.
//
// The smoothed lines are exponential moving averages, s_t = (1 − α)·s_{t−1} + α·v_t from s_0 = 0,
// divided by 1 − (1 − α)^t so the first batches are not pulled towards 0 (TensorBoard's smoothing).
class TrainingHistory {
public:
    static constexpr double smoothing = 0.05; // α: about the last 20 batches count

    void clear();
    void addBatch(const core::BatchReport& report);
    void addEpoch(const core::EpochReport& report);

    const std::vector<BatchPoint>& batches() const { return m_batches; }
    const std::vector<EpochPoint>& epochs() const { return m_epochs; }
    // What was added, in order: replaying them into an empty history gives this one again.
    const std::vector<core::BatchReport>& batchReports() const { return m_batchReports; }
    const std::vector<core::EpochReport>& epochReports() const { return m_epochReports; }
    // The largest finite batch loss so far (0 when none), for the chart's axis.
    double maximumLoss() const { return m_maximumLoss; }
    // The smallest finite batch loss above 0 so far (0 when none), for a logarithmic axis.
    double minimumLoss() const { return m_minimumLoss; }

private:
    std::vector<core::BatchReport> m_batchReports;
    std::vector<core::EpochReport> m_epochReports;
    std::vector<BatchPoint> m_batches;
    std::vector<EpochPoint> m_epochs;
    double m_lossAverage = 0.0;
    double m_accuracyAverage = 0.0;
    double m_decay = 1.0; // (1 − α)^t
    double m_maximumLoss = 0.0;
    double m_minimumLoss = 0.0;
};

} // namespace convscope::ui
