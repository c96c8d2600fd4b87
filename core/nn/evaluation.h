#pragma once

#include "core/data/dataset.h"
#include "core/nn/network.h"

#include <vector>

namespace convscope::core {

class TrainingControl;
class WorkerPool;

// How a network does on a set of labelled images.
struct Evaluation {
    double loss = 0.0;            // mean cross-entropy
    double accuracy = 0.0;        // fraction right, 0…1
    int count = 0;                // images evaluated
    std::vector<int> predictions; // the most probable class of each image evaluated, in order
    bool complete = true;         // false when a stop request cut it short
};

// Runs the images through the network in batches of `batchSize` (forward only, no dropout).
// Honours `control` within a batch (see Network::forward); after a stop the partial result has
// complete = false.
Evaluation evaluate(Network<float>& network, const ImageSet& images, WorkerPool* pool = nullptr,
                    const TrainingControl* control = nullptr, int batchSize = 200);

// counts[true][predicted] for `classes` classes; predictions may be shorter than labels.
std::vector<std::vector<int>> confusionMatrix(const std::vector<int>& predictions,
                                              const std::vector<std::uint8_t>& labels, int classes);

} // namespace convscope::core
