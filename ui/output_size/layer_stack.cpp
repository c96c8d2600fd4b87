#include "ui/output_size/layer_stack.h"

#include <algorithm>

namespace convscope::ui {

LayerStack LayerStack::classroom()
{
    LayerStack stack;
    stack.append(StackLayer::conv(8, 3, 1, 1));
    stack.append(StackLayer::pool(2));
    stack.append(StackLayer::conv(16, 3, 1, 1));
    stack.append(StackLayer::pool(2));
    return stack;
}

void LayerStack::insert(int index, const StackLayer& layer)
{
    if (isFull())
        return;
    index = std::clamp(index, 0, static_cast<int>(m_layers.size()));
    m_layers.insert(m_layers.begin() + index, layer);
}

void LayerStack::remove(int index)
{
    if (index >= 0 && index < static_cast<int>(m_layers.size()))
        m_layers.erase(m_layers.begin() + index);
}

void LayerStack::replace(int index, const StackLayer& layer)
{
    if (index >= 0 && index < static_cast<int>(m_layers.size()))
        m_layers[static_cast<std::size_t>(index)] = layer;
}

std::vector<StackRow> LayerStack::evaluate() const
{
    std::vector<StackRow> rows;
    rows.reserve(m_layers.size());
    StackShape shape = m_input;
    bool failed = false;
    for (const StackLayer& layer : m_layers) {
        StackRow row;
        if (failed) {
            row.afterError = true;
            rows.push_back(row);
            continue;
        }
        const bool conv = layer.kind == StackLayer::Kind::Conv;
        const int padding = conv ? layer.padding : 0;
        row.widthSize = core::outputSize(shape.width, layer.filter, layer.stride, padding);
        row.heightSize = core::outputSize(shape.height, layer.filter, layer.stride, padding);
        const bool channelsOk = !conv || (layer.filters > 0 && shape.channels > 0);
        row.valid = row.widthSize.valid() && row.heightSize.valid() && channelsOk;
        if (row.valid) {
            const int channels = conv ? layer.filters : shape.channels;
            row.shape = {row.widthSize.size, row.heightSize.size, channels};
            if (conv) {
                const long long weightsPerFilter = static_cast<long long>(shape.channels) * layer.filter * layer.filter;
                row.parameters = static_cast<long long>(layer.filters) * (weightsPerFilter + 1);
            }
            shape = row.shape;
        } else {
            failed = true;
        }
        rows.push_back(row);
    }
    return rows;
}

long long LayerStack::totalParameters() const
{
    long long total = 0;
    for (const StackRow& row : evaluate())
        total += row.parameters;
    return total;
}

} // namespace convscope::ui
