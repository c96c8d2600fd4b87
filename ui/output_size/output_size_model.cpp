#include "ui/output_size/output_size_model.h"

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
    emit settingsChanged();
    if (inputChanged)
        emit stackChanged();
}

StackShape OutputSizeModel::outputShape() const
{
    if (!outputValid())
        return {};
    return {m_widthSize.size, m_heightSize.size, m_settings.filters};
}

long long OutputSizeModel::parameterCount() const
{
    const long long perFilter = static_cast<long long>(m_settings.inputChannels) * m_settings.filter * m_settings.filter;
    return static_cast<long long>(m_settings.filters) * (perFilter + 1);
}

void OutputSizeModel::appendLayer(const StackLayer& layer)
{
    m_stack.append(layer);
    emit stackChanged();
}

void OutputSizeModel::removeLayer(int index)
{
    m_stack.remove(index);
    emit stackChanged();
}

void OutputSizeModel::replaceLayer(int index, const StackLayer& layer)
{
    m_stack.replace(index, layer);
    emit stackChanged();
}

void OutputSizeModel::resetStack()
{
    const StackShape input = m_stack.input();
    m_stack = LayerStack::classroom();
    m_stack.setInput(input);
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
