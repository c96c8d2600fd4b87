#include "ui/network/network_model.h"

#include "core/data/fit_to_input.h"
#include "ui/io/data_location.h"
#include "ui/io/image_loader.h"
#include "ui/io/korean_particles.h"
#include "ui/model_store.h"
#include "ui/network/network_text.h"
#include "ui/shared/class_names.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace convscope::ui {

namespace {

// Photos are read at most this large: plenty for one digit, and preprocessing stays instant.

// Where Debian's dataset-fashion-mnist package puts the files.
const char* const fashionFolder = "/usr/share/datasets/fashion-mnist";

float maxAbs(const float* values, std::size_t count)
{
    float m = 0.0f;
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isfinite(values[i]))
            m = std::max(m, std::abs(values[i]));
    }
    return m;
}

// A symmetric range for the diverging map; a map of zeros still gets a range.
ValueRange symmetric(float m)
{
    return m > 0.0f ? ValueRange{-m, m} : ValueRange{-1.0f, 1.0f};
}

} // namespace

NetworkModel::PreparedNetwork NetworkModel::prepareNetwork(const core::Model& model, std::stop_token stop)
{
    PreparedNetwork prepared;
    try {
        prepared.network = std::make_unique<core::Network<float>>(model.toNetwork());
        if (stop.stop_requested())
            return {};
        // The first pass sizes every layer's caches; doing it now keeps lastPassMilliseconds()
        // the time of the arithmetic alone.
        prepared.network->classify(core::Tensor(prepared.network->spec().input));
    } catch (const std::exception& error) {
        prepared.network.reset();
        prepared.error = error.what();
    }
    return prepared;
}

NetworkModel::NetworkModel(ModelStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &ModelStore::modelChanged, this, &NetworkModel::adoptStoreModel);
    connect(m_store, &ModelStore::snapshotsChanged, this, [this] { markChanged(Snapshots); });
    if (m_store->model())
        adoptStoreModel();
}

NetworkModel::~NetworkModel() = default;

// ---------------------------------------------------------------------------------------------
// the model

void NetworkModel::ensureModel()
{
    if (m_store->model())
        return;
    const QString error = m_store->loadBundled();
    if (!error.isEmpty() && !m_store->model()) {
        m_modelProblem = tr("The model shipped with ConvScope could not be loaded (%1). Train one on the Training "
                            "page, or open a model file.")
                             .arg(error);
        markChanged(Model);
    }
}

QString NetworkModel::modelOrigin() const
{
    return m_store->origin().text();
}

void NetworkModel::adoptStoreModel()
{
    std::shared_ptr<const core::Model> stored = m_store->sharedModel();
    if (!stored)
        return;
    m_preparation.cancel();
    m_network.reset();
    m_model.reset();
    m_modelProblem.clear();
    m_stages.clear();
    m_logits.clear();
    m_probabilities.clear();
    m_filters = core::Tensor();
    m_similarities.clear();
    m_firstConvStage = -1;
    m_convTrace.reset();
    m_poolTrace.reset();
    m_selectedStage = -1;
    m_picked.reset();
    if (stored->parameterCount() <= ModelStore::parametersPreparedAtOnce) {
        showPrepared(stored, prepareNetwork(*stored));
        return;
    }
    // Until the network is ready the page says the model is loading.
    markChanged(Model | Activations | Selection);
    m_preparation.run([this, stored](std::stop_token stop) -> BackgroundJob::Delivery {
        auto prepared = std::make_shared<PreparedNetwork>(prepareNetwork(*stored, stop));
        return [this, stored, prepared] { showPrepared(stored, std::move(*prepared)); };
    });
}

void NetworkModel::showPrepared(std::shared_ptr<const core::Model> model, PreparedNetwork prepared)
{
    if (!prepared.network) {
        m_modelProblem = tr("This model cannot be shown: %1").arg(QString::fromStdString(prepared.error));
        markChanged(Model | Activations | Selection);
        return;
    }
    m_network = std::move(prepared.network);
    m_model = std::move(model);

    std::vector<std::string> ids = m_model->metadata.classNames;
    if (static_cast<int>(ids.size()) != m_network->classCount())
        ids = core::classNamesFor(m_model->metadata.datasetName, m_network->classCount());
    // A network with more outputs than its dataset had classes leaves the extra ones unnamed.
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i].empty())
            ids[i] = std::to_string(i);
    m_classNames = ui::classNames(ids);

    for (int i = 0; i < m_network->layerCount(); ++i) {
        if (m_network->layer(i).kind() == core::LayerKind::Conv) {
            m_firstConvStage = i + 1;
            m_filters = m_network->layer(i).parameterTensors().front();
            break;
        }
    }
    if (!m_filters.empty()) {
        for (int k = 0; k < m_filters.dim(0); ++k) {
            try {
                m_similarities.push_back(core::compareWithPresets(learnedKernel(k)));
            } catch (const std::invalid_argument&) {
                // Even-sized filters have no middle to place a preset in; they are shown unmatched.
                m_similarities.clear();
                break;
            }
        }
    }

    loadTestImagesFor(*m_model);
    // Keep a drawn or photographed digit across models; a test image restarts the new set.
    const core::Tensor kept = m_preprocessing ? m_preprocessing->result : m_input;
    const bool keepable = !kept.empty() && (kept.dim(0) == 1 || kept.dim(0) == m_network->spec().input.front());
    if (m_source != Source::TestImage && keepable) {
        const core::Tensor& digit = kept;
        m_input = core::fitToInput(digit, m_network->spec().input);
        runForward();
    } else if (hasTestImages()) {
        showTestImage(std::min(m_testIndex, testImageCount() - 1));
    } else {
        setInput(core::Tensor(m_network->spec().input), Source::TestImage, QString(), std::nullopt);
    }
    markChanged(Model | Activations | Selection | Snapshots);
}

void NetworkModel::loadTestImagesFor(const core::Model& model)
{
    const std::vector<int>& shape = model.spec.input;
    if (const std::shared_ptr<const core::ImageSet> handed = m_store ? m_store->testImages() : nullptr;
        handed && handed->count > 0 && shape.size() == 3 && handed->channels == shape[0] && handed->height == shape[1]
        && handed->width == shape[2] && m_store->model() == &model) {
        m_testImages = handed;
        m_testSetName = m_store->testImagesName();
        m_testProblem.clear();
        return;
    }
    const bool fashion = QString::fromStdString(model.metadata.datasetName).contains(QStringLiteral("fashion"),
                                                                                    Qt::CaseInsensitive);
    QString folder;
    QString name;
    if (fashion) {
        folder = QString::fromLatin1(fashionFolder);
        name = tr("Fashion-MNIST test images");
    } else {
        folder = io::dataPath(QStringLiteral("data/mnist-subset"));
        name = tr("bundled test digits");
    }
    m_testImages.reset();
    m_testProblem.clear();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_testProblem = fashion ? tr("The Fashion-MNIST test images were not found in %1; draw or open a picture "
                                     "instead.")
                                      .arg(QString::fromLatin1(fashionFolder))
                                : tr("The bundled test digits were not found; draw a digit or open a photo instead.");
        return;
    }
    auto cached = m_testSets.find(folder);
    if (cached == m_testSets.end()) {
        try {
            auto set = std::make_shared<const core::ImageSet>(core::loadIdxTestSet(folder.toStdString()));
            cached = m_testSets.emplace(folder, std::move(set)).first;
        } catch (const std::exception& error) {
            m_testProblem = tr("The test images could not be read: %1").arg(QString::fromStdString(error.what()));
            return;
        }
    }
    const core::ImageSet& set = *cached->second;
    if (shape.size() != 3 || set.channels != shape[0] || set.height != shape[1] || set.width != shape[2]) {
        m_testProblem = io::fitKoreanParticles(tr("The %1 are %2×%3 pictures, which this model does not take; draw "
                                                  "or open a picture instead.")
                                                   .arg(name)
                                                   .arg(set.height)
                                                   .arg(set.width));
        return;
    }
    m_testImages = cached->second;
    m_testSetName = name;
}

std::optional<core::LayerKind> NetworkModel::stageKind(int stage) const
{
    if (!m_network || stage <= 0 || stage > m_network->layerCount())
        return std::nullopt;
    return m_network->layer(stage - 1).kind();
}

const core::LayerSpec* NetworkModel::stageSpec(int stage) const
{
    if (!m_network || stage <= 0 || stage > m_network->layerCount())
        return nullptr;
    return &m_network->layer(stage - 1).spec();
}

int NetworkModel::stageOrdinal(int stage) const
{
    const std::optional<core::LayerKind> kind = stageKind(stage);
    if (!kind || (*kind != core::LayerKind::Conv && *kind != core::LayerKind::Dense))
        return 0;
    int ordinal = 0;
    for (int s = 1; s <= stage; ++s)
        ordinal += stageKind(s) == kind ? 1 : 0;
    return ordinal;
}

bool NetworkModel::reluFollows(int stage) const
{
    const std::optional<core::LayerKind> kind = stageKind(stage);
    return kind && (*kind == core::LayerKind::Conv || *kind == core::LayerKind::Dense)
        && stageKind(stage + 1) == core::LayerKind::Relu;
}

int NetworkModel::predictedClass() const
{
    if (m_probabilities.empty())
        return -1;
    return static_cast<int>(std::max_element(m_probabilities.begin(), m_probabilities.end()) - m_probabilities.begin());
}

// ---------------------------------------------------------------------------------------------
// the input

int NetworkModel::testLabel() const
{
    if (m_source != Source::TestImage || !hasTestImages())
        return -1;
    return m_testImages->labels[static_cast<std::size_t>(m_testIndex)];
}

void NetworkModel::showTestImage(int index)
{
    if (!hasTestImages() || !m_network)
        return;
    const int count = testImageCount();
    m_testIndex = ((index % count) + count) % count;
    setInput(m_testImages->image(m_testIndex), Source::TestImage, m_testSetName, std::nullopt);
}

void NetworkModel::nextTestImage()
{
    showTestImage(m_testIndex + 1);
}

void NetworkModel::previousTestImage()
{
    showTestImage(m_testIndex - 1);
}

void NetworkModel::randomTestImage()
{
    if (!hasTestImages())
        return;
    std::mt19937 generator(m_randomSeed++);
    showTestImage(std::uniform_int_distribution<int>(0, testImageCount() - 1)(generator));
}

bool NetworkModel::showDrawing(const core::Tensor& ink)
{
    return showPreprocessed(ink, Source::Drawing, tr("your drawing"));
}

bool NetworkModel::showPhoto(const core::Tensor& photo, const QString& name)
{
    return showPreprocessed(photo, Source::Photo, name);
}

bool NetworkModel::showLiveFrame(const QImage& frame, const QString& name)
{
    constexpr int frameSide = 320;
    return showPhotoImage(frame, name, frameSide);
}

bool NetworkModel::showPhotoImage(const QImage& image, const QString& name, int maxSide)
{
    if (!m_network)
        return false;
    // Kept as read, so a lesson carrying it gives the network the same input.
    const QImage read = io::scaledToFit(image, maxSide);
    const io::ImageLoadResult loaded = io::imageToTensor(read, photoChannels());
    if (!loaded.ok()) {
        emit errorOccurred(loaded.error);
        return false;
    }
    if (!showPhoto(loaded.tensor, name))
        return false;
    m_photoPath.clear();
    m_photoImage = read;
    return true;
}

io::ChannelMode NetworkModel::photoChannels() const
{
    const bool grey = !m_network || m_network->spec().input.front() == 1;
    return readsDigits() || !grey ? io::ChannelMode::Rgb : io::ChannelMode::Gray;
}

bool NetworkModel::openPhoto(const QString& path)
{
    const io::ImageLoadResult loaded = io::loadImageTensor(path, photoChannels(), photoSide);
    if (!loaded.ok()) {
        emit errorOccurred(loaded.error);
        return false;
    }
    if (!showPhoto(loaded.tensor, QFileInfo(path).fileName()))
        return false;
    m_photoPath = path;
    m_photoImage = QImage();
    return true;
}

bool NetworkModel::readsDigits() const
{
    return m_network && isDigitClassifier(m_network->spec().input, m_classNames);
}

bool NetworkModel::showPreprocessed(const core::Tensor& picture, Source source, const QString& name)
{
    if (!m_network)
        return false;
    if (!readsDigits()) {
        // Cats, dogs and shapes are no digits: the picture becomes the input as the training
        // pictures did, its centre square scaled (core::fitToInput).
        const std::vector<int>& shape = m_network->spec().input;
        if (picture.rank() != 3 || (picture.dim(0) != 1 && picture.dim(0) != shape.front())) {
            emit errorOccurred(tr("%1 has %2 channels; this network reads %3.").arg(name).arg(picture.dim(0)).arg(shape.front()));
            return false;
        }
        setInput(core::fitToInput(picture, shape), source, name, std::nullopt);
        return true;
    }
    core::DigitPreprocessing steps = core::preprocessDigit(picture);
    switch (steps.status) {
    case core::DigitPreprocessingStatus::Ok: break;
    case core::DigitPreprocessingStatus::EmptyImage:
        emit errorOccurred(tr("%1 holds no picture to read a digit from.").arg(name));
        return false;
    case core::DigitPreprocessingStatus::NoInk:
        emit errorOccurred(source == Source::Drawing
                               ? tr("Nothing is drawn yet.")
                               : tr("No digit stands out from the background in %1: use a photo with dark ink on "
                                    "light paper, or light ink on a dark background.")
                                     .arg(name));
        return false;
    }
    core::Tensor input = core::fitToInput(steps.result, m_network->spec().input);
    setInput(std::move(input), source, name, std::move(steps));
    return true;
}

void NetworkModel::setInput(core::Tensor input, Source source, const QString& name,
                            std::optional<core::DigitPreprocessing> preprocessing)
{
    m_input = std::move(input);
    m_source = source;
    m_sourceName = name;
    m_preprocessing = std::move(preprocessing);
    runForward();
}

void NetworkModel::runForward()
{
    if (!m_network)
        return;
    const auto start = std::chrono::steady_clock::now();
    // The network reads the picture normalised as it was trained (an imported model's mean and
    // std), and the first layer's arithmetic shows those values.
    core::Tensor input = m_model->normalisedInput(m_input);
    m_probabilities = m_network->classify(input);
    m_passMilliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const int layers = m_network->layerCount();
    m_stages.resize(static_cast<std::size_t>(layers) + 1);
    m_stages[0] = std::move(input);
    for (int i = 0; i < layers; ++i)
        m_stages[static_cast<std::size_t>(i) + 1] = m_network->layer(i).outputTensor(0);
    const core::Tensor& scores = m_stages.back();
    m_logits.assign(scores.values().begin(), scores.values().end());

    m_stageMaxAbs.assign(m_stages.size(), 0.0f);
    m_planeMaxAbs.assign(m_stages.size(), {});
    m_globalMaxAbs = 0.0f;
    for (std::size_t s = 0; s < m_stages.size(); ++s) {
        const core::Tensor& values = m_stages[s];
        m_stageMaxAbs[s] = maxAbs(values.data(), values.size());
        if (values.rank() == 3) {
            const std::size_t plane = static_cast<std::size_t>(values.dim(1)) * static_cast<std::size_t>(values.dim(2));
            for (int c = 0; c < values.dim(0); ++c)
                m_planeMaxAbs[s].push_back(maxAbs(values.data() + static_cast<std::size_t>(c) * plane, plane));
        } else {
            m_planeMaxAbs[s].push_back(m_stageMaxAbs[s]);
        }
        if (s > 0)
            m_globalMaxAbs = std::max(m_globalMaxAbs, m_stageMaxAbs[s]);
    }
    rebuildTraces();
    markChanged(Activations | Selection);
}

// ---------------------------------------------------------------------------------------------
// colours

void NetworkModel::setColourScale(ColourScale scale)
{
    if (scale == m_colourScale)
        return;
    m_colourScale = scale;
    markChanged(Display);
}

ColourMapKind NetworkModel::mapColours(int stage) const
{
    return stage == 0 ? ColourMapKind::Grey : ColourMapKind::BlueOrange;
}

ValueRange NetworkModel::mapRange(int stage, int channel) const
{
    if (stage == 0 && m_model) {
        // A normalised input is grey from where black went to where white went.
        const core::ModelMetadata& metadata = m_model->metadata;
        const auto pick = [channel](const std::vector<float>& values, float fallback) {
            return values.empty() ? fallback : values[values.size() == 1 ? 0 : static_cast<std::size_t>(std::max(0, channel))];
        };
        const float mean = pick(metadata.inputMean, 0.0f);
        const float deviation = pick(metadata.inputStd, 1.0f);
        return {(0.0f - mean) / deviation, (1.0f - mean) / deviation};
    }
    if (stage <= 0 || stage >= stageCount())
        return {0.0f, 1.0f};
    const std::size_t s = static_cast<std::size_t>(stage);
    switch (m_colourScale) {
    case ColourScale::PerMap:
        return symmetric(m_planeMaxAbs[s].at(static_cast<std::size_t>(std::max(0, channel))));
    case ColourScale::PerLayer: return symmetric(m_stageMaxAbs[s]);
    case ColourScale::Global: return symmetric(m_globalMaxAbs);
    }
    return symmetric(m_stageMaxAbs[s]);
}

ValueRange NetworkModel::snapshotRange(const core::EpochSnapshot& snapshot, int stage, int channel) const
{
    if (stage <= 0 || stage > static_cast<int>(snapshot.activations.size()))
        return {0.0f, 1.0f};
    const core::Tensor& values = snapshot.activations[static_cast<std::size_t>(stage) - 1];
    switch (m_colourScale) {
    case ColourScale::PerMap:
        if (values.rank() == 3 && channel >= 0 && channel < values.dim(0)) {
            const std::size_t plane = static_cast<std::size_t>(values.dim(1)) * static_cast<std::size_t>(values.dim(2));
            return symmetric(maxAbs(values.data() + static_cast<std::size_t>(channel) * plane, plane));
        }
        return symmetric(maxAbs(values.data(), values.size()));
    case ColourScale::PerLayer: return symmetric(maxAbs(values.data(), values.size()));
    case ColourScale::Global: {
        float m = 0.0f;
        for (const core::Tensor& layer : snapshot.activations)
            m = std::max(m, maxAbs(layer.data(), layer.size()));
        return symmetric(m);
    }
    }
    return symmetric(maxAbs(values.data(), values.size()));
}

// ---------------------------------------------------------------------------------------------
// drill down

void NetworkModel::selectMap(int stage, int channel)
{
    if (stage < 0 || stage >= stageCount())
        return;
    const int channels = isMapStage(stage) ? stageValues(stage).dim(0) : 1;
    channel = std::clamp(channel, 0, channels - 1);
    if (stage == m_selectedStage && channel == m_selectedChannel)
        return;
    const bool sameStage = stage == m_selectedStage;
    m_selectedStage = stage;
    m_selectedChannel = channel;
    if (!sameStage || !isMapStage(stage))
        m_picked.reset();
    rebuildTraces();
    if (!m_picked)
        pickStrongest();
    markChanged(Selection);
}

void NetworkModel::pickStrongest()
{
    // The largest value says most about what the map responds to, so it is the one explained
    // first; the student then clicks any other.
    const core::Tensor& values = stageValues(m_selectedStage);
    if (isMapStage(m_selectedStage)) {
        const core::ConstMatrixMap plane = values.plane(m_selectedChannel);
        Eigen::Index row = 0;
        Eigen::Index col = 0;
        plane.maxCoeff(&row, &col);
        m_picked = QPoint(static_cast<int>(col), static_cast<int>(row));
    } else if (!values.empty()) {
        const auto largest = std::max_element(values.values().begin(), values.values().end());
        m_picked = QPoint(static_cast<int>(largest - values.values().begin()), 0);
    }
}

void NetworkModel::clearSelection()
{
    if (m_selectedStage < 0)
        return;
    m_selectedStage = -1;
    m_picked.reset();
    rebuildTraces();
    markChanged(Selection);
}

void NetworkModel::pickCell(int row, int col)
{
    if (m_selectedStage < 0)
        return;
    const core::Tensor& values = stageValues(m_selectedStage);
    const bool inside = isMapStage(m_selectedStage) ? row >= 0 && col >= 0 && row < values.dim(1) && col < values.dim(2)
                                                    : row == 0 && col >= 0 && col < static_cast<int>(values.size());
    if (!inside)
        return;
    m_picked = QPoint(col, row);
    markChanged(Selection);
}

void NetworkModel::rebuildTraces()
{
    m_convTrace.reset();
    m_poolTrace.reset();
    if (!m_network || m_selectedStage <= 0 || m_selectedStage >= stageCount())
        return;
    const core::Layer<float>& layer = m_network->layer(m_selectedStage - 1);
    const core::Tensor& input = stageValues(m_selectedStage - 1);
    switch (layer.kind()) {
    case core::LayerKind::Conv: m_convTrace.emplace(core::convLayerTrace(layer, input)); break;
    case core::LayerKind::MaxPool:
    case core::LayerKind::AvgPool:
    case core::LayerKind::MinPool:
    case core::LayerKind::GlobalAvgPool: m_poolTrace.emplace(core::poolLayerTrace(layer, input)); break;
    default: break;
    }
}

std::optional<core::ConvStep> NetworkModel::pickedConvStep() const
{
    if (!m_convTrace || !m_picked)
        return std::nullopt;
    return m_convTrace->step(m_convTrace->stepOf(m_selectedChannel, m_picked->y(), m_picked->x()));
}

std::optional<core::PoolStep> NetworkModel::pickedPoolStep() const
{
    if (!m_poolTrace || !m_picked)
        return std::nullopt;
    return m_poolTrace->step(m_poolTrace->stepOf(m_selectedChannel, m_picked->y(), m_picked->x()));
}

std::optional<core::DenseSum> NetworkModel::pickedDenseSum() const
{
    if (!m_picked || stageKind(m_selectedStage) != core::LayerKind::Dense)
        return std::nullopt;
    return core::denseLayerSum(m_network->layer(m_selectedStage - 1), stageValues(m_selectedStage - 1),
                               m_picked->x());
}

std::optional<core::ConvFilter> NetworkModel::selectedFilter() const
{
    if (stageKind(m_selectedStage) != core::LayerKind::Conv)
        return std::nullopt;
    return core::convLayerFilter(m_network->layer(m_selectedStage - 1), m_selectedChannel);
}

std::optional<ConvStepRequest> NetworkModel::convStepRequest() const
{
    const std::optional<core::ConvFilter> filter = selectedFilter();
    if (!filter || !m_picked || filter->kernels.dim(1) > ConvStepRequest::maxChannels)
        return std::nullopt;
    const core::LayerSpec& spec = *stageSpec(m_selectedStage);
    ConvStepRequest request;
    request.input = stageValues(m_selectedStage - 1);
    request.kernels = filter->kernels;
    request.bias = filter->bias;
    request.stride = spec.stride;
    request.padding = spec.padding;
    request.outY = m_picked->y();
    request.outX = m_picked->x();
    request.reluFollows = reluFollows(m_selectedStage);
    request.title = tr("%1, filter %2 of the trained network")
                        .arg(NetworkText::layerName(spec.kind, stageOrdinal(m_selectedStage)))
                        .arg(m_selectedChannel + 1);
    return request;
}

std::optional<PoolStepRequest> NetworkModel::poolStepRequest() const
{
    if (!m_poolTrace || m_selectedStage <= 0)
        return std::nullopt;
    const core::Tensor& input = stageValues(m_selectedStage - 1);
    PoolStepRequest request;
    request.map = core::Tensor({1, input.dim(1), input.dim(2)});
    request.map.plane(0) = input.plane(m_selectedChannel);
    request.mode = m_poolTrace->mode();
    request.window = m_poolTrace->params().windowY;
    request.stride = m_poolTrace->params().effectiveStrideY();
    // Along each axis: the run of whole windows (at most gridSide cells) centred on the clicked
    // output, shifted to stay inside the map.
    const auto block = [&](int size, int outputs, int clicked, int& first, int& length, int& relative) {
        const int fitting = std::max(1, (PoolStepRequest::gridSide - request.window) / request.stride + 1);
        const int shown = std::min(fitting, outputs);
        const int firstOutput = std::clamp(clicked - shown / 2, 0, outputs - shown);
        first = firstOutput * request.stride;
        length = std::min(size - first, outputs <= fitting && size <= PoolStepRequest::gridSide
                                            ? size - first
                                            : (shown - 1) * request.stride + request.window);
        relative = clicked - firstOutput;
    };
    const std::vector<int>& shape = m_poolTrace->outputShape();
    const QPoint clicked = m_picked.value_or(QPoint(0, 0));
    int rows = 0;
    int cols = 0;
    block(input.dim(1), shape[1], clicked.y(), request.gridTop, rows, request.outY);
    block(input.dim(2), shape[2], clicked.x(), request.gridLeft, cols, request.outX);
    request.grid = core::Tensor({1, rows, cols});
    request.grid.plane(0) = request.map.plane(0).block(request.gridTop, request.gridLeft, rows, cols);
    request.title = tr("%1, map %2 of the trained network")
                        .arg(NetworkText::layerName(*stageKind(m_selectedStage), 0))
                        .arg(m_selectedChannel + 1);
    return request;
}

// ---------------------------------------------------------------------------------------------
// learned filters and epochs

core::Tensor NetworkModel::learnedKernel(int filter) const
{
    if (m_filters.empty() || filter < 0 || filter >= m_filters.dim(0))
        return {};
    const int channels = m_filters.dim(1);
    core::Tensor kernel({1, m_filters.dim(2), m_filters.dim(3)});
    for (int c = 0; c < channels; ++c)
        kernel.plane(0) += m_filters.plane(filter * channels + c);
    return kernel;
}

const std::vector<core::EpochSnapshot>& NetworkModel::snapshots() const
{
    return m_store->snapshots();
}

// ---------------------------------------------------------------------------------------------
// change notification

void NetworkModel::markChanged(int changes)
{
    m_changes.mark(changes);
}

void NetworkModel::emitChanges(int changes)
{
    if (changes & Model)
        emit modelChanged();
    if (changes & Activations)
        emit activationsChanged();
    if (changes & Display)
        emit displayChanged();
    if (changes & Selection)
        emit selectionChanged();
    if (changes & Snapshots)
        emit snapshotsChanged();
}

} // namespace convscope::ui
