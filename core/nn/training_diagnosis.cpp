#include "core/nn/training_diagnosis.h"

#include "core/nn/layer_spec.h"

#include <algorithm>
#include <cmath>

namespace convscope::core {

double typicalLearningRate(OptimizerKind kind)
{
    return kind == OptimizerKind::Adam ? 0.001 : 0.01;
}

double suggestedLearningRate(OptimizerKind kind, double rate)
{
    return std::min(rate / 10.0, typicalLearningRate(kind));
}

std::string Divergence::text() const
{
    std::string what;
    switch (sign) {
    case DivergenceSign::NotFinite:
        what = "the loss became " + std::string(std::isnan(loss) ? "NaN" : "infinite") + " at epoch "
            + std::to_string(epoch) + ", batch " + std::to_string(batch);
        break;
    case DivergenceSign::LossExploded:
        what = "the loss grew to " + shortestText(loss) + " at epoch " + std::to_string(epoch) + ", batch "
            + std::to_string(batch) + ", from its best of " + shortestText(bestLoss);
        break;
    case DivergenceSign::StuckAtChance:
        what = "after epoch " + std::to_string(epoch) + " the test accuracy is " + shortestText(accuracy * 100.0)
            + " %, no better than guessing";
        break;
    }
    return what + ": the learning rate " + shortestText(learningRate)
        + " is too large for this network and the training diverged; try " + shortestText(suggestedRate);
}

DivergenceWatch::DivergenceWatch(int classCount, OptimizerSettings optimizer)
    : m_classCount(std::max(2, classCount))
    , m_optimizer(optimizer)
{
}

Divergence DivergenceWatch::make(DivergenceSign sign, int epoch, int batch, double loss) const
{
    Divergence divergence;
    divergence.sign = sign;
    divergence.epoch = epoch;
    divergence.batch = batch;
    divergence.loss = loss;
    divergence.bestLoss = m_bestLoss;
    divergence.learningRate = m_optimizer.learningRate;
    divergence.suggestedRate = suggestedLearningRate(m_optimizer.kind, m_optimizer.learningRate);
    return divergence;
}

std::optional<Divergence> DivergenceWatch::afterBatch(const BatchReport& report)
{
    if (m_reported)
        return std::nullopt;
    ++m_steps;
    const double guessing = std::log(static_cast<double>(m_classCount));
    std::optional<Divergence> found;
    if (!std::isfinite(report.loss))
        found = make(DivergenceSign::NotFinite, report.epoch, report.batch, report.loss);
    else if (m_bestLoss >= 0.0 && report.loss > explosionFactor * m_bestLoss && report.loss > explosionFloor * guessing)
        found = make(DivergenceSign::LossExploded, report.epoch, report.batch, report.loss);
    if (found) {
        m_reported = true;
        return found;
    }
    m_bestLoss = m_bestLoss < 0.0 ? report.loss : std::min(m_bestLoss, report.loss);
    return std::nullopt;
}

std::optional<Divergence> DivergenceWatch::afterEpoch(const EpochReport& report)
{
    if (m_reported)
        return std::nullopt;
    const double guessing = std::log(static_cast<double>(m_classCount));
    const bool notFinite = !std::isfinite(report.trainLoss) || !std::isfinite(report.testLoss);
    const bool chance = m_steps >= minStepsForChance && report.testAccuracy <= chanceMargin / m_classCount
        && report.trainLoss >= 0.9 * guessing;
    if (!notFinite && !chance)
        return std::nullopt;
    m_reported = true;
    Divergence divergence = make(notFinite ? DivergenceSign::NotFinite : DivergenceSign::StuckAtChance, report.epoch,
                                 0, report.trainLoss);
    divergence.accuracy = report.testAccuracy;
    return divergence;
}

bool isOverfitting(std::span<const EpochReport> epochs)
{
    if (epochs.size() < 3)
        return false;
    const EpochReport& a = epochs[epochs.size() - 3];
    const EpochReport& b = epochs[epochs.size() - 2];
    const EpochReport& c = epochs[epochs.size() - 1];
    return a.trainAccuracy < b.trainAccuracy && b.trainAccuracy < c.trainAccuracy && a.testAccuracy > b.testAccuracy
        && b.testAccuracy > c.testAccuracy;
}

} // namespace convscope::core
