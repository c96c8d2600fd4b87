#pragma once

#include "core/conv_trace.h"
#include "core/data/dataset.h"
#include "core/data/digit_preprocessing.h"
#include "core/nn/filter_similarity.h"
#include "core/nn/layer_arithmetic.h"
#include "core/nn/model.h"
#include "core/nn/network.h"
#include "core/nn/trainer.h"
#include "core/pool_trace.h"
#include "core/tensor.h"
#include "ui/io/image_loader.h"
#include "ui/shared/background_job.h"
#include "ui/shared/change_batch.h"
#include "ui/shared/step_requests.h"
#include "ui/widgets/colour_map.h"

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace convscope::ui {

class ModelStore;

// The state of the Inside the network page: which trained model, which input, and everything the
// model computed from it, layer by layer. Widgets read it and never change it.
//
// The network is seen as a row of stages, one per column on the page:
//
//   stage 0        the input          C × H × W (1 × 28 × 28 for digits)
//   stage i ≥ 1    layer i − 1's output for that input (conv 8×28×28, ReLU, pool 8×14×14, …,
//                  flatten 784, fully connected 64, …, the ten scores)
//   then softmax   probabilities()
//
// The forward pass of one sample runs on the GUI thread: the classroom network takes well under
// a millisecond (about 0.3 million multiply-adds) and the larger tutorial network a few
// milliseconds (lastPassMilliseconds() shows it), less than one frame, so every map follows the
// pen while the student draws.
//
// Signals are coalesced: however many changes one event-loop turn makes, views get at most one
// of each signal, in the order modelChanged, activationsChanged, displayChanged, selectionChanged.
class NetworkModel : public QObject {
    Q_OBJECT

public:
    enum class Source { TestImage, Drawing, Photo };
    // How activation maps are coloured: each map from its own −m…m, each layer from the largest
    // value of the layer, or every layer on one scale.
    enum class ColourScale { PerMap, PerLayer, Global };

    explicit NetworkModel(ModelStore* store, QObject* parent = nullptr);
    ~NetworkModel() override;

    // --- the model ----------------------------------------------------------------------------
    // Models up to ModelStore::parametersPreparedAtOnce parameters are shown at once; larger ones
    // are prepared on a thread of their own, hasModel() false and the page saying the model is
    // loading meanwhile.
    // Loads the model shipped with ConvScope into the store when it holds none yet.
    void ensureModel();
    bool hasModel() const { return m_network != nullptr; }
    const core::Model* model() const { return m_model.get(); }
    QString modelOrigin() const;
    // Why no model is shown (translated), empty when one is.
    QString modelProblem() const { return m_modelProblem; }

    int stageCount() const { return static_cast<int>(m_stages.size()); }
    const core::Tensor& stageValues(int stage) const { return m_stages.at(static_cast<std::size_t>(stage)); }
    // nullopt for stage 0 (the input).
    std::optional<core::LayerKind> stageKind(int stage) const;
    const core::LayerSpec* stageSpec(int stage) const;
    // 1 for the first conv (or dense) layer, 2 for the second …; 0 for other kinds.
    int stageOrdinal(int stage) const;
    // The stage is a conv or dense layer whose output goes through a ReLU next.
    bool reluFollows(int stage) const;
    // A stage shown as maps (C × H × W) rather than as a vector.
    bool isMapStage(int stage) const { return stageValues(stage).rank() == 3; }

    const std::vector<float>& logits() const { return m_logits; }
    const std::vector<float>& probabilities() const { return m_probabilities; }
    int predictedClass() const;
    QStringList classNames() const { return m_classNames; }
    double lastPassMilliseconds() const { return m_passMilliseconds; }

    // --- the input ----------------------------------------------------------------------------
    Source source() const { return m_source; }
    const core::Tensor& input() const { return m_input; }
    // The photo's file name or the test set's name, for captions.
    QString sourceName() const { return m_sourceName; }

    bool hasTestImages() const { return m_testImages != nullptr && m_testImages->count > 0; }
    int testImageCount() const { return hasTestImages() ? m_testImages->count : 0; }
    int testIndex() const { return m_testIndex; }
    // The true label of the current test image, −1 for other inputs.
    int testLabel() const;
    // Why there are no test images (translated), empty when there are.
    QString testImagesProblem() const { return m_testProblem; }
    void showTestImage(int index); // wraps around
    void nextTestImage();
    void previousTestImage();
    void randomTestImage();

    // A drawing (1 × H × W, ink 1 on 0) or a photo (C × H × W in [0, 1]) goes through
    // core::preprocessDigit first, like MNIST's own digits; false (and errorOccurred with the
    // reason) when no digit can be found in it.
    bool showDrawing(const core::Tensor& ink);
    bool showPhoto(const core::Tensor& photo, const QString& name);
    // A frame of the live picture, read as a photo is (scaled down to at most 320 pixels a side:
    // plenty for one digit, and preparing it takes a millisecond). False (and errorOccurred) when
    // no digit stands out.
    bool showLiveFrame(const QImage& frame, const QString& name);
    // A picture held in memory (a lesson's copy, a frame sent from another page) read as a photo
    // scaled down to at most `maxSide` pixels a side.
    bool showPhotoImage(const QImage& image, const QString& name, int maxSide = photoSide);
    // The network reads grey digits (ui::isDigitClassifier): drawings and photos are prepared as
    // MNIST's digits were. Any other network gets a picture's centre square, as it was trained.
    bool readsDigits() const;
    // Reads an image file (scaled down to at most 512 pixels a side) and shows it as a photo.
    bool openPhoto(const QString& path);
    // The file of the photo shown, empty for other inputs.
    QString photoPath() const { return m_source == Source::Photo ? m_photoPath : QString(); }
    // The photo shown when it came from memory rather than a file (showPhotoImage, a live frame).
    QImage photoImage() const { return m_source == Source::Photo ? m_photoImage : QImage(); }
    // Photos are read at most this many pixels a side: plenty for one digit.
    static constexpr int photoSide = 512;
    // The steps that made the current drawing or photo into the input; null for a test image.
    const core::DigitPreprocessing* preprocessing() const
    {
        return m_preprocessing ? &*m_preprocessing : nullptr;
    }

    // --- colours ------------------------------------------------------------------------------
    ColourScale colourScale() const { return m_colourScale; }
    void setColourScale(ColourScale scale);
    // The range a map (or a vector stage, channel 0) is coloured over: [0, 1] grey for the input,
    // −m…m on the blue–orange map for every other stage.
    ValueRange mapRange(int stage, int channel) const;
    ColourMapKind mapColours(int stage) const;

    // --- drill down ---------------------------------------------------------------------------
    // The map the student opened (stage ≥ 1), −1 when none.
    void selectMap(int stage, int channel);
    void clearSelection();
    int selectedStage() const { return m_selectedStage; }
    int selectedChannel() const { return m_selectedChannel; }
    // A cell of the selected map (row, column); for a vector stage row 0 and the index.
    void pickCell(int row, int col);
    std::optional<QPoint> pickedCell() const { return m_picked; } // x = column, y = row

    // The arithmetic behind the picked value, for the kind of the selected stage.
    std::optional<core::ConvStep> pickedConvStep() const;
    std::optional<core::PoolStep> pickedPoolStep() const;
    std::optional<core::DenseSum> pickedDenseSum() const;
    // The learned filter and bias behind the selected conv map (kernels 1 × C × F × F).
    std::optional<core::ConvFilter> selectedFilter() const;
    // What the lesson pages need to step through the picked value; nullopt when nothing of that
    // kind is picked, or the layer has more input channels than the Convolution page lays out.
    std::optional<ConvStepRequest> convStepRequest() const;
    std::optional<PoolStepRequest> poolStepRequest() const;

    // --- learned filters ----------------------------------------------------------------------
    // The first convolution layer's stage, −1 when the network has none.
    int firstConvStage() const { return m_firstConvStage; }
    // Its weights, K × C × F × F (empty without a conv layer).
    const core::Tensor& learnedFilters() const { return m_filters; }
    // Filter k as one F×F plane (1 × F × F): the filter itself for one input channel, the sum
    // over channels otherwise (what it does to a grey picture).
    core::Tensor learnedKernel(int filter) const;
    // How much each learned kernel resembles each hand-made preset.
    const std::vector<core::FilterSimilarity>& filterSimilarities() const { return m_similarities; }

    // --- the epochs of the last training on the Training page ----------------------------------
    // Recorded before the first epoch and after each (empty for a model from a file or the
    // shipped one): the first conv layer's filters and every stage for one chosen input.
    const std::vector<core::EpochSnapshot>& snapshots() const;
    // The colour range of a snapshot's map, with the same scale choice as the live maps; stage 0
    // is the snapshot's input, stage i its activations[i − 1].
    ValueRange snapshotRange(const core::EpochSnapshot& snapshot, int stage, int channel) const;

signals:
    void modelChanged();       // another model or none: stages, names and filters change
    void activationsChanged(); // a new input: every value changes, shapes stay
    void displayChanged();     // the colour scale
    void selectionChanged();   // the opened map or the picked cell
    void snapshotsChanged();
    void errorOccurred(const QString& message);

private:
    enum Change { Model = 1, Activations = 2, Display = 4, Selection = 8, Snapshots = 16 };
    void markChanged(int changes);
    void emitChanges(int changes);

    // A network ready to show: its weights in place and its caches sized by a first pass; or why
    // it cannot be built (or nothing, when `stop` came first).
    struct PreparedNetwork {
        std::unique_ptr<core::Network<float>> network;
        std::string error;
    };
    static PreparedNetwork prepareNetwork(const core::Model& model, std::stop_token stop = {});
    void adoptStoreModel();
    void showPrepared(std::shared_ptr<const core::Model> model, PreparedNetwork prepared);
    void loadTestImagesFor(const core::Model& model);
    void setInput(core::Tensor input, Source source, const QString& name,
                  std::optional<core::DigitPreprocessing> preprocessing);
    void runForward();
    void rebuildTraces();
    void pickStrongest();
    // How a photo is read for this network: colour for digits (made grey step by step) and colour
    // networks, grey for a grey network of other pictures.
    io::ChannelMode photoChannels() const;
    bool showPreprocessed(const core::Tensor& picture, Source source, const QString& name);

    ModelStore* m_store;
    BackgroundJob m_preparation; // of a large model's network
    std::shared_ptr<const core::Model> m_model;
    std::unique_ptr<core::Network<float>> m_network;
    QString m_modelProblem;
    QStringList m_classNames;
    int m_firstConvStage = -1;
    core::Tensor m_filters;
    std::vector<core::FilterSimilarity> m_similarities;

    // Test images by folder, loaded once.
    std::map<QString, std::shared_ptr<const core::ImageSet>> m_testSets;
    std::shared_ptr<const core::ImageSet> m_testImages;
    QString m_testSetName;
    QString m_testProblem;
    int m_testIndex = 0;
    unsigned m_randomSeed = 1;

    Source m_source = Source::TestImage;
    QString m_sourceName;
    QString m_photoPath;
    QImage m_photoImage; // implicitly shared with the frame it came from
    core::Tensor m_input;
    std::optional<core::DigitPreprocessing> m_preprocessing;

    std::vector<core::Tensor> m_stages;
    std::vector<float> m_stageMaxAbs;                // per stage
    std::vector<std::vector<float>> m_planeMaxAbs;   // per stage, per channel
    float m_globalMaxAbs = 1.0f;                     // over every stage after the input
    std::vector<float> m_logits;
    std::vector<float> m_probabilities;
    double m_passMilliseconds = 0.0;

    ColourScale m_colourScale = ColourScale::PerLayer;

    int m_selectedStage = -1;
    int m_selectedChannel = 0;
    std::optional<QPoint> m_picked;
    std::optional<core::ConvTrace> m_convTrace; // of the selected conv stage
    std::optional<core::PoolTrace> m_poolTrace; // of the selected pooling stage

    ChangeBatch m_changes{this, [this](int changes) { emitChanges(changes); }};
};

} // namespace convscope::ui
