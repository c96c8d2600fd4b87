#include "core/nn/evaluation.h"

#include "core/nn/training_control.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace convscope::core {

Evaluation evaluate(Network<float>& network, const ImageSet& images, WorkerPool* pool,
                    const TrainingControl* control, int batchSize)
{
    Evaluation result;
    result.predictions.reserve(static_cast<std::size_t>(images.count));
    // A wide network tests in smaller batches rather than claim more than maxBatchCacheBytes.
    batchSize = std::clamp(batchSize, 1, std::max(network.spec().largestBatch(), 1));
    std::vector<int> indices;
    std::vector<int> labels;
    Matrix batch;
    double lossSum = 0.0;
    int correct = 0;
    for (int start = 0; start < images.count; start += batchSize) {
        if (control != nullptr && control->stopRequested()) {
            result.complete = false;
            break;
        }
        const int end = std::min(start + batchSize, images.count);
        indices.resize(static_cast<std::size_t>(end - start));
        std::iota(indices.begin(), indices.end(), start);
        images.fillBatch(indices, batch, labels);
        if (!network.forward(batch, false, pool, control)) {
            result.complete = false;
            break;
        }
        const RowMatrix<float>& logits = network.logits();
        for (int row = 0; row < end - start; ++row) {
            const int label = labels[static_cast<std::size_t>(row)];
            if (label >= network.classCount())
                throw std::invalid_argument("label " + std::to_string(label) + " is outside the network's "
                                            + std::to_string(network.classCount()) + " classes");
            Eigen::Index best = 0;
            const double top = logits.row(row).maxCoeff(&best);
            result.predictions.push_back(static_cast<int>(best));
            correct += best == label ? 1 : 0;
            // −log softmax(z)_y = log Σ exp(z_j − max z) − (z_y − max z), in double
            double sum = 0.0;
            for (Eigen::Index j = 0; j < logits.cols(); ++j)
                sum += std::exp(static_cast<double>(logits(row, j)) - top);
            lossSum += std::log(sum) - (static_cast<double>(logits(row, label)) - top);
        }
    }
    result.count = static_cast<int>(result.predictions.size());
    if (result.count > 0) {
        result.loss = lossSum / result.count;
        result.accuracy = static_cast<double>(correct) / result.count;
    }
    return result;
}

std::vector<std::vector<int>> confusionMatrix(const std::vector<int>& predictions,
                                              const std::vector<std::uint8_t>& labels, int classes)
{
    std::vector<std::vector<int>> counts(static_cast<std::size_t>(classes),
                                         std::vector<int>(static_cast<std::size_t>(classes), 0));
    const std::size_t count = std::min(predictions.size(), labels.size());
    for (std::size_t i = 0; i < count; ++i) {
        const int truth = labels[i];
        const int predicted = predictions[i];
        if (truth >= 0 && truth < classes && predicted >= 0 && predicted < classes)
            ++counts[static_cast<std::size_t>(truth)][static_cast<std::size_t>(predicted)];
    }
    return counts;
}

} // namespace convscope::core
