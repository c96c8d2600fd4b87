#include "ui/training/training_history.h"

#include <algorithm>
#include <cmath>

namespace convscope::ui {

void TrainingHistory::clear()
{
    *this = TrainingHistory();
}

void TrainingHistory::addBatch(const core::BatchReport& report)
{
    m_batchReports.push_back(report);
    BatchPoint point;
    const int batches = std::max(report.batchesPerEpoch, 1);
    point.x = report.epoch - 1 + static_cast<double>(report.batch) / batches;
    point.loss = report.loss;
    if (std::isfinite(report.loss)) {
        m_lossAverage = (1.0 - smoothing) * m_lossAverage + smoothing * report.loss;
        m_accuracyAverage = (1.0 - smoothing) * m_accuracyAverage + smoothing * report.accuracy;
        m_decay *= 1.0 - smoothing;
        m_maximumLoss = std::max(m_maximumLoss, report.loss);
        if (report.loss > 0.0)
            m_minimumLoss = m_minimumLoss > 0.0 ? std::min(m_minimumLoss, report.loss) : report.loss;
    }
    const double correction = 1.0 - m_decay;
    point.smoothedLoss = correction > 0.0 ? m_lossAverage / correction : report.loss;
    point.smoothedAccuracy = correction > 0.0 ? m_accuracyAverage / correction : report.accuracy;
    m_batches.push_back(point);
}

void TrainingHistory::addEpoch(const core::EpochReport& report)
{
    m_epochReports.push_back(report);
    m_epochs.push_back({static_cast<double>(report.epoch), report.trainLoss, report.testLoss, report.trainAccuracy,
                        report.testAccuracy});
}

} // namespace convscope::ui
