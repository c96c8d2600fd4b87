#include "ui/output_size/output_size_model.h"

#include <QJsonArray>

#include <algorithm>

namespace convscope::ui {

OutputSizeModel::OutputSizeModel(QObject* parent)
    : QObject(parent)
{
    recompute();
}

void OutputSizeModel::setSettings(const OutputSizeSettings& settings)
{
    if (settings == m_settings)
        return;
    const bool inputChanged = settings.inputWidth != m_settings.inputWidth
                              || settings.inputHeight != m_settings.inputHeight
                              || settings.inputChannels != m_settings.inputChannels;
    m_settings = settings;
    recompute();
    m_changes.mark(inputChanged ? Settings | Stack : Settings);
}

StackShape OutputSizeModel::outputShape() const
{
    if (!outputValid())
        return {};
    return {m_widthSize.size, m_heightSize.size, m_settings.filters};
}

long long OutputSizeModel::parameterCount() const
{
    return core::LayerSpec::conv(m_settings.filters, m_settings.filter).parameterCount(m_settings.inputChannels);
}

void OutputSizeModel::appendLayer(const core::LayerSpec& layer)
{
    m_stack.append(layer);
    m_changes.mark(Stack);
}

void OutputSizeModel::removeLayer(int index)
{
    m_stack.remove(index);
    m_changes.mark(Stack);
}

void OutputSizeModel::replaceLayer(int index, const core::LayerSpec& layer)
{
    m_stack.replace(index, layer);
    m_changes.mark(Stack);
}

void OutputSizeModel::resetStack()
{
    const StackShape input = m_stack.input();
    m_stack = LayerStack::classroom();
    m_stack.setInput(input);
    m_changes.mark(Stack);
}

QJsonObject OutputSizeModel::saveState() const
{
    QJsonArray layers;
    for (const core::LayerSpec& layer : m_stack.layers()) {
        layers.append(QJsonObject{
            {QStringLiteral("kind"), layer.kind == core::LayerKind::Conv ? QStringLiteral("conv") : QStringLiteral("pool")},
            {QStringLiteral("filter"), layer.window},
            {QStringLiteral("stride"), layer.stride},
            {QStringLiteral("padding"), layer.padding},
            {QStringLiteral("filters"), layer.units},
        });
    }
    const OutputSizeSettings& s = m_settings;
    return QJsonObject{
        {QStringLiteral("inputWidth"), s.inputWidth},   {QStringLiteral("inputHeight"), s.inputHeight},
        {QStringLiteral("inputChannels"), s.inputChannels}, {QStringLiteral("filter"), s.filter},
        {QStringLiteral("stride"), s.stride},           {QStringLiteral("padding"), s.padding},
        {QStringLiteral("filters"), s.filters},         {QStringLiteral("dilation"), s.dilation},
        {QStringLiteral("stack"), layers},
    };
}

void OutputSizeModel::restoreState(const QJsonObject& state)
{
    const auto number = [&state](const char* key, int fallback, int low, int high) {
        return std::clamp(state.value(QLatin1String(key)).toInt(fallback), low, high);
    };
    OutputSizeSettings s = m_settings;
    s.inputWidth = number("inputWidth", s.inputWidth, 1, 512);
    s.inputHeight = number("inputHeight", s.inputHeight, 1, 512);
    s.inputChannels = number("inputChannels", s.inputChannels, 1, 512);
    s.filter = number("filter", s.filter, 1, 32);
    s.stride = number("stride", s.stride, 1, 16);
    s.padding = number("padding", s.padding, 0, 16);
    s.filters = number("filters", s.filters, 1, 512);
    s.dilation = number("dilation", s.dilation, 1, 8);

    if (state.contains(QStringLiteral("stack"))) {
        LayerStack stack;
        for (const QJsonValue& value : state.value(QStringLiteral("stack")).toArray()) {
            const QJsonObject layer = value.toObject();
            const QString kind = layer.value(QStringLiteral("kind")).toString();
            const int filter = std::clamp(layer.value(QStringLiteral("filter")).toInt(2), 1, 15);
            const int stride = std::clamp(layer.value(QStringLiteral("stride")).toInt(1), 1, 8);
            if (kind == QStringLiteral("conv"))
                stack.append(core::LayerSpec::conv(std::clamp(layer.value(QStringLiteral("filters")).toInt(8), 1, 1024),
                                                   filter, std::clamp(layer.value(QStringLiteral("padding")).toInt(0), 0, 8),
                                                   stride));
            else if (kind == QStringLiteral("pool"))
                stack.append(core::LayerSpec::maxPool(filter, stride));
        }
        m_stack = stack;
    }
    m_settings = s;
    recompute();
    m_changes.mark(Settings | Stack);
}

void OutputSizeModel::emitChanges(int changes)
{
    if (changes & Settings)
        emit settingsChanged();
    if (changes & Stack)
        emit stackChanged();
}

void OutputSizeModel::recompute()
{
    const OutputSizeSettings& s = m_settings;
    m_widthSize = core::outputSize(s.inputWidth, s.filter, s.stride, s.padding, s.dilation);
    m_heightSize = core::outputSize(s.inputHeight, s.filter, s.stride, s.padding, s.dilation);
    m_stack.setInput({s.inputWidth, s.inputHeight, s.inputChannels});
}

} // namespace convscope::ui
