#pragma once

#include "core/nn/optimizer.h"
#include "core/nn/trainer.h"

#include <optional>
#include <span>
#include <string>

namespace convscope::core {

// What a class learns most from are the runs that fail; these rules tell two common failures from
// the numbers a run reports, so the page and the command line can say what went wrong instead of
// only "finished, 10 %".

// A learning rate that works for most small networks with this optimiser: 0.001 for Adam, 0.01
// for SGD with momentum (the command line's defaults).
double typicalLearningRate(OptimizerKind kind);

// The rate to try after `rate` diverged: a tenth of it, and no more than the typical rate, so a
// rate of 100 is not followed by one of 10 that diverges as well.
double suggestedLearningRate(OptimizerKind kind, double rate);

enum class DivergenceSign {
    NotFinite,     // the loss became NaN or infinite
    LossExploded,  // the loss rose to explosionFactor × its best and above explosionFloor × ln K
    StuckAtChance, // after a whole epoch, no better than guessing
};

struct Divergence {
    DivergenceSign sign = DivergenceSign::NotFinite;
    int epoch = 0;
    int batch = 0;                // 0 for StuckAtChance, found after the epoch
    double loss = 0.0;            // the batch's loss, or the epoch's training loss
    double bestLoss = 0.0;        // the lowest batch loss before it
    double accuracy = 0.0;        // StuckAtChance: the test accuracy
    double learningRate = 0.0;
    double suggestedRate = 0.0;   // suggestedLearningRate

    // One English sentence for the command line: what happened and the rate to try.
    std::string text() const;
};

// Watches one run's reports for the signs that its learning rate is too large for the network:
//
//   - a batch loss that is not finite;
//   - a batch loss above explosionFactor × the best batch loss so far and above
//     explosionFloor × ln K (K classes; ln K is the loss of guessing), so a loss that is merely
//     noisy near zero late in a good run is no alarm;
//   - after an epoch of at least minStepsForChance batches in all, a test accuracy of at most
//     chanceMargin × 1/K while the epoch's training loss has not gone below 0.9 × ln K: the network
//     has learned nothing.
//
// Feed it every batch and every epoch in order; the first sign found is returned, once.
class DivergenceWatch {
public:
    static constexpr double explosionFactor = 100.0;
    static constexpr double explosionFloor = 10.0;
    static constexpr double chanceMargin = 1.25;
    static constexpr int minStepsForChance = 20;

    DivergenceWatch(int classCount, OptimizerSettings optimizer);

    std::optional<Divergence> afterBatch(const BatchReport& report);
    std::optional<Divergence> afterEpoch(const EpochReport& report);
    // A rate changed between steps (the page's spin box during a run).
    void setLearningRate(double rate) { m_optimizer.learningRate = rate; }

private:
    Divergence make(DivergenceSign sign, int epoch, int batch, double loss) const;

    int m_classCount;
    OptimizerSettings m_optimizer;
    double m_bestLoss = -1.0; // −1 before the first finite loss
    long long m_steps = 0;
    bool m_reported = false;
};

// Overfitting: the training accuracy rose at each of the last two epochs while the test accuracy
// fell at each of them, i.e. over the last three epoch reports (in epoch order) train strictly up
// and test strictly down twice. The network is learning its training pictures by heart.
bool isOverfitting(std::span<const EpochReport> epochs);

} // namespace convscope::core
