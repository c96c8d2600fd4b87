#pragma once

#include "core/data/dataset.h"
#include "core/nn/model.h"
#include "core/nn/network_spec.h"
#include "core/nn/training_config.h"
#include "core/nn/training_diagnosis.h"
#include "ui/io/image_folder_reader.h"
#include "ui/training/drawing_classifier.h"
#include "ui/training/training_history.h"
#include "ui/training/training_worker.h"

#include <QFlags>
#include <QJsonObject>
#include "ui/shared/change_batch.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace convscope::ui {

class BackgroundJob;
class DatasetLoader;

// Where a run is, for the progress bar.
struct TrainingProgress {
    int epoch = 0;            // the epoch being trained, counted from the network's start
    int lastEpoch = 0;        // the epoch this run ends with
    int batch = 0;            // within the epoch
    int batchesPerEpoch = 0;
    long long runBatchesDone = 0;
    long long runBatchesTotal = 0;
    double samplesPerSecond = 0.0;
    double secondsLeft = -1.0; // core's estimate (core::BatchReport::secondsLeft); −1 until known
};

// State of the Training page: the dataset, the architecture, the settings, the run and what came
// of it. Owns the training worker; the page's widgets show what this model holds and call it, and
// never touch core objects themselves.
//
// Life of a network: none (the architecture can be edited) → start: a fresh network is built and
// trained → stopped, finished or diverged: start continues training it → reset: none again.
// Loading a model file makes its network the current one, as if it had been trained here.
//
// Change signals are coalesced as the other page models' are: however many things change in one
// event-loop turn, views get one structureChanged (the dataset, the architecture, the settings,
// the run's state, a new or forgotten network, a cleared history: show everything again) or one
// valuesChanged saying which of the values that move during a run changed.
class TrainingModel : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, Stopping, Evaluating };
    enum Value {
        Progress = 0x1, // progress()
        History = 0x2,  // history() grew: new batch or epoch points
        Analysis = 0x4, // new predictions (grid, confusion matrix)
        Weights = 0x8,  // new weights (the drawing is classified again)
        Diagnosis = 0x10, // diagnosis() changed
    };
    Q_DECLARE_FLAGS(Values, Value)

    explicit TrainingModel(QObject* parent = nullptr);
    // Stops and joins the training thread (within one batch).
    ~TrainingModel() override;

    // --- dataset -----------------------------------------------------------------------------
    // Both load off the GUI thread; datasetChanged or a problem message follows.
    void loadBundledDataset();
    void loadDatasetFolder(const QString& folder);
    void setDataset(std::shared_ptr<const core::Dataset> dataset, const QString& label);
    std::shared_ptr<const core::Dataset> dataset() const { return m_dataset; }
    // How loadPictureFolder reads pictures: each one's centre square scaled to imageSize px, grey
    // (channels 1) or in colour (3); the seed is the settings' seed, which also draws the test split.
    const io::ImageFolderOptions& pictureOptions() const { return m_pictureOptions; }
    // Values out of range are clamped to the nearest allowed size, and channels to 1 or 3.
    void setPictureOptions(int imageSize, int channels);
    // The dataset came from a folder of class folders of pictures.
    bool isPictureDataset() const { return m_pictureDataset; }
    QString datasetLabel() const { return m_datasetLabel; }
    // The folder the dataset was read from; empty for the bundled digits and a dataset set in code.
    QString datasetFolder() const { return m_datasetFolder; }
    bool isLoadingDataset() const;
    // Stops a dataset load still running; the dataset stays as it was.
    void cancelLoading();
    // Translated class names of the dataset (or of the model when there is no dataset).
    QStringList classLabels() const;
    // Sentences about classes far smaller than the others (core::smallClasses), one per class;
    // empty when the classes are balanced.
    QStringList classBalanceWarnings() const;

    // --- architecture ------------------------------------------------------------------------
    const core::NetworkSpec& spec() const { return m_spec; }
    // core's shape inference, one entry per layer.
    const std::vector<core::LayerShape>& shapes() const { return m_shapes; }
    // The spec of the network the next run trains: the trained one's, or the edited one before
    // there is a network (or before its first epoch, when it has no model yet).
    const core::NetworkSpec& runSpec() const { return m_hasNetwork && m_model ? m_model->spec : m_spec; }

    std::int64_t parameterCount() const;
    // Why this architecture cannot be trained on the dataset (naming the layer at fault), or empty.
    QString specProblem() const { return m_specProblem; }
    // The index of the layer at fault, −1 when none or not one layer.
    int faultyLayer() const { return m_faultyLayer; }
    // Only while there is no network (reset first).
    bool isArchitectureEditable() const { return !m_hasNetwork && m_state == State::Idle; }
    void setSpec(core::NetworkSpec spec);
    // "classroom" or "tutorial", adapted to the dataset's image shape and class count.
    void choosePreset(const QString& id);
    // The preset the architecture equals (after that adaptation), or empty.
    QString matchingPreset() const;
    void replaceLayer(int index, const core::LayerSpec& layer);
    void insertLayer(int index, const core::LayerSpec& layer);
    void removeLayer(int index);
    void moveLayer(int from, int to);

    // --- settings ----------------------------------------------------------------------------
    // What the next run does; its seed also gives a fresh network its first weights. Start
    // refuses what config().validate() refuses, saying why.
    const core::TrainingConfig& config() const { return m_config; }
    void setConfig(const core::TrainingConfig& config);
    // The sentence for what config().validate() found, for the page and for start().
    QString configErrorText(core::TrainingConfig::Error error) const;

    // --- the run -----------------------------------------------------------------------------
    State state() const { return m_state; }
    bool hasNetwork() const { return m_hasNetwork; }
    bool canStart() const;
    // Trains a fresh network, or the current one further; continues a stopped run where it was
    // when nothing was changed meanwhile.
    void start();
    void pause();
    void resume();
    void stop();
    // Forgets the network, its charts and results; the architecture can be edited again.
    void reset();
    const TrainingProgress& progress() const { return m_progress; }
    const TrainingHistory& history() const { return m_history; }
    // What went wrong with the run, in a sentence for the page: divergence (the run is paused and
    // told the learning rate to try) or overfitting; empty while nothing did.
    QString diagnosis() const { return m_diagnosis; }
    // The diagnosis is divergence, which pauses the run.
    bool hasDiverged() const { return m_diverged; }
    // Each batch takes at least TrainingWorker::slowMotionBatch, so a teacher can talk over the
    // first epoch; may change during a run.
    void setSlowMotion(bool slow);
    bool isSlowMotion() const { return m_slowMotion; }
    TrainingWorker* worker() const { return m_worker; }

    // --- results -----------------------------------------------------------------------------
    // The latest weights (after the last epoch or the end of the run), null before any.
    std::shared_ptr<const core::Model> currentModel() const { return m_model; }
    // The test set's predicted classes, in order, and the epoch they were made after.
    const std::vector<int>& predictions() const { return m_predictions; }
    int predictionsEpoch() const { return m_predictionsEpoch; }
    double predictionsAccuracy() const { return m_predictionsAccuracy; }
    // What the training of the current network recorded at each epoch (epoch 0 before the
    // first), for the Inside the network page; empty for a loaded model.
    const std::vector<core::EpochSnapshot>& snapshots() const { return m_snapshots; }
    // counts[true][predicted] over the test set, empty without predictions.
    const std::vector<std::vector<int>>& confusion() const { return m_confusion; }

    // Classifies drawings with currentModel()'s weights.
    DrawingClassifier* drawingClassifier() const { return m_drawing; }

    // --- files -------------------------------------------------------------------------------
    // Writes the network to `path` (a temporary file, then a rename) on a thread of its own: one
    // of millions of weights takes the better part of a second. modelSaved reports the end. The
    // return value is a refusal before anything is written (no network yet), else empty.
    QString saveModel(const QString& path);
    bool isSaving() const;
    // Reads a model file on a thread of its own and makes it the current network, testing it on
    // the dataset; message() says so, modelLoadFailed says what is wrong with the file.
    void loadModel(const QString& path);
    bool isLoadingModel() const;
    // Makes `model` the current network, as loadModel does with a file's, with the charts of
    // `history` (a page rebuilt in another language takes over its predecessor's work this way).
    void restore(core::Model model, const TrainingHistory& history);

    // --- the lesson --------------------------------------------------------------------------
    // The dataset folder, architecture, settings and the trained network (its weights as a model
    // file, base64) with its chart history, so a page rebuilt in another language goes on where
    // this one was. restoreState clamps every number to the configuration's limits; a damaged
    // model keeps the fresh network, an unreadable architecture the preset.
    QJsonObject saveState() const;
    // The part of the state a student edits — input picture size, architecture, training
    // settings — without the dataset or the trained model; restoreState takes it too.
    QJsonObject saveDesign() const;
    void restoreState(const QJsonObject& state);

public slots:
    // Reads a folder of class folders (ROOT/<class>/*.png, or ROOT/train/… and ROOT/test/…; see
    // io::readImageFolder) off the GUI thread with pictureOptions(), and makes it the dataset: the
    // folder names become the class names. loadingProgress follows the decoding; message() says
    // what was read and names the files skipped, or what is wrong with the folder.
    void loadPictureFolder(const QString& path);

signals:
    // While a picture folder is read: pictures decoded so far of `total`.
    void loadingProgress(int done, int total);
    void structureChanged();
    void valuesChanged(convscope::ui::TrainingModel::Values values);
    // A sentence for the status line; `problem` marks errors and warnings.
    void message(const QString& text, bool problem);
    // The model is written to `path`, or could not be: `problem` says why.
    void modelSaved(const QString& path, const QString& problem);
    // The file at `path` is no model: `problem` says why; the current network stays.
    void modelLoadFailed(const QString& path, const QString& problem);

private:
    void markStructureChanged();
    void markChanged(Values values);
    void emitChanges(int changes);
    // Beside the Value bits in the change batch: a structure change, which redraws everything.
    static constexpr int structureChange = 0x100;
    void setState(State state);
    void setCurrentModel(std::shared_ptr<const core::Model> model);
    void recomputeShapes();
    void adaptSpecToDataset(core::NetworkSpec& spec) const;
    bool networkFits(const core::Dataset& dataset) const;
    core::ModelMetadata metadata() const;
    void startEvaluation();
    void clearResults();
    void adoptModel(std::shared_ptr<const core::Model> model);
    void takeLoadedModel(std::shared_ptr<const core::Model> model, const QString& path);
    void setPredictions(std::vector<int> predictions, int epoch, double accuracy);
    void onBatches(const std::vector<core::BatchReport>& reports);
    void onEpoch(const EpochOutcome& outcome);
    void onRunEnded(const RunOutcome& outcome);
    void setDiagnosis(const QString& text, bool diverged);
    void diverge(const core::Divergence& divergence);

    TrainingWorker* m_worker = nullptr;
    DatasetLoader* m_loader = nullptr;
    BackgroundJob* m_saving = nullptr;
    BackgroundJob* m_loadingModel = nullptr;

    std::shared_ptr<const core::Dataset> m_dataset;
    QString m_datasetLabel;
    QString m_datasetFolder;
    QString m_requestedFolder; // of the load running
    bool m_requestedPictures = false;
    bool m_pictureDataset = false;
    io::ImageFolderOptions m_pictureOptions;

    core::NetworkSpec m_spec = core::NetworkSpec::classroom();
    std::vector<core::LayerShape> m_shapes;
    QString m_specProblem;
    int m_faultyLayer = -1;

    core::TrainingConfig m_config;
    State m_state = State::Idle;
    bool m_hasNetwork = false;
    bool m_workerHasModel = false;        // false after loading a file until a job has taken its weights
    core::TrainingOutcome m_lastOutcome = core::TrainingOutcome::Finished;
    core::TrainingConfig m_lastRunConfig;
    std::shared_ptr<const core::Dataset> m_lastRunDataset;
    int m_trainerStartEpoch = 0;          // epochs the network had when the current trainer began

    TrainingHistory m_history;
    TrainingProgress m_progress;
    std::optional<core::DivergenceWatch> m_watch; // of the run going on
    QString m_diagnosis;
    bool m_diverged = false;
    bool m_slowMotion = false;

    std::shared_ptr<const core::Model> m_model;
    std::vector<int> m_predictions;
    int m_predictionsEpoch = 0;
    double m_predictionsAccuracy = 0.0;
    std::vector<std::vector<int>> m_confusion;
    std::vector<core::EpochSnapshot> m_snapshots; // in epoch order, one per epoch

    DrawingClassifier* m_drawing = nullptr;

    ChangeBatch m_changes{this, [this](int changes) { emitChanges(changes); }};
};

} // namespace convscope::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(convscope::ui::TrainingModel::Values)
