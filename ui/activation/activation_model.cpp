#include "ui/activation/activation_model.h"

#include "core/kernel_presets.h"
#include "ui/activation/activation_worker.h"
#include "ui/io/image_loader.h"
#include "ui/io/kernel_preset_text.h"
#include "ui/io/korean_particles.h"
#include "ui/io/lesson_picture.h"
#include "ui/shared/number_text.h"
#include "ui/shared/text_symbols.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QImageReader>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <new>
#include <utility>

namespace convscope::ui {

namespace {

// Where a lesson keeps its own copy of the picture (io::carryPictureFile).
constexpr char carriedPictureKey[] = "pictureData";

// Stable ids of the displays, for saved states.
const std::array<QString, 4> displayIds{QStringLiteral("photo"), QStringLiteral("signed"), QStringLiteral("viridis"),
                                        QStringLiteral("cividis")};

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("0");
    const double value = 100.0 * static_cast<double>(part) / static_cast<double>(whole);
    return formatNumber(value < 0.1 && part > 0 ? 0.1 : std::round(value * 10.0) / 10.0);
}

} // namespace

ActivationModel::ActivationModel(QObject* parent)
    : QObject(parent)
    , m_custom(core::Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}).reshaped({1, 1, 3, 3}))
    , m_gallery(static_cast<std::size_t>(entryCount()))
    , m_worker(new ActivationWorker(this))
{
    connect(m_worker, &ActivationWorker::mapReady, this, &ActivationModel::onWorkerMap, Qt::QueuedConnection);
    connect(m_worker, &ActivationWorker::liveMapsReady, this, &ActivationModel::onLiveMaps, Qt::QueuedConnection);
}

ActivationModel::~ActivationModel() = default;

// --- the picture ---------------------------------------------------------------------------------

bool ActivationModel::openFile(const QString& path, const QString& name)
{
    QImageReader reader(path);
    return loadSource({path, {}, name.isEmpty() ? QFileInfo(path).fileName() : name}, reader.size());
}

bool ActivationModel::openImage(const QImage& image, const QString& name)
{
    if (image.isNull()) {
        fail(tr("%1: there is no picture in it").arg(name));
        return false;
    }
    if (static_cast<qint64>(image.width()) * image.height() > io::maxImagePixels) {
        fail(tr("%1: %2×%3 pixels is larger than the limit of %4 megapixels")
                 .arg(name)
                 .arg(image.width())
                 .arg(image.height())
                 .arg(io::maxImagePixels / 1'000'000));
        return false;
    }
    return loadSource({{}, image, name}, image.size());
}

void ActivationModel::showLiveFrame(const QImage& frame, const QString& name)
{
    if (frame.isNull())
        return;
    const Source source{{}, frame, name};
    if (m_liveInFlight)
        m_nextLiveFrame = source;
    else
        requestLiveMaps(source);
}

void ActivationModel::requestLiveMaps(const Source& frame)
{
    LiveMapsRequest request;
    request.frame = frame.image;
    request.mode = m_channelMode;
    request.resolution = m_resolution;
    request.channel = m_channel;
    for (int i = 0; i < entryCount(); ++i)
        request.kernels.push_back(kernel(i));
    request.selection = m_selection;
    request.relu = m_relu;
    m_liveFrame = frame;
    m_liveInFlight = true;
    m_liveGeneration = ++m_generation;
    m_worker->requestLive(std::move(request), m_liveGeneration);
}

void ActivationModel::onLiveMaps(const std::shared_ptr<const LiveMaps>& maps, quint64 generation, const QString& error)
{
    if (generation == m_liveGeneration)
        m_liveInFlight = false;
    // Anything changed since (a kernel, the resolution, a picture opened) makes the result stale;
    // the frame waiting is computed with the new settings.
    if (generation == m_generation) {
        if (!error.isEmpty()) {
            fail(error);
        } else {
            m_source = m_liveFrame;
            m_originalSize = m_liveFrame.image.size();
            m_channels = maps->channels;
            m_channel = std::min(m_channel, static_cast<int>(m_channels.size()) - 1);
            m_galleryChannel = maps->galleryChannel;
            m_gallery = maps->gallery;
            m_selected = maps->selected;
            m_pending = false;
            m_trace.reset();
            m_lastError.clear();
            emit pictureChanged();
            emit galleryChanged();
            emit mapChanged();
            emit liveFrameShown();
        }
    }
    if (!m_liveInFlight && m_nextLiveFrame)
        requestLiveMaps(*std::exchange(m_nextLiveFrame, std::nullopt));
}

bool ActivationModel::loadSource(const Source& source, QSize originalSize)
{
    io::ImageLoadResult loaded;
    try {
        loaded = source.path.isEmpty() ? io::imageToTensor(source.image, m_channelMode, m_resolution)
                                       : io::loadImageTensor(source.path, m_channelMode, m_resolution);
        if (!loaded.ok() && source.path.isEmpty())
            loaded.error = QStringLiteral("%1: %2").arg(source.name, loaded.error);
    } catch (const std::bad_alloc&) {
        loaded.error = tr("%1: not enough memory to read this picture").arg(source.name);
    }
    if (!loaded.ok()) {
        fail(loaded.error);
        return false;
    }

    const core::Tensor& tensor = loaded.tensor;
    std::vector<std::shared_ptr<const core::Tensor>> channels = splitChannels(tensor);

    m_source = source;
    m_originalSize = originalSize.isValid() ? originalSize : QSize(tensor.dim(-1), tensor.dim(-2));
    m_channels = std::move(channels);
    m_channel = std::min(m_channel, static_cast<int>(m_channels.size()) - 1);
    m_lastError.clear();

    refreshChannel();
    return true;
}

void ActivationModel::refreshChannel()
{
    m_galleryChannel = galleryPicture(displayedChannel());
    emit pictureChanged();
    computeGallery();
    computeSelected();
}

QSize ActivationModel::workingSize() const
{
    if (!hasPicture())
        return {};
    const core::Tensor& shown = displayedChannel();
    return {shown.dim(-1), shown.dim(-2)};
}

void ActivationModel::setResolution(int maxSide)
{
    maxSide = std::max(0, maxSide);
    if (maxSide == m_resolution)
        return;
    m_resolution = maxSide;
    if (hasPicture())
        loadSource(m_source, m_originalSize);
}

void ActivationModel::setChannelMode(io::ChannelMode mode)
{
    if (mode == m_channelMode)
        return;
    m_channelMode = mode;
    if (mode == io::ChannelMode::Gray)
        m_channel = 0;
    if (hasPicture())
        loadSource(m_source, m_originalSize);
}

void ActivationModel::setChannel(int channel)
{
    const int count = m_channelMode == io::ChannelMode::Rgb ? 3 : 1;
    channel = std::clamp(channel, 0, count - 1);
    if (channel == m_channel)
        return;
    m_channel = channel;
    if (hasPicture())
        refreshChannel();
}

const core::Tensor& ActivationModel::displayedChannel() const
{
    static const core::Tensor empty;
    if (m_channels.empty())
        return empty;
    return *m_channels[static_cast<std::size_t>(std::min(m_channel, static_cast<int>(m_channels.size()) - 1))];
}

// --- kernels -------------------------------------------------------------------------------------

int ActivationModel::presetCount() const { return static_cast<int>(core::kernelPresets().size()); }

std::string ActivationModel::presetId(int index) const
{
    if (index < 0 || index >= presetCount())
        return {};
    return std::string(core::kernelPresets()[static_cast<std::size_t>(index)].id);
}

core::Tensor ActivationModel::kernel(int index) const
{
    if (index >= 0 && index < presetCount()) {
        const core::Tensor& preset = core::kernelPresets()[static_cast<std::size_t>(index)].kernel;
        return preset.reshaped({1, 1, preset.dim(-2), preset.dim(-1)});
    }
    return m_custom;
}

void ActivationModel::setSelection(int index)
{
    index = std::clamp(index, 0, customIndex());
    if (index == m_selection)
        return;
    m_selection = index;
    emit kernelChanged();
    computeSelected();
}

void ActivationModel::setCustomKernel(const core::Tensor& kernel)
{
    const int size = kernel.dim(-1);
    if ((size != 3 && size != 5) || kernel.dim(-2) != size || static_cast<int>(kernel.size()) != size * size)
        return;
    m_custom = kernel.reshaped({1, 1, size, size});
    m_selection = customIndex();
    emit kernelChanged();
    computeGalleryEntry(customIndex());
    emit galleryChanged();
    computeSelected();
}

void ActivationModel::setCustomWeight(int row, int col, float value)
{
    const int size = m_custom.dim(-1);
    if (row < 0 || col < 0 || row >= size || col >= size || !std::isfinite(value))
        return;
    core::Tensor kernel = m_custom;
    kernel.at(0, 0, row, col) = value;
    setCustomKernel(kernel);
}

void ActivationModel::setCustomSize(int size)
{
    const int current = m_custom.dim(-1);
    if ((size != 3 && size != 5) || size == current)
        return;
    core::Tensor kernel({1, 1, size, size});
    // Centre the smaller kernel in the larger one (offset 1 either way between 3 and 5).
    const int offset = (size - current) / 2;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const int sy = y - offset;
            const int sx = x - offset;
            if (sy >= 0 && sx >= 0 && sy < current && sx < current)
                kernel.at(0, 0, y, x) = m_custom.at(0, 0, sy, sx);
        }
    }
    setCustomKernel(kernel);
}

bool ActivationModel::normaliseCustom()
{
    double sum = 0.0;
    double positive = 0.0;
    for (float w : m_custom.values()) {
        sum += w;
        positive += std::max(0.0f, w);
    }
    double divisor = sum;
    if (std::abs(sum) < 1e-6)
        divisor = positive;
    if (std::abs(divisor) < 1e-9)
        return false;
    core::Tensor kernel = m_custom;
    for (float& w : kernel.values())
        w = static_cast<float>(w / divisor);
    setCustomKernel(kernel);
    return true;
}

void ActivationModel::copyToCustom(int presetIndex)
{
    if (presetIndex >= 0 && presetIndex < presetCount())
        setCustomKernel(kernel(presetIndex));
}

// --- options -------------------------------------------------------------------------------------

void ActivationModel::setRelu(bool relu)
{
    if (relu == m_relu)
        return;
    m_relu = relu;
    emit kernelChanged(); // the ReLU belongs to the kernel's state, picture or not
    if (!hasPicture())
        return;
    computeGallery();
    computeSelected();
}

void ActivationModel::setDisplay(Display display)
{
    if (display == m_display)
        return;
    m_display = display;
    emit displayChanged();
}

ColourMapKind ActivationModel::colourMapKind() const
{
    switch (m_display) {
    case Display::Photo:
        return ColourMapKind::Grey;
    case Display::Signed:
        return ColourMapKind::BlueOrange;
    case Display::Viridis:
        return ColourMapKind::Viridis;
    case Display::Cividis:
        return ColourMapKind::Cividis;
    }
    return ColourMapKind::Grey;
}

std::optional<ValueRange> ActivationModel::fixedRange() const
{
    if (m_display == Display::Photo)
        return ValueRange{0.0f, 1.0f};
    return std::nullopt;
}

ValueRange ActivationModel::rangeFor(const core::Tensor& values) const
{
    if (const std::optional<ValueRange> fixed = fixedRange())
        return *fixed;
    return contrastRange(values.data(), static_cast<qsizetype>(values.size()), ColourMap(colourMapKind()));
}

ValueRange ActivationModel::selectedRange() const
{
    return rangeFor(m_selected.values);
}

// --- results -------------------------------------------------------------------------------------

void ActivationModel::computeGallery()
{
    if (!hasPicture())
        return;
    for (int i = 0; i < entryCount(); ++i)
        computeGalleryEntry(i);
    emit galleryChanged();
}

void ActivationModel::computeGalleryEntry(int index)
{
    if (m_galleryChannel.empty())
        return;
    try {
        core::computeActivationMap(m_galleryChannel, kernel(index), m_relu, m_gallery[static_cast<std::size_t>(index)]);
    } catch (const std::exception& e) {
        m_gallery[static_cast<std::size_t>(index)] = {};
        fail(QString::fromStdString(e.what()));
    }
}

void ActivationModel::computeSelected()
{
    m_trace.reset();
    // A live frame still being computed has the old settings; the next frame goes out at once.
    m_liveInFlight = false;
    if (!hasPicture())
        return;
    ++m_generation;
    const core::Tensor& channel = displayedChannel();
    if (static_cast<qint64>(channel.size()) <= m_syncPixelLimit) {
        m_worker->cancel();
        try {
            core::computeActivationMap(channel, selectedKernel(), m_relu, m_selected);
        } catch (const std::bad_alloc&) {
            fail(tr("Not enough memory for the activation map. Choose a smaller resolution."));
            return;
        } catch (const std::exception& e) {
            fail(QString::fromStdString(e.what()));
            return;
        }
        m_pending = false;
    } else {
        m_pending = true;
        const std::size_t shown = static_cast<std::size_t>(std::min(m_channel, static_cast<int>(m_channels.size()) - 1));
        m_worker->request({m_channels[shown], selectedKernel(), m_relu, m_generation});
    }
    emit mapChanged();
}

void ActivationModel::onWorkerMap(const core::ActivationMap& map, quint64 generation, const QString& error)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_selected = map;
    emit mapChanged();
}

std::optional<core::ConvStep> ActivationModel::stepAt(int y, int x) const
{
    const core::Tensor& channel = displayedChannel();
    if (channel.empty() || y < 0 || x < 0 || y >= channel.dim(-2) || x >= channel.dim(-1))
        return std::nullopt;
    try {
        if (!m_trace) {
            const core::Tensor weights = selectedKernel();
            m_trace.emplace(channel, weights, std::vector<float>{}, core::activationParams(weights));
        }
        return m_trace->step(m_trace->stepOf(0, y, x));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

ActivationModel::Display ActivationModel::displayOf(ColourMapKind kind)
{
    switch (kind) {
    case ColourMapKind::Grey:
        return Display::Photo;
    case ColourMapKind::BlueOrange:
        return Display::Signed;
    case ColourMapKind::Viridis:
        return Display::Viridis;
    case ColourMapKind::Cividis:
        return Display::Cividis;
    }
    return Display::Photo;
}

QString ActivationModel::clippingNote(std::optional<ColourMapKind> programMap) const
{
    const core::ActivationMap& map = m_selected;
    if (map.empty())
        return {};
    QStringList parts;
    if (map.relu && map.belowZero > 0) {
        parts << tr("ReLU set %1% of the pixels to 0 (they went down to %2).")
                     .arg(percent(map.belowZero, map.pixelCount), formatNumber(map.rawMin));
    } else if (map.relu) {
        parts << tr("ReLU changed nothing: no value was below 0.");
    }
    if (m_display == Display::Photo) {
        const qint64 dark = map.relu ? 0 : map.belowZero;
        // The range stays 0 to 1; another program-wide map only changes the colours at its ends.
        const bool grey = !programMap || *programMap == ColourMapKind::Grey;
        if (dark > 0)
            parts << (grey ? tr("Drawn black: %1% below 0 (down to %2).")
                           : tr("Drawn in the lowest colour: %1% below 0 (down to %2)."))
                             .arg(percent(dark, map.pixelCount), formatNumber(map.rawMin));
        if (map.aboveOne > 0)
            parts << (grey ? tr("Drawn white: %1% above 1 (up to %2).")
                           : tr("Drawn in the highest colour: %1% above 1 (up to %2)."))
                             .arg(percent(map.aboveOne, map.pixelCount), formatNumber(map.rawMax));
        if (dark == 0 && map.aboveOne == 0)
            parts << tr("Every value lies in 0 to 1, like a photo.");
    } else {
        parts << tr("Values from %1 to %2.")
                     .arg(formatNumber(map.relu ? std::max(0.0f, map.rawMin) : map.rawMin), formatNumber(map.rawMax));
        const ValueRange range = selectedRange();
        const float* values = map.values.data();
        const qint64 beyond = std::count_if(values, values + map.values.size(), [range](float v) {
            return v < range.min || v > range.max;
        });
        if (beyond > 0)
            parts << tr("The colours end at %1 and %2: %3% of the pixels lie beyond and are drawn in the end colours.")
                         .arg(formatNumber(range.min), formatNumber(range.max), percent(beyond, map.pixelCount));
    }
    return parts.join(QLatin1Char(' '));
}

QImage ActivationModel::selectedMapImage() const
{
    if (m_selected.empty())
        return {};
    return planeToImage(m_selected.values, 0, ColourMap(colourMapKind()), rangeFor(m_selected.values));
}

QString ActivationModel::saveSelectedMap(const QString& path) const
{
    const QImage image = selectedMapImage();
    if (image.isNull())
        return tr("There is no activation map to save yet.");
    return io::saveImageAsPng(image, path);
}

QString ActivationModel::entryName(int index) const
{
    if (index >= 0 && index < presetCount())
        return io::kernelPresetText(presetId(index)).name;
    const int size = m_custom.dim(-1);
    return tr("Custom %1").arg(QString::number(size) + times + QString::number(size));
}

QString ActivationModel::selectedName() const { return entryName(m_selection); }

QJsonObject ActivationModel::saveState() const
{
    QJsonObject state = kernelState();
    state.insert(QStringLiteral("picture"), m_source.path);
    state.insert(QStringLiteral("pictureName"), m_source.name);
    state.insert(QStringLiteral("resolution"), m_resolution);
    state.insert(QStringLiteral("rgb"), m_channelMode == io::ChannelMode::Rgb);
    state.insert(QStringLiteral("channel"), m_channel);
    state.insert(QStringLiteral("display"), displayIds[static_cast<std::size_t>(m_display)]);
    return state;
}

QJsonObject ActivationModel::kernelState() const
{
    QJsonArray weights;
    for (float w : m_custom.values())
        weights.append(static_cast<double>(w));
    return QJsonObject{
        {QStringLiteral("kernel"), m_selection == customIndex() ? QStringLiteral("custom")
                                                                : QString::fromStdString(presetId(m_selection))},
        {QStringLiteral("customSize"), m_custom.dim(-1)},
        {QStringLiteral("custom"), weights},
        {QStringLiteral("relu"), m_relu},
    };
}

void ActivationModel::restoreKernelState(const QJsonObject& state)
{
    const QJsonObject now = kernelState();
    const bool customChanged = state.value(QStringLiteral("custom")) != now.value(QStringLiteral("custom"));
    if (std::optional<core::Tensor> custom = customFromState(state); custom && customChanged)
        setCustomKernel(*custom);
    if (const std::optional<int> selection = selectionFromState(state))
        setSelection(*selection);
    setRelu(state.value(QStringLiteral("relu")).toBool(m_relu));
}

std::optional<core::Tensor> ActivationModel::customFromState(const QJsonObject& state)
{
    const int size = state.value(QStringLiteral("customSize")).toInt();
    const QJsonArray weights = state.value(QStringLiteral("custom")).toArray();
    if ((size != 3 && size != 5) || weights.size() != size * size)
        return std::nullopt;
    core::Tensor custom({1, 1, size, size});
    for (int i = 0; i < weights.size(); ++i) {
        // JSON has no infinity or NaN: a weight is a number within ±100, or the kernel is damaged.
        if (!weights[i].isDouble() || std::abs(weights[i].toDouble()) > 100.0)
            return std::nullopt;
        const double w = weights[i].toDouble();
        custom.data()[i] = static_cast<float>(w);
    }
    return custom;
}

std::optional<int> ActivationModel::selectionFromState(const QJsonObject& state) const
{
    const QString kernelId = state.value(QStringLiteral("kernel")).toString();
    if (kernelId == QStringLiteral("custom"))
        return customIndex();
    for (int i = 0; i < presetCount(); ++i)
        if (QString::fromStdString(presetId(i)) == kernelId)
            return i;
    return std::nullopt;
}

void ActivationModel::restoreState(const QJsonObject& state)
{
    m_resolution = std::clamp(state.value(QStringLiteral("resolution")).toInt(m_resolution), 0, 1 << 16);
    m_channelMode = state.value(QStringLiteral("rgb")).toBool(false) ? io::ChannelMode::Rgb : io::ChannelMode::Gray;
    m_channel = m_channelMode == io::ChannelMode::Rgb ? std::clamp(state.value(QStringLiteral("channel")).toInt(0), 0, 2) : 0;
    m_relu = state.value(QStringLiteral("relu")).toBool(false);
    const qsizetype display = std::find(displayIds.begin(), displayIds.end(), state.value(QStringLiteral("display")).toString())
                              - displayIds.begin();
    m_display = display < static_cast<qsizetype>(displayIds.size()) ? static_cast<Display>(display) : Display::Photo;

    if (std::optional<core::Tensor> custom = customFromState(state))
        m_custom = std::move(*custom);
    if (const std::optional<int> selection = selectionFromState(state))
        m_selection = *selection;
    m_trace.reset();

    // Load first: the channels must match the channel mode before any view asks for a map.
    const QString picture = state.value(QStringLiteral("picture")).toString();
    const QString name = state.value(QStringLiteral("pictureName")).toString();
    const QString shownName = name.isEmpty() ? QFileInfo(picture).fileName() : name;
    // A lesson's own copy comes first: the file it was made from may be on another computer.
    const QByteArray carried = io::carriedPicture(state, QString::fromLatin1(carriedPictureKey));
    bool opened = false;
    if (!carried.isEmpty()) {
        io::DecodedImage decoded = io::decodeImageBytes(carried, shownName);
        if (decoded.ok())
            opened = openImage(decoded.image, shownName);
        else
            fail(decoded.error);
    } else if (!picture.isEmpty()) {
        opened = openFile(picture, name);
    }
    const QString failure = m_lastError;
    if (!opened && hasPicture()) {
        loadSource(m_source, m_originalSize);
        if (!failure.isEmpty())
            fail(io::fitKoreanParticles(tr("The picture %1 could not be shown, so %2 stays: %3")
                                            .arg(shownName, m_source.name, failure)));
    }
    emit kernelChanged();
    emit displayChanged();
}

QJsonObject ActivationModel::saveLessonState(QStringList& notes) const
{
    QJsonObject state = saveState();
    const QString key = QString::fromLatin1(carriedPictureKey);
    const QString note = m_source.path.isEmpty()
                             ? io::carryPictureImage(state, key, m_source.image, m_source.name, m_resolution)
                             : io::carryPictureFile(state, key, m_source.path, m_resolution);
    if (!note.isEmpty())
        notes.append(note);
    return state;
}

void ActivationModel::fail(const QString& message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace convscope::ui
