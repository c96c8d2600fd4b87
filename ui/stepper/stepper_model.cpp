#include "ui/stepper/stepper_model.h"

#include "core/conv2d.h"
#include "core/kernel_presets.h"
#include "ui/io/image_loader.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <random>
#include <span>

namespace convscope::ui {

namespace {

// The lecture's worked example (glossary): its convolved feature is [[4,3,4],[2,4,3],[2,3,4]].
core::Tensor lectureImage()
{
    return core::Tensor::fromRows(
        {{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}});
}

core::Tensor lectureKernel()
{
    return core::Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}).reshaped({1, 1, 3, 3});
}

// Copies the overlapping top-left part of each plane of `from` into a zero tensor of `shape`
// (same rank, same leading dimensions), so resizing keeps what the student typed.
core::Tensor resizedPlanes(const core::Tensor& from, std::vector<int> shape)
{
    core::Tensor to(std::move(shape));
    const int rows = std::min(from.dim(-2), to.dim(-2));
    const int cols = std::min(from.dim(-1), to.dim(-1));
    const int planes = std::min(from.planeCount(), to.planeCount());
    for (int p = 0; p < planes; ++p)
        to.plane(p).topLeftCorner(rows, cols) = from.plane(p).topLeftCorner(rows, cols);
    return to;
}

bool acceptable(float value)
{
    return std::isfinite(value) && std::abs(value) <= StepperModel::maxAbsValue;
}

// The second and third kernels of RGB mode, derived from the grid so any kernel size works:
// green reads the cells the lecture's checkerboard kernel leaves out, blue the middle row.
core::Tensor rgbKernels(const core::Tensor& grey)
{
    const int rows = grey.dim(2);
    const int cols = grey.dim(3);
    core::Tensor kernels({1, 3, rows, cols});
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < cols; ++j) {
            kernels.at(0, 0, i, j) = grey.at(0, 0, i, j);
            kernels.at(0, 1, i, j) = (i + j) % 2 == 1 ? 1.0f : 0.0f;
            kernels.at(0, 2, i, j) = i == rows / 2 ? 1.0f : 0.0f;
        }
    }
    return kernels;
}

QJsonArray valuesToJson(const core::Tensor& tensor)
{
    QJsonArray values;
    for (float v : tensor.values())
        values.append(static_cast<double>(v));
    return values;
}

// Reads C×H×W values saved by valuesToJson; empty on any mismatch or bad number.
core::Tensor tensorFromJson(const QJsonValue& json, std::vector<int> shape)
{
    const QJsonArray values = json.toArray();
    core::Tensor tensor(std::move(shape));
    if (values.size() != static_cast<qsizetype>(tensor.size()))
        return {};
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i].isDouble() || !acceptable(static_cast<float>(values[i].toDouble())))
            return {};
        tensor.data()[i] = static_cast<float>(values[i].toDouble());
    }
    return tensor;
}

} // namespace

StepperModel::StepperModel(QObject* parent)
    : QObject(parent)
    , m_image(lectureImage())
    , m_kernels(lectureKernel())
    , m_player(new StepPlayer(this))
{
    m_player->setStepsPerSecond(1.5);
    connect(m_player, &StepPlayer::positionChanged, this, [this] { m_changes.mark(Position); });
    recompute(true);
    // Open on the lecture's first figure: the window on the top-left corner, 4 written.
    m_player->setPosition(1);
}

StepperModel::~StepperModel() = default;

// ---------------------------------------------------------------------------------------------
// computing

void StepperModel::recompute(bool structural)
{
    const core::Conv2dParams params = core::Conv2dParams::uniform(m_stride, m_padding, m_dilation);
    m_outputRows = core::outputSize(imageRows(), kernelRows(), m_stride, m_padding, m_dilation);
    m_outputCols = core::outputSize(imageCols(), kernelCols(), m_stride, m_padding, m_dilation);
    m_trace.reset();
    m_output = core::Tensor();
    m_uncovered.clear();
    if (m_outputRows.valid() && m_outputCols.valid()) {
        try {
            m_trace = std::make_unique<core::ConvTrace>(m_image, m_kernels, std::vector<float>{m_bias}, params);
            m_output = core::conv2d(m_image, m_kernels, {m_bias}, params);
        } catch (const core::InvalidOperation&) {
            // The sizes above already say why; the views show that sentence.
            m_trace.reset();
            m_output = core::Tensor();
        }
    }
    if (m_trace) {
        for (int y = -m_padding; y < imageRows() + m_padding; ++y)
            for (int x = -m_padding; x < imageCols() + m_padding; ++x)
                if (m_trace->stepsReading(0, y, x).empty())
                    m_uncovered.push_back({y, x});
    }

    if (structural) {
        m_networkSource.clear();
        m_reluFollows = false;
        const bool wasPlaying = m_player->isPlaying();
        const int oldPosition = m_player->position();
        m_player->reset(stepCount());
        if (wasPlaying) {
            // A new geometry mid-animation: play it again from the first window.
            m_player->setPosition(1);
            m_player->play();
        } else {
            m_player->setPosition(oldPosition);
        }
    }
    m_changes.mark(structural ? Structure : Values);
}

int StepperModel::stepCount() const
{
    return m_trace ? m_trace->stepCount() : 0;
}

std::optional<core::ConvStep> StepperModel::currentStep() const
{
    if (!m_trace || m_player->position() <= 0 || m_player->position() > stepCount())
        return std::nullopt;
    return m_trace->step(m_player->position() - 1);
}

std::vector<int> StepperModel::positionsReading(int channel, int y, int x) const
{
    std::vector<int> positions;
    if (!m_trace)
        return positions;
    for (int step : m_trace->stepsReading(channel, y, x))
        positions.push_back(step + 1);
    return positions;
}

// ---------------------------------------------------------------------------------------------
// edits

void StepperModel::setImageSize(int rows, int cols)
{
    rows = std::clamp(rows, 1, maxImageSide);
    cols = std::clamp(cols, 1, maxImageSide);
    if (rows == imageRows() && cols == imageCols())
        return;
    m_image = resizedPlanes(m_image, {channels(), rows, cols});
    recompute(true);
}

void StepperModel::setKernelSize(int rows, int cols)
{
    rows = std::clamp(rows, 1, maxKernelSide);
    cols = std::clamp(cols, 1, maxKernelSide);
    if (rows == kernelRows() && cols == kernelCols())
        return;
    m_kernels = resizedPlanes(m_kernels, {1, channels(), rows, cols});
    m_presetId.clear();
    recompute(true);
}

bool StepperModel::setImageValue(int channel, int row, int col, float value)
{
    if (!acceptable(value) || channel < 0 || channel >= channels() || row < 0 || row >= imageRows() || col < 0
        || col >= imageCols())
        return false;
    if (m_image.at(channel, row, col) != value) {
        m_image.at(channel, row, col) = value;
        recompute(false);
    }
    return true;
}

bool StepperModel::setKernelValue(int channel, int row, int col, float value)
{
    if (!acceptable(value) || channel < 0 || channel >= channels() || row < 0 || row >= kernelRows() || col < 0
        || col >= kernelCols())
        return false;
    if (m_kernels.at(0, channel, row, col) != value) {
        m_kernels.at(0, channel, row, col) = value;
        m_presetId.clear();
        recompute(false);
    }
    return true;
}

bool StepperModel::setBias(float bias)
{
    if (!acceptable(bias))
        return false;
    if (bias != m_bias) {
        m_bias = bias;
        recompute(false);
    }
    return true;
}

void StepperModel::setStride(int stride)
{
    stride = std::clamp(stride, 1, maxStride);
    if (stride == m_stride)
        return;
    m_stride = stride;
    recompute(true);
}

void StepperModel::setPadding(int padding)
{
    padding = std::clamp(padding, 0, maxPadding);
    if (padding == m_padding)
        return;
    m_padding = padding;
    recompute(true);
}

void StepperModel::setDilation(int dilation)
{
    dilation = std::clamp(dilation, 1, maxDilation);
    if (dilation == m_dilation)
        return;
    m_dilation = dilation;
    recompute(true);
}

void StepperModel::setRgb(bool rgb)
{
    if (rgb == isRgb())
        return;
    if (rgb) {
        // Red keeps the current picture; green and blue get their own 0/1 patterns so the three
        // per-channel sums differ.
        core::Tensor image({3, imageRows(), imageCols()});
        image.plane(0) = m_image.plane(0);
        std::mt19937 generator(7);
        std::bernoulli_distribution coin(0.5);
        for (int c = 1; c < 3; ++c)
            for (float& v : std::span<float>(image.plane(c).data(), static_cast<std::size_t>(image.plane(c).size())))
                v = coin(generator) ? 1.0f : 0.0f;
        m_image = std::move(image);
        m_kernels = rgbKernels(m_kernels);
        m_bias = 1.0f;
    } else {
        m_image = core::Tensor::fromMatrix(m_image.plane(0));
        core::Tensor kernel({1, 1, kernelRows(), kernelCols()});
        kernel.plane(0) = m_kernels.plane(0);
        m_kernels = std::move(kernel);
        m_bias = 0.0f;
    }
    m_presetId.clear();
    recompute(true);
}

bool StepperModel::applyPreset(std::string_view id)
{
    const std::optional<core::KernelPreset> preset = core::findKernelPreset(id);
    if (!preset)
        return false;
    const int rows = preset->kernel.dim(-2);
    const int cols = preset->kernel.dim(-1);
    const bool resized = rows != kernelRows() || cols != kernelCols();
    core::Tensor kernels({1, channels(), rows, cols});
    for (int c = 0; c < channels(); ++c)
        kernels.plane(c) = preset->kernel.plane(0);
    m_kernels = std::move(kernels);
    m_presetId = QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
    recompute(resized);
    return true;
}

void StepperModel::randomizeImage()
{
    std::mt19937 generator(m_randomSeed++);
    std::bernoulli_distribution coin(0.5);
    for (float& v : m_image.values())
        v = coin(generator) ? 1.0f : 0.0f;
    recompute(false);
}

QString StepperModel::loadImage(const QString& path, int gridSide)
{
    gridSide = std::clamp(gridSide, minLoadGrid, maxLoadGrid);
    const io::ImageLoadResult loaded =
        io::loadImageTensor(path, isRgb() ? io::ChannelMode::Rgb : io::ChannelMode::Gray, gridSide);
    if (!loaded.ok())
        return loaded.error;
    core::Tensor image = loaded.tensor;
    for (float& v : image.values())
        v = std::round(v * 100.0f) / 100.0f;
    const bool resized = image.shape() != m_image.shape();
    m_image = std::move(image);
    recompute(resized);
    return {};
}

void StepperModel::resetToLectureExample()
{
    m_player->pause();
    m_image = lectureImage();
    m_kernels = lectureKernel();
    m_bias = 0.0f;
    m_stride = 1;
    m_padding = 0;
    m_dilation = 1;
    m_presetId.clear();
    recompute(true);
    m_player->setPosition(1);
}

bool StepperModel::showNetworkStep(const ConvStepRequest& request)
{
    const core::Tensor& image = request.input;
    const core::Tensor& kernels = request.kernels;
    const int stride = request.stride;
    const int padding = request.padding;
    const int channelCount = image.rank() == 3 ? image.dim(0) : 0;
    if (channelCount < 1 || channelCount > maxChannels || image.dim(1) > maxImageSide || image.dim(2) > maxImageSide
        || kernels.rank() != 4 || kernels.dim(0) != 1 || kernels.dim(1) != channelCount
        || kernels.dim(2) > maxKernelSide || kernels.dim(3) > maxKernelSide || stride < 1 || stride > maxStride
        || padding < 0 || padding > maxPadding || !std::isfinite(request.bias))
        return false;
    m_player->pause();
    m_image = image;
    m_kernels = kernels;
    m_bias = request.bias;
    m_stride = stride;
    m_padding = padding;
    m_dilation = 1;
    m_presetId.clear();
    recompute(true);
    m_networkSource = request.title;
    m_reluFollows = request.reluFollows;
    jumpToOutput(request.outY, request.outX);
    return true;
}

// ---------------------------------------------------------------------------------------------
// stepping

void StepperModel::jumpToOutput(int row, int col)
{
    if (!m_trace || row < 0 || col < 0 || row >= m_trace->outputShape()[1] || col >= m_trace->outputShape()[2])
        return;
    m_player->setPosition(m_trace->stepOf(0, row, col) + 1);
}

// ---------------------------------------------------------------------------------------------
// change notification

void StepperModel::emitChanges(int changes)
{
    if (changes & Structure)
        emit structureChanged();
    else if (changes & Values)
        emit valuesChanged();
    if (changes & (Position | Structure | Values))
        emit positionChanged(m_player->position());
}

// ---------------------------------------------------------------------------------------------
// persistence

QJsonObject StepperModel::saveState() const
{
    return QJsonObject{
        {QStringLiteral("channels"), channels()},
        {QStringLiteral("imageRows"), imageRows()},
        {QStringLiteral("imageCols"), imageCols()},
        {QStringLiteral("image"), valuesToJson(m_image)},
        {QStringLiteral("kernelRows"), kernelRows()},
        {QStringLiteral("kernelCols"), kernelCols()},
        {QStringLiteral("kernels"), valuesToJson(m_kernels)},
        {QStringLiteral("bias"), static_cast<double>(m_bias)},
        {QStringLiteral("stride"), m_stride},
        {QStringLiteral("padding"), m_padding},
        {QStringLiteral("dilation"), m_dilation},
        {QStringLiteral("preset"), m_presetId},
        {QStringLiteral("position"), m_player->position()},
        {QStringLiteral("stepsPerSecond"), m_player->stepsPerSecond()},
    };
}

bool StepperModel::restoreState(const QJsonObject& state)
{
    const int channelCount = state.value(QStringLiteral("channels")).toInt();
    const int rows = state.value(QStringLiteral("imageRows")).toInt();
    const int cols = state.value(QStringLiteral("imageCols")).toInt();
    const int kRows = state.value(QStringLiteral("kernelRows")).toInt();
    const int kCols = state.value(QStringLiteral("kernelCols")).toInt();
    if (channelCount < 1 || channelCount > maxChannels || rows < 1 || rows > maxImageSide || cols < 1
        || cols > maxImageSide || kRows < 1 || kRows > maxKernelSide || kCols < 1 || kCols > maxKernelSide)
        return false;
    core::Tensor image = tensorFromJson(state.value(QStringLiteral("image")), {channelCount, rows, cols});
    core::Tensor kernels = tensorFromJson(state.value(QStringLiteral("kernels")), {1, channelCount, kRows, kCols});
    const float bias = static_cast<float>(state.value(QStringLiteral("bias")).toDouble());
    if (image.empty() || kernels.empty() || !acceptable(bias))
        return false;
    m_player->pause();
    m_image = std::move(image);
    m_kernels = std::move(kernels);
    m_bias = bias;
    m_stride = std::clamp(state.value(QStringLiteral("stride")).toInt(1), 1, maxStride);
    m_padding = std::clamp(state.value(QStringLiteral("padding")).toInt(0), 0, maxPadding);
    m_dilation = std::clamp(state.value(QStringLiteral("dilation")).toInt(1), 1, maxDilation);
    m_presetId = state.value(QStringLiteral("preset")).toString();
    m_player->setStepsPerSecond(state.value(QStringLiteral("stepsPerSecond")).toDouble(m_player->stepsPerSecond()));
    recompute(true);
    m_player->setPosition(state.value(QStringLiteral("position")).toInt(1));
    return true;
}

} // namespace convscope::ui
