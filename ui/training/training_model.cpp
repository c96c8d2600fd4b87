#include "ui/training/training_model.h"

#include "core/nn/evaluation.h"
#include "core/nn/model.h"
#include "core/nn/model_file.h"
#include "core/nn/spec_for_dataset.h"
#include "ui/io/data_location.h"
#include "ui/model_store.h"
#include "ui/shared/background_job.h"
#include "ui/shared/class_names.h"
#include "ui/training/dataset_loader.h"
#include "ui/training/training_text.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <exception>

namespace convscope::ui {

namespace {

// The known datasets by their names; any other by its folder's name.
QString datasetDisplayName(const std::string& name, const QString& folder)
{
    if (name == "fashion-mnist")
        return TrainingModel::tr("Fashion-MNIST");
    if (name == "mnist")
        return TrainingModel::tr("MNIST digits");
    return QDir(folder).dirName();
}

} // namespace

TrainingModel::TrainingModel(QObject* parent)
    : QObject(parent)
    , m_worker(new TrainingWorker(this))
    , m_loader(new DatasetLoader(this))
    , m_saving(new BackgroundJob(this))
    , m_loadingModel(new BackgroundJob(this))
    , m_drawing(new DrawingClassifier(this))
{
    m_config.threads = std::clamp(QThread::idealThreadCount(), 1, core::TrainingConfig::maxThreads);
    connect(m_worker, &TrainingWorker::batchesDone, this, &TrainingModel::onBatches);
    connect(m_worker, &TrainingWorker::epochDone, this, &TrainingModel::onEpoch);
    connect(m_worker, &TrainingWorker::runEnded, this, &TrainingModel::onRunEnded);
    connect(m_worker, &TrainingWorker::snapshotTaken, this, [this](const core::EpochSnapshot& snapshot) {
        // A trainer made to go on records the epoch it starts from again: keep one per epoch.
        while (!m_snapshots.empty() && m_snapshots.back().epoch >= snapshot.epoch)
            m_snapshots.pop_back();
        m_snapshots.push_back(snapshot);
    });
    connect(m_loader, &DatasetLoader::loaded, this,
            [this](std::shared_ptr<const core::Dataset> dataset, const QString& label, int skipped,
                   const QStringList& firstSkipped) {
                markStructureChanged();
                const QString folder = m_requestedFolder;
                const bool pictures = m_requestedPictures;
                const QString name = label.isEmpty() ? datasetDisplayName(dataset->name, folder) : label;
                setDataset(std::move(dataset), name);
                m_datasetFolder = folder;
                m_pictureDataset = pictures;
                if (skipped > 0)
                    emit message(tr("%n file(s) skipped, not pictures or damaged: %1", nullptr, skipped)
                                     .arg(firstSkipped.join(QStringLiteral("; "))),
                                 true);
            });
    connect(m_loader, &DatasetLoader::progress, this, &TrainingModel::loadingProgress);
    connect(m_loader, &DatasetLoader::failed, this, [this](const QString& text) {
        markStructureChanged();
        emit message(text, true);
    });
    recomputeShapes();
}

TrainingModel::~TrainingModel()
{
    m_worker->shutdown();
}

// --- dataset ---------------------------------------------------------------------------------

void TrainingModel::loadBundledDataset()
{
    m_requestedFolder.clear();
    m_requestedPictures = false;
    m_loader->load(io::dataPath(QStringLiteral("data/mnist-subset")), tr("Bundled digits"));
    markStructureChanged();
}

void TrainingModel::loadDatasetFolder(const QString& folder)
{
    m_requestedFolder = folder;
    m_requestedPictures = false;
    m_loader->load(folder, QString());
    markStructureChanged();
}

void TrainingModel::loadPictureFolder(const QString& path)
{
    m_requestedFolder = path;
    m_requestedPictures = true;
    io::ImageFolderOptions options = m_pictureOptions;
    options.seed = m_config.seed;
    m_loader->loadPictures(path, options);
    markStructureChanged();
}

void TrainingModel::cancelLoading()
{
    if (!m_loader->isLoading())
        return;
    m_loader->cancel();
    markStructureChanged();
    emit message(tr("Loading stopped; the dataset is as it was."), false);
}

void TrainingModel::setPictureOptions(int imageSize, int channels)
{
    const auto& sizes = io::ImageFolderOptions::allowedSizes;
    int nearest = sizes[0];
    for (const int size : sizes) {
        if (std::abs(size - imageSize) < std::abs(nearest - imageSize))
            nearest = size;
    }
    const int clampedChannels = channels >= 3 ? 3 : 1;
    if (nearest == m_pictureOptions.imageSize && clampedChannels == m_pictureOptions.channels)
        return;
    m_pictureOptions.imageSize = nearest;
    m_pictureOptions.channels = clampedChannels;
    markStructureChanged();
}

bool TrainingModel::isLoadingDataset() const
{
    return m_loader->isLoading();
}

bool TrainingModel::networkFits(const core::Dataset& dataset) const
{
    const core::NetworkSpec& spec = runSpec();
    int inputSize = 1;
    for (int extent : spec.input)
        inputSize *= extent;
    return inputSize == dataset.train.imageSize() && dataset.classCount() <= spec.outputCount();
}

void TrainingModel::setDataset(std::shared_ptr<const core::Dataset> dataset, const QString& label)
{
    if (!dataset)
        return;
    m_loader->cancel();
    if (m_state != State::Idle)
        m_worker->abandon();
    const bool replaced = m_dataset != nullptr;
    m_dataset = std::move(dataset);
    m_datasetLabel = label;
    m_datasetFolder.clear();
    m_pictureDataset = false;
    const bool keepNetwork = m_hasNetwork && networkFits(*m_dataset);
    if (m_hasNetwork && !keepNetwork) {
        reset();
        emit message(tr("The network did not fit the images of %1, so it was reset.").arg(label), true);
    }
    if (!m_hasNetwork) {
        core::NetworkSpec spec = m_spec;
        adaptSpecToDataset(spec);
        m_spec = spec;
        recomputeShapes();
    }
    setState(State::Idle);
    markStructureChanged();
    emit message(tr("%1: %2 training and %3 test images of %4×%5, %6 classes.")
                     .arg(label)
                     .arg(QLocale().toString(m_dataset->train.count))
                     .arg(QLocale().toString(m_dataset->test.count))
                     .arg(m_dataset->train.width)
                     .arg(m_dataset->train.height)
                     .arg(m_dataset->classCount()),
                 false);
    if (keepNetwork) {
        // The charts belong to the training on the dataset before.
        if (replaced) {
            m_history.clear();
            markStructureChanged();
        }
        startEvaluation();
    }
}

QStringList TrainingModel::classBalanceWarnings() const
{
    QStringList warnings;
    if (!m_dataset)
        return warnings;
    const QStringList names = classLabels();
    for (const core::SmallClass& small : core::smallClasses(m_dataset->train, m_dataset->classCount()))
        warnings.append(smallClassText(small, names.value(small.label, QString::number(small.label))));
    return warnings;
}

QStringList TrainingModel::classLabels() const
{
    if (m_dataset)
        return classNames(m_dataset->classNames);
    if (m_model)
        return classNames(m_model->metadata.classNames);
    return {};
}

// --- architecture ----------------------------------------------------------------------------

void TrainingModel::adaptSpecToDataset(core::NetworkSpec& spec) const
{
    if (m_dataset)
        core::adaptSpecToDataset(spec, *m_dataset);
}

void TrainingModel::recomputeShapes()
{
    m_shapes = m_spec.inferShapes();
    m_specProblem.clear();
    m_faultyLayer = -1;
    try {
        m_spec.validate();
        if (m_dataset) {
            const std::vector<int> datasetShape{m_dataset->train.channels, m_dataset->train.height, m_dataset->train.width};
            if (m_spec.input != datasetShape)
                m_specProblem = tr("The network reads %1 images but the dataset's are %2.")
                                    .arg(shapeText(m_spec.input), shapeText(datasetShape));
            else if (m_spec.outputCount() < m_dataset->classCount())
                m_specProblem = tr("The last layer gives %1 scores but the dataset has %2 classes: give it %2 outputs.")
                                    .arg(m_spec.outputCount())
                                    .arg(m_dataset->classCount());
        }
    } catch (const core::NetworkSpecError& error) {
        m_faultyLayer = error.layer();
        const auto index = static_cast<std::size_t>(error.layer());
        if (error.layer() >= 0 && index < m_shapes.size() && !m_shapes[index].error.empty())
            m_specProblem = tr("Layer %1 (%2) does not fit: %3")
                                .arg(error.layer() + 1)
                                .arg(layerKindName(m_spec.layers[index].kind))
                                .arg(QString::fromStdString(m_shapes[index].error));
        else
            m_specProblem = tr("This network cannot be trained: %1").arg(QString::fromStdString(error.what()));
    }
    markStructureChanged();
}

std::int64_t TrainingModel::parameterCount() const
{
    return m_spec.parameterCount();
}

void TrainingModel::setSpec(core::NetworkSpec spec)
{
    if (!isArchitectureEditable())
        return;
    m_spec = std::move(spec);
    recomputeShapes();
}

void TrainingModel::choosePreset(const QString& id)
{
    std::optional<core::NetworkSpec> preset = core::NetworkSpec::preset(id.toStdString());
    if (!preset)
        return;
    adaptSpecToDataset(*preset);
    setSpec(std::move(*preset));
}

QString TrainingModel::matchingPreset() const
{
    for (const QString& id : {QStringLiteral("classroom"), QStringLiteral("tutorial")}) {
        std::optional<core::NetworkSpec> preset = core::NetworkSpec::preset(id.toStdString());
        adaptSpecToDataset(*preset);
        if (*preset == m_spec)
            return id;
    }
    return {};
}

void TrainingModel::replaceLayer(int index, const core::LayerSpec& layer)
{
    if (index < 0 || index >= static_cast<int>(m_spec.layers.size()))
        return;
    core::NetworkSpec spec = m_spec;
    spec.layers[static_cast<std::size_t>(index)] = layer;
    setSpec(std::move(spec));
}

void TrainingModel::insertLayer(int index, const core::LayerSpec& layer)
{
    if (static_cast<int>(m_spec.layers.size()) >= core::maxNetworkLayers)
        return;
    core::NetworkSpec spec = m_spec;
    index = std::clamp(index, 0, static_cast<int>(spec.layers.size()));
    spec.layers.insert(spec.layers.begin() + index, layer);
    setSpec(std::move(spec));
}

void TrainingModel::removeLayer(int index)
{
    if (index < 0 || index >= static_cast<int>(m_spec.layers.size()))
        return;
    core::NetworkSpec spec = m_spec;
    spec.layers.erase(spec.layers.begin() + index);
    setSpec(std::move(spec));
}

void TrainingModel::moveLayer(int from, int to)
{
    const int count = static_cast<int>(m_spec.layers.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    core::NetworkSpec spec = m_spec;
    const core::LayerSpec layer = spec.layers[static_cast<std::size_t>(from)];
    spec.layers.erase(spec.layers.begin() + from);
    spec.layers.insert(spec.layers.begin() + to, layer);
    setSpec(std::move(spec));
}

// --- settings --------------------------------------------------------------------------------

void TrainingModel::setConfig(const core::TrainingConfig& config)
{
    if (config == m_config)
        return;
    m_config = config;
    markStructureChanged();
}

QString TrainingModel::configErrorText(core::TrainingConfig::Error error) const
{
    using Config = core::TrainingConfig;
    const QLocale locale;
    switch (error) {
    case Config::Error::Epochs:
        return tr("The number of epochs must be %1 to %2, not %3.")
            .arg(Config::minEpochs)
            .arg(Config::maxEpochs)
            .arg(m_config.epochs);
    case Config::Error::BatchSize:
        return tr("The batch size must be %1 to %2 images, not %3.")
            .arg(Config::minBatchSize)
            .arg(locale.toString(Config::maxBatchSize))
            .arg(m_config.batchSize);
    case Config::Error::BatchMemory: {
        const core::NetworkSpec& spec = runSpec();
        const int fits = spec.largestBatch();
        constexpr double megabyte = 1e6;
        const QString needed = locale.toString(std::ceil(spec.batchCacheBytes(m_config.batchSize) / megabyte), 'f', 0);
        const QString allowed = locale.toString(core::maxBatchCacheBytes / megabyte, 'f', 0);
        return fits > 0 ? tr("A batch of %1 images needs %2 MB of memory for this network's activations, more "
                             "than the %3 MB allowed. Choose a batch of at most %4 images.")
                              .arg(locale.toString(m_config.batchSize), needed, allowed, locale.toString(fits))
                        : tr("One image needs more than %1 MB of memory for this network's activations. Make "
                             "its layers smaller.")
                              .arg(allowed);
    }
    case Config::Error::LearningRate:
        return tr("The learning rate must be a number above 0 and at most %1, not %2.")
            .arg(locale.toString(Config::maxLearningRate))
            .arg(locale.toString(m_config.optimizer.learningRate, 'g', 6));
    case Config::Error::Momentum:
        return tr("The momentum must be 0 to %1, not %2.")
            .arg(locale.toString(Config::maxMomentum))
            .arg(locale.toString(m_config.optimizer.momentum, 'g', 6));
    case Config::Error::Seed:
        return tr("The seed must be 0 to %1, not %2.").arg(Config::maxSeed).arg(m_config.seed);
    case Config::Error::Threads:
        return tr("The number of threads must be 1 to %1, not %2.").arg(Config::maxThreads).arg(m_config.threads);
    case Config::Error::SnapshotInput:
        return tr("The recorded input does not fit the network.");
    }
    return {};
}

core::ModelMetadata TrainingModel::metadata() const
{
    core::ModelMetadata metadata;
    if (m_dataset) {
        metadata.datasetName = m_dataset->name;
        metadata.classNames = m_dataset->classNames;
    }
    metadata.optimizer = std::string(core::optimizerKindId(m_config.optimizer.kind));
    metadata.learningRate = m_config.optimizer.learningRate;
    metadata.batchSize = m_config.batchSize;
    metadata.seed = m_config.seed;
    return metadata;
}

// --- the run ---------------------------------------------------------------------------------

void TrainingModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    markStructureChanged();
}

bool TrainingModel::canStart() const
{
    return m_state == State::Idle && m_dataset && !isLoadingDataset() && (m_hasNetwork || m_specProblem.isEmpty());
}

void TrainingModel::start()
{
    if (!canStart()) {
        if (m_state == State::Idle && !m_hasNetwork && !m_specProblem.isEmpty())
            emit message(m_specProblem, true);
        return;
    }
    if (const std::vector<core::TrainingConfig::Error> errors = m_config.validate(&runSpec()); !errors.empty()) {
        emit message(configErrorText(errors.front()), true);
        return;
    }
    TrainingWorker::Job job;
    job.kind = TrainingWorker::Job::Kind::Train;
    job.dataset = m_dataset;
    job.config = m_config;
    job.metadata = metadata();
    if (!m_hasNetwork) {
        job.freshSpec = m_spec;
        job.initSeed = m_config.seed;
        clearResults();
        m_history.clear();
        m_trainerStartEpoch = 0;
        m_progress = {};
        m_progress.lastEpoch = m_config.epochs;
    } else {
        if (!m_workerHasModel)
            job.startModel = m_model;
        const int trained = m_model ? m_model->metadata.epochs : 0;
        job.continueTrainer = m_workerHasModel && m_lastOutcome == core::TrainingOutcome::Stopped
            && m_lastRunConfig == m_config && m_lastRunDataset == m_dataset && trained < m_progress.lastEpoch;
        if (!job.continueTrainer) {
            m_trainerStartEpoch = trained;
            m_progress.lastEpoch = trained + m_config.epochs;
        }
    }
    m_progress.samplesPerSecond = 0.0;
    m_progress.secondsLeft = -1.0;
    m_lastRunConfig = m_config;
    m_lastRunDataset = m_dataset;
    m_hasNetwork = true;
    m_workerHasModel = true;
    m_watch.emplace(m_dataset->classCount(), m_config.optimizer);
    setDiagnosis(QString(), false);
    m_worker->setSlowMotion(m_slowMotion);
    m_worker->start(std::move(job));
    setState(State::Running); // the architecture is no longer editable
    emit message(tr("Training…"), false);
}

void TrainingModel::setSlowMotion(bool slow)
{
    if (slow == m_slowMotion)
        return;
    m_slowMotion = slow;
    m_worker->setSlowMotion(slow);
    markStructureChanged();
}

void TrainingModel::setDiagnosis(const QString& text, bool diverged)
{
    if (text == m_diagnosis && diverged == m_diverged)
        return;
    m_diagnosis = text;
    m_diverged = diverged;
    markChanged(Diagnosis);
}

void TrainingModel::pause()
{
    if (m_state != State::Running)
        return;
    m_worker->pause();
    setState(State::Paused);
    emit message(tr("Paused. Resume to go on from the same batch."), false);
}

void TrainingModel::resume()
{
    if (m_state != State::Paused)
        return;
    m_worker->resume();
    setState(State::Running);
    emit message(tr("Training…"), false);
}

void TrainingModel::stop()
{
    if (m_state != State::Running && m_state != State::Paused && m_state != State::Evaluating)
        return;
    m_worker->stop();
    setState(State::Stopping);
}

void TrainingModel::reset()
{
    m_worker->forget();
    m_hasNetwork = false;
    m_workerHasModel = false;
    m_lastOutcome = core::TrainingOutcome::Finished;
    m_lastRunDataset.reset();
    m_trainerStartEpoch = 0;
    m_progress = {};
    m_history.clear();
    clearResults();
    m_watch.reset();
    setDiagnosis(QString(), false);
    setState(State::Idle);
    markStructureChanged();
    // The last run's outcome ("Training finished after epoch 5 …") is forgotten with the run.
    emit message(QString(), false);
    if (m_dataset) {
        core::NetworkSpec spec = m_spec;
        adaptSpecToDataset(spec);
        m_spec = spec;
    }
    recomputeShapes();
}

void TrainingModel::startEvaluation()
{
    if (!m_dataset || !m_model)
        return;
    TrainingWorker::Job job;
    job.kind = TrainingWorker::Job::Kind::Evaluate;
    job.dataset = m_dataset;
    job.config = m_config;
    job.metadata = m_model->metadata;
    if (!m_workerHasModel)
        job.startModel = m_model;
    m_workerHasModel = true;
    // The next training run needs a new trainer: its dataset or weights changed.
    m_lastOutcome = core::TrainingOutcome::Finished;
    m_worker->start(std::move(job));
    setState(State::Evaluating);
}

void TrainingModel::clearResults()
{
    setCurrentModel(nullptr);
    m_snapshots.clear();
    m_predictions.clear();
    m_predictionsEpoch = 0;
    m_predictionsAccuracy = 0.0;
    m_confusion.clear();
    markChanged(Analysis);
}

void TrainingModel::setCurrentModel(std::shared_ptr<const core::Model> model)
{
    if (model == m_model)
        return;
    m_model = std::move(model);
    m_drawing->setModel(m_model);
    markChanged(Weights);
}

void TrainingModel::setPredictions(std::vector<int> predictions, int epoch, double accuracy)
{
    m_predictions = std::move(predictions);
    m_predictionsEpoch = epoch;
    m_predictionsAccuracy = accuracy;
    const int classes = std::max(m_dataset ? m_dataset->classCount() : 0, m_model ? m_model->spec.outputCount() : 0);
    m_confusion = m_dataset ? core::confusionMatrix(m_predictions, m_dataset->test.labels, classes)
                            : std::vector<std::vector<int>>{};
    markChanged(Analysis);
}

void TrainingModel::onBatches(const std::vector<core::BatchReport>& reports)
{
    if (reports.empty())
        return;
    for (const core::BatchReport& report : reports)
        m_history.addBatch(report);
    const core::BatchReport& last = reports.back();
    m_progress.epoch = last.epoch;
    m_progress.batch = last.batch;
    m_progress.batchesPerEpoch = last.batchesPerEpoch;
    m_progress.samplesPerSecond = last.samplesPerSecond;
    m_progress.secondsLeft = last.secondsLeft;
    const long long perEpoch = last.batchesPerEpoch;
    m_progress.runBatchesTotal = (m_progress.lastEpoch - m_trainerStartEpoch) * perEpoch;
    m_progress.runBatchesDone = (last.epoch - 1 - m_trainerStartEpoch) * perEpoch + last.batch;
    markChanged(History | Progress);
    if (!m_watch || m_diverged)
        return;
    for (const core::BatchReport& report : reports) {
        if (const std::optional<core::Divergence> divergence = m_watch->afterBatch(report)) {
            diverge(*divergence);
            return;
        }
    }
}

void TrainingModel::diverge(const core::Divergence& divergence)
{
    // Paused, not stopped: the class sees the loss where it went, and Resume shows what comes next.
    pause();
    setDiagnosis(divergenceText(divergence), true);
}

void TrainingModel::onEpoch(const EpochOutcome& outcome)
{
    m_history.addEpoch(outcome.report);
    setCurrentModel(outcome.analysis.model);
    markChanged(History);
    if (m_watch && !m_diverged) {
        // Once said, overfitting stays on the page until the next run: a test accuracy that
        // recovers for an epoch does not undo two that fell.
        if (const std::optional<core::Divergence> divergence = m_watch->afterEpoch(outcome.report))
            diverge(*divergence);
        else if (core::isOverfitting(m_history.epochReports()))
            setDiagnosis(overfittingText(), false);
    }
    if (!outcome.analysis.predictions.empty())
        setPredictions(outcome.analysis.predictions, outcome.report.epoch, outcome.analysis.testAccuracy);
}

void TrainingModel::onRunEnded(const RunOutcome& outcome)
{
    setState(State::Idle);
    if (!outcome.error.isEmpty()) {
        m_lastOutcome = core::TrainingOutcome::Finished;
        if (!m_worker->hasNetwork()) {
            m_hasNetwork = false;
            m_workerHasModel = false;
        }
        markStructureChanged();
        emit message(outcome.error, true);
        return;
    }
    if (outcome.analysis.model)
        setCurrentModel(outcome.analysis.model);
    if (outcome.evaluationOnly) {
        if (!outcome.analysis.predictions.empty()) {
            setPredictions(outcome.analysis.predictions, m_model ? m_model->metadata.epochs : 0,
                           outcome.analysis.testAccuracy);
            emit message(tr("The network classifies %1 of the test images of %2 correctly.")
                             .arg(percentText(outcome.analysis.testAccuracy), m_datasetLabel),
                         false);
        }
        return;
    }
    m_lastOutcome = outcome.result.outcome;
    if (outcome.result.outcome == core::TrainingOutcome::Finished)
        m_progress.secondsLeft = 0.0;
    markChanged(Progress);
    emit message(outcomeText(outcome.result), outcome.result.outcome == core::TrainingOutcome::Diverged);
}

// --- files -----------------------------------------------------------------------------------

QString TrainingModel::saveModel(const QString& path)
{
    if (!m_model)
        return tr("There is no trained network to save yet.");
    writeModelFile(*m_saving, path, m_model, [this, path](const QString& problem) { emit modelSaved(path, problem); });
    return {};
}

bool TrainingModel::isSaving() const
{
    return m_saving->isRunning();
}

void TrainingModel::loadModel(const QString& path)
{
    readModelFile(*m_loadingModel, path, [this, path](std::shared_ptr<const core::Model> model, const QString& problem) {
        if (model)
            takeLoadedModel(std::move(model), path);
        else
            emit modelLoadFailed(path, problem);
    });
}

bool TrainingModel::isLoadingModel() const
{
    return m_loadingModel->isRunning();
}

void TrainingModel::takeLoadedModel(std::shared_ptr<const core::Model> model, const QString& path)
{
    m_history.clear();
    adoptModel(std::move(model));
    emit message(tr("Loaded “%1”: trained for %n epoch(s).", nullptr, m_model->metadata.epochs).arg(QFileInfo(path).fileName()),
                 false);
    if (m_dataset && networkFits(*m_dataset))
        startEvaluation();
    else if (m_dataset)
        emit message(tr("The model reads %1 images with %2 classes; it cannot be tested on %3.")
                         .arg(shapeText(m_model->spec.input))
                         .arg(m_model->spec.outputCount())
                         .arg(m_datasetLabel),
                     true);
}

void TrainingModel::restore(core::Model model, const TrainingHistory& history)
{
    m_history.clear();
    for (const core::BatchReport& report : history.batchReports())
        m_history.addBatch(report);
    for (const core::EpochReport& report : history.epochReports())
        m_history.addEpoch(report);
    adoptModel(std::make_shared<const core::Model>(std::move(model)));
    if (m_dataset && networkFits(*m_dataset))
        startEvaluation();
}

void TrainingModel::adoptModel(std::shared_ptr<const core::Model> model)
{
    m_worker->forget();
    clearResults();
    m_spec = model->spec;
    setCurrentModel(std::move(model));
    m_hasNetwork = true;
    m_workerHasModel = false;
    m_lastOutcome = core::TrainingOutcome::Finished;
    m_progress = {};
    m_progress.lastEpoch = m_model->metadata.epochs;
    setState(State::Idle);
    recomputeShapes();
}

// --- the lesson ------------------------------------------------------------------------------

namespace {

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

double numberAt(const QJsonArray& array, int index)
{
    return array.at(index).toDouble();
}

} // namespace

QJsonObject TrainingModel::saveDesign() const
{
    return QJsonObject{
        {QStringLiteral("pictureSize"), m_pictureOptions.imageSize},
        {QStringLiteral("pictureChannels"), m_pictureOptions.channels},
        {QStringLiteral("architecture"), QString::fromStdString(m_spec.toText())},
        {QStringLiteral("learningRate"), m_config.optimizer.learningRate},
        {QStringLiteral("batchSize"), m_config.batchSize},
        {QStringLiteral("epochs"), m_config.epochs},
        {QStringLiteral("optimizer"), QString::fromLatin1(core::optimizerKindId(m_config.optimizer.kind))},
        {QStringLiteral("momentum"), m_config.optimizer.momentum},
        {QStringLiteral("seed"), static_cast<double>(m_config.seed)},
        {QStringLiteral("threads"), m_config.threads},
    };
}

QJsonObject TrainingModel::saveState() const
{
    QJsonObject state = saveDesign();
    state.insert(QStringLiteral("datasetFolder"), m_datasetFolder);
    state.insert(QStringLiteral("pictureFolder"), m_pictureDataset);
    if (m_model) {
        const std::vector<char> bytes = core::encodeModel(*m_model);
        state.insert(QStringLiteral("model"),
                     QString::fromLatin1(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toBase64()));
        QJsonArray batches;
        for (const core::BatchReport& r : m_history.batchReports())
            batches.append(numbers({double(r.epoch), double(r.batch), double(r.batchesPerEpoch), r.loss, r.accuracy,
                                    r.samplesPerSecond}));
        QJsonArray epochs;
        for (const core::EpochReport& r : m_history.epochReports())
            epochs.append(numbers({double(r.epoch), r.trainLoss, r.trainAccuracy, r.testLoss, r.testAccuracy,
                                   r.trainSeconds, r.testSeconds, r.samplesPerSecond}));
        state.insert(QStringLiteral("batches"), batches);
        state.insert(QStringLiteral("epochReports"), epochs);
    }
    return state;
}

void TrainingModel::restoreState(const QJsonObject& state)
{
    using Config = core::TrainingConfig;
    Config config = m_config;
    config.optimizer.learningRate = state.value(QStringLiteral("learningRate")).toDouble(config.optimizer.learningRate);
    config.batchSize = std::clamp(state.value(QStringLiteral("batchSize")).toInt(config.batchSize), Config::minBatchSize,
                                  Config::maxBatchSize);
    config.epochs = std::clamp(state.value(QStringLiteral("epochs")).toInt(config.epochs), Config::minEpochs,
                               Config::maxEpochs);
    if (const std::optional<core::OptimizerKind> kind
        = core::optimizerKindFromId(state.value(QStringLiteral("optimizer")).toString().toStdString()))
        config.optimizer.kind = *kind;
    config.optimizer.momentum = std::clamp(state.value(QStringLiteral("momentum")).toDouble(config.optimizer.momentum),
                                           0.0, Config::maxMomentum);
    config.seed = static_cast<std::uint32_t>(std::clamp(state.value(QStringLiteral("seed")).toDouble(config.seed), 0.0,
                                                        static_cast<double>(Config::maxSeed)));
    config.threads = std::clamp(state.value(QStringLiteral("threads")).toInt(config.threads), 1, Config::maxThreads);
    // Everything but the learning rate is clamped; a rate out of range keeps the settings as they were.
    if (config.validate().empty())
        setConfig(config);

    setPictureOptions(state.value(QStringLiteral("pictureSize")).toInt(m_pictureOptions.imageSize),
                      state.value(QStringLiteral("pictureChannels")).toInt(m_pictureOptions.channels));
    const QString folder = state.value(QStringLiteral("datasetFolder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        if (state.value(QStringLiteral("pictureFolder")).toBool())
            loadPictureFolder(folder);
        else
            loadDatasetFolder(folder);
    }

    const QByteArray modelBytes = QByteArray::fromBase64(state.value(QStringLiteral("model")).toString().toLatin1());
    if (!modelBytes.isEmpty()) {
        try {
            core::Model restored = core::decodeModel(
                std::span(reinterpret_cast<const std::uint8_t*>(modelBytes.constData()), static_cast<std::size_t>(modelBytes.size())),
                "state");
            TrainingHistory history;
            for (const QJsonValue& value : state.value(QStringLiteral("batches")).toArray()) {
                const QJsonArray a = value.toArray();
                core::BatchReport r;
                r.epoch = a.at(0).toInt();
                r.batch = a.at(1).toInt();
                r.batchesPerEpoch = a.at(2).toInt();
                r.loss = numberAt(a, 3);
                r.accuracy = numberAt(a, 4);
                r.samplesPerSecond = numberAt(a, 5);
                history.addBatch(r);
            }
            for (const QJsonValue& value : state.value(QStringLiteral("epochReports")).toArray()) {
                const QJsonArray a = value.toArray();
                core::EpochReport r;
                r.epoch = a.at(0).toInt();
                r.trainLoss = numberAt(a, 1);
                r.trainAccuracy = numberAt(a, 2);
                r.testLoss = numberAt(a, 3);
                r.testAccuracy = numberAt(a, 4);
                r.trainSeconds = numberAt(a, 5);
                r.testSeconds = numberAt(a, 6);
                r.samplesPerSecond = numberAt(a, 7);
                history.addEpoch(r);
            }
            restore(std::move(restored), history);
            return;
        } catch (const std::exception&) {
            // A damaged state keeps the fresh network; the architecture below still applies.
        }
    }
    try {
        core::NetworkSpec spec = core::NetworkSpec::parse(state.value(QStringLiteral("architecture")).toString().toStdString());
        if (!spec.layers.empty())
            setSpec(std::move(spec));
    } catch (const core::NetworkSpecError&) {
        // An unreadable architecture keeps the preset.
    }
}

// --- change notification ---------------------------------------------------------------------

void TrainingModel::markStructureChanged()
{
    m_changes.mark(structureChange);
}

void TrainingModel::markChanged(Values values)
{
    m_changes.mark(values.toInt());
}

void TrainingModel::emitChanges(int changes)
{
    if (changes & structureChange)
        emit structureChanged();
    else if (changes != 0)
        emit valuesChanged(Values::fromInt(changes));
}

} // namespace convscope::ui
