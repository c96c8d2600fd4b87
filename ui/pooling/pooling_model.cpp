#include "ui/pooling/pooling_model.h"

#include "ui/shared/step_player.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <exception>
#include <random>

namespace convscope::ui {

namespace {

std::size_t slot(core::PoolMode mode)
{
    switch (mode) {
    case core::PoolMode::Max:
        return 0;
    case core::PoolMode::Average:
        return 1;
    case core::PoolMode::Min:
        return 2;
    }
    return 0;
}

} // namespace

PoolingModel::PoolingModel(QObject* parent)
    : QObject(parent)
    , m_player(new StepPlayer(this))
{
    resetToExample();
}

// --- the grid ------------------------------------------------------------------------------------

void PoolingModel::setInputSize(int rows, int cols)
{
    rows = std::clamp(rows, 1, maxInputSide);
    cols = std::clamp(cols, 1, maxInputSide);
    if (rows == m_input.dim(-2) && cols == m_input.dim(-1))
        return;
    // Keep the values that still fit; new cells start at 0.
    core::Tensor resized({1, rows, cols});
    for (int y = 0; y < std::min(rows, m_input.dim(-2)); ++y)
        for (int x = 0; x < std::min(cols, m_input.dim(-1)); ++x)
            resized.at(0, y, x) = m_input.at(0, y, x);
    m_input = std::move(resized);
    recomputeGrid();
}

bool PoolingModel::setInputValue(int row, int col, float value)
{
    if (row < 0 || col < 0 || row >= m_input.dim(-2) || col >= m_input.dim(-1) || !std::isfinite(value)
        || std::abs(value) > maxAbsValue)
        return false;
    m_input.at(0, row, col) = value;
    // Same shapes and steps: the position stays so the student sees the edit in place.
    recomputeGrid(false);
    return true;
}

void PoolingModel::randomizeInput()
{
    std::mt19937 rng(m_seed++);
    std::uniform_int_distribution<int> digit(0, 9);
    for (float& v : m_input.values())
        v = static_cast<float>(digit(rng));
    recomputeGrid();
}

void PoolingModel::resetToExample()
{
    m_input = core::Tensor::fromRows({{1, 1, 2, 4}, {5, 6, 7, 8}, {3, 2, 1, 0}, {1, 2, 3, 4}});
    m_window = 2;
    m_stride = 2;
    recomputeGrid();
}

bool PoolingModel::showNetworkStep(const core::Tensor& input, core::PoolMode mode, int window, int stride, int row,
                                   int col)
{
    const auto fits = [](float v) { return std::isfinite(v) && std::abs(v) <= maxAbsValue; };
    if (input.rank() != 3 || input.dim(0) != 1 || input.dim(1) > maxInputSide || input.dim(2) > maxInputSide
        || window < 1 || window > maxWindow || stride < 1 || stride > maxStride
        || !std::all_of(input.values().begin(), input.values().end(), fits))
        return false;
    m_input = input;
    m_window = window;
    m_stride = stride;
    m_focus = mode;
    recomputeGrid();
    jumpToOutput(row, col);
    return true;
}

void PoolingModel::setWindow(int window)
{
    window = std::clamp(window, 1, maxWindow);
    if (window == m_window)
        return;
    if (m_stride == m_window)
        m_stride = std::min(window, maxStride);
    m_window = window;
    recomputeGrid();
}

void PoolingModel::setStride(int stride)
{
    stride = std::clamp(stride, 1, maxStride);
    if (stride == m_stride)
        return;
    m_stride = stride;
    recomputeGrid();
}

void PoolingModel::setFocus(core::PoolMode mode)
{
    if (mode == m_focus)
        return;
    m_focus = mode;
    m_changes.mark(Structure);
}

const core::Tensor& PoolingModel::output(core::PoolMode mode) const { return m_outputs[slot(mode)]; }

std::optional<core::PoolStep> PoolingModel::currentStep(core::PoolMode mode) const
{
    const std::optional<core::PoolTrace>& trace = m_traces[slot(mode)];
    const int position = m_player->position();
    if (!trace || position <= 0 || position > trace->stepCount())
        return std::nullopt;
    return trace->step(position - 1);
}

void PoolingModel::jumpToOutput(int row, int col)
{
    const std::optional<core::PoolTrace>& trace = m_traces[0];
    if (!trace || row < 0 || col < 0 || row >= trace->outputShape()[1] || col >= trace->outputShape()[2])
        return;
    m_player->pause();
    m_player->setPosition(trace->stepOf(0, row, col) + 1);
}

void PoolingModel::recomputeGrid(bool structural)
{
    const int rows = m_input.dim(-2);
    const int cols = m_input.dim(-1);
    m_outputRows = core::outputSize(rows, m_window, m_stride, 0);
    m_outputCols = core::outputSize(cols, m_window, m_stride, 0);
    const core::Pool2dParams params{m_window, m_window, m_stride, m_stride};
    for (core::PoolMode mode : modes) {
        m_outputs[slot(mode)] = {};
        m_traces[slot(mode)].reset();
    }
    m_droppedRows = 0;
    m_droppedCols = 0;
    if (valid()) {
        try {
            for (core::PoolMode mode : modes) {
                m_outputs[slot(mode)] = core::pool2d(m_input, mode, params);
                m_traces[slot(mode)].emplace(m_input, mode, params);
            }
            m_droppedRows = m_traces[0]->droppedRows();
            m_droppedCols = m_traces[0]->droppedColumns();
        } catch (const std::exception&) {
            for (core::PoolMode mode : modes) {
                m_outputs[slot(mode)] = {};
                m_traces[slot(mode)].reset();
            }
        }
    }
    if (structural)
        m_player->reset(m_traces[0] ? m_traces[0]->stepCount() : 0);
    m_changes.mark(structural ? Structure : Values);
}

// --- the map -------------------------------------------------------------------------------------

void PoolingModel::setSourceMap(const core::Tensor& map, const QString& name, ColourMapKind colourMap,
                                const std::optional<ValueRange>& fixedRange)
{
    m_source = map;
    m_sourceName = name;
    m_mapColours = colourMap;
    m_mapRange = fixedRange ? *fixedRange
                            : contrastRange(map.data(), static_cast<qsizetype>(map.size()), ColourMap(colourMap));
    recomputeMap();
}

void PoolingModel::setMapMode(core::PoolMode mode)
{
    if (mode == m_mapMode)
        return;
    m_mapMode = mode;
    recomputeMap();
}

void PoolingModel::setMapWindow(int window)
{
    window = std::clamp(window, 2, 4);
    if (window == m_mapWindow)
        return;
    m_mapWindow = window;
    recomputeMap();
}

void PoolingModel::setRepeats(int repeats)
{
    repeats = std::clamp(repeats, 1, maxRepeats);
    if (repeats == m_repeats)
        return;
    m_repeats = repeats;
    recomputeMap();
}

void PoolingModel::recomputeMap()
{
    m_pooled.clear();
    m_mapNote.clear();
    if (m_source.empty()) {
        m_changes.mark(Map);
        return;
    }
    m_pooled.reserve(static_cast<std::size_t>(m_repeats));
    const core::Tensor* current = &m_source;
    for (int i = 0; i < m_repeats; ++i) {
        if (current->dim(-2) < m_mapWindow || current->dim(-1) < m_mapWindow) {
            m_mapNote = tr("A %1×%2 map is too small for another %3×%3 window.")
                            .arg(current->dim(-1))
                            .arg(current->dim(-2))
                            .arg(m_mapWindow);
            break;
        }
        try {
            m_pooled.push_back(core::pool2d(*current, m_mapMode, core::Pool2dParams::uniform(m_mapWindow)));
        } catch (const std::exception& e) {
            m_mapNote = QString::fromStdString(e.what());
            break;
        }
        current = &m_pooled.back();
    }
    m_changes.mark(Map);
}

void PoolingModel::emitChanges(int changes)
{
    if (changes & Structure)
        emit structureChanged();
    else if (changes & Values)
        emit valuesChanged();
    if (changes & Map)
        emit mapChanged();
}

QJsonObject PoolingModel::saveState() const
{
    QJsonArray values;
    for (float v : m_input.values())
        values.append(static_cast<double>(v));
    const auto id = [](core::PoolMode mode) { return QString::fromLatin1(core::poolModeId(mode)); };
    return QJsonObject{
        {QStringLiteral("rows"), m_input.dim(-2)},
        {QStringLiteral("cols"), m_input.dim(-1)},
        {QStringLiteral("input"), values},
        {QStringLiteral("window"), m_window},
        {QStringLiteral("stride"), m_stride},
        {QStringLiteral("mark"), id(m_focus)},
        {QStringLiteral("position"), m_player->position()},
        {QStringLiteral("mapMode"), id(m_mapMode)},
        {QStringLiteral("mapWindow"), m_mapWindow},
        {QStringLiteral("repeats"), m_repeats},
    };
}

void PoolingModel::restoreState(const QJsonObject& state)
{
    const auto mode = [&state](const char* key, core::PoolMode fallback) {
        const std::optional<core::PoolMode> parsed
            = core::poolModeFromId(state.value(QLatin1String(key)).toString().toStdString());
        return parsed.value_or(fallback);
    };
    const int rows = state.value(QStringLiteral("rows")).toInt();
    const int cols = state.value(QStringLiteral("cols")).toInt();
    const QJsonArray values = state.value(QStringLiteral("input")).toArray();
    if (rows >= 1 && cols >= 1 && rows <= maxInputSide && cols <= maxInputSide && values.size() == rows * cols) {
        core::Tensor input({1, rows, cols});
        bool usable = true;
        for (int i = 0; i < values.size(); ++i) {
            const double v = values[i].toDouble(std::nan(""));
            usable = usable && std::isfinite(v) && std::abs(v) <= maxAbsValue;
            input.data()[i] = static_cast<float>(v);
        }
        if (usable)
            m_input = std::move(input);
    }
    m_window = std::clamp(state.value(QStringLiteral("window")).toInt(m_window), 1, maxWindow);
    m_stride = std::clamp(state.value(QStringLiteral("stride")).toInt(m_stride), 1, maxStride);
    m_focus = mode("mark", m_focus);
    m_mapMode = mode("mapMode", m_mapMode);
    m_mapWindow = std::clamp(state.value(QStringLiteral("mapWindow")).toInt(m_mapWindow), 2, 4);
    m_repeats = std::clamp(state.value(QStringLiteral("repeats")).toInt(m_repeats), 1, maxRepeats);
    recomputeGrid();
    m_player->setPosition(state.value(QStringLiteral("position")).toInt(0));
    recomputeMap();
}

QString PoolingModel::modeName(core::PoolMode mode)
{
    switch (mode) {
    case core::PoolMode::Max:
        return tr("Max pooling");
    case core::PoolMode::Average:
        return tr("Average pooling");
    case core::PoolMode::Min:
        return tr("Min pooling");
    }
    return {};
}

} // namespace convscope::ui
