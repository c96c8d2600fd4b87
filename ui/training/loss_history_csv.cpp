#include "ui/training/loss_history_csv.h"

#include <cstddef>
#include <limits>

namespace convscope::ui {

namespace {

void appendValue(QByteArray& out, double value)
{
    out += ',';
    out += QByteArray::number(value, 'g', 9);
}

} // namespace

QByteArray formatLossHistoryCsv(const TrainingHistory& history)
{
    QByteArray out = "epoch,batch,loss,accuracy,test_loss,test_accuracy,samples_per_second\n";
    const std::vector<core::BatchReport>& batches = history.batchReports();
    const std::vector<core::EpochReport>& epochs = history.epochReports();
    std::size_t nextEpoch = 0;
    auto flushEpochsBefore = [&](int epoch) {
        for (; nextEpoch < epochs.size() && epochs[nextEpoch].epoch < epoch; ++nextEpoch) {
            const core::EpochReport& e = epochs[nextEpoch];
            out += QByteArray::number(e.epoch);
            out += ',';
            appendValue(out, e.trainLoss);
            appendValue(out, e.trainAccuracy);
            appendValue(out, e.testLoss);
            appendValue(out, e.testAccuracy);
            appendValue(out, e.samplesPerSecond);
            out += '\n';
        }
    };
    for (const core::BatchReport& b : batches) {
        flushEpochsBefore(b.epoch);
        out += QByteArray::number(b.epoch);
        out += ',';
        out += QByteArray::number(b.batch);
        appendValue(out, b.loss);
        appendValue(out, b.accuracy);
        out += ",,";
        appendValue(out, b.samplesPerSecond);
        out += '\n';
    }
    flushEpochsBefore(std::numeric_limits<int>::max());
    return out;
}

} // namespace convscope::ui
