#pragma once

#include "core/data/digit_preprocessing.h"
#include "core/nn/model.h"
#include "core/nn/network.h"
#include "core/tensor.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace convscope::ui {

class BackgroundJob;

// The digit drawn on the canvas, ready for the network, and what the network makes of it.
struct DrawingClassification {
    core::DigitPreprocessing preprocessing;
    std::vector<float> probabilities; // one per class; empty when there is nothing to classify
    QString problem;                  // why not, when empty (no model yet, a network that reads other images)
};

// Classifies drawings with the Training page's current weights. It keeps a network of its own
// (the training thread's may be learning meanwhile), made from the model again when the model
// changes: on the GUI thread for a small model, on a thread of its own for a large one.
class DrawingClassifier : public QObject {
    Q_OBJECT

public:
    explicit DrawingClassifier(QObject* parent = nullptr);

    // The weights drawings are classified with; null: none yet.
    void setModel(std::shared_ptr<const core::Model> model);

    // Preprocesses ink (1×H×W, 0…1, white on black) like MNIST and classifies it, on the calling
    // thread (one sample: well under a millisecond for the classroom CNN). A model of more than
    // ModelStore::parametersPreparedAtOnce parameters is first made into a network on a thread
    // of its own: until networkReady the result's problem says so.
    DrawingClassification classify(const core::Tensor& ink);
    // Classifies a picture (C × H × W in [0, 1], C = 1 or the network's) as it is, its centre
    // square scaled to the network's input (core::fitToInput): a network of the class's own
    // pictures is tried on a new photo so. The preprocessing is left empty.
    DrawingClassification classifyPicture(const core::Tensor& picture);

signals:
    // A large model's network is ready: classify the drawing again.
    void networkReady();

private:
    void prepareNetwork();
    // The network's probabilities for `picture` fitted to its input, or empty and `problem`.
    std::vector<float> probabilitiesOf(const core::Tensor& picture, QString& problem);

    std::shared_ptr<const core::Model> m_model;
    // A network with m_networkModel's weights, null until made (or when making it failed).
    std::unique_ptr<core::Network<float>> m_network;
    std::shared_ptr<const core::Model> m_networkModel;
    QString m_networkProblem; // why m_networkModel gave no network
    BackgroundJob* m_preparation = nullptr;
    std::shared_ptr<const core::Model> m_preparingFor;
};

} // namespace convscope::ui
