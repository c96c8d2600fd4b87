#include "ui/output_size/layer_stack.h"

#include <algorithm>

namespace convscope::ui {

LayerStack LayerStack::classroom()
{
    LayerStack stack;
    for (const core::LayerSpec& layer : core::NetworkSpec::classroom().layers) {
        if (layer.kind == core::LayerKind::Flatten)
            break;
        if (layer.kind != core::LayerKind::Relu)
            stack.append(layer);
    }
    return stack;
}

void LayerStack::setInput(const StackShape& input)
{
    m_spec.input = {input.channels, input.height, input.width};
}

StackShape LayerStack::input() const
{
    return {m_spec.input.at(2), m_spec.input.at(1), m_spec.input.at(0)};
}

void LayerStack::append(const core::LayerSpec& layer)
{
    if (!isFull())
        m_spec.layers.push_back(layer);
}

void LayerStack::insert(int index, const core::LayerSpec& layer)
{
    if (isFull())
        return;
    index = std::clamp(index, 0, static_cast<int>(m_spec.layers.size()));
    m_spec.layers.insert(m_spec.layers.begin() + index, layer);
}

void LayerStack::remove(int index)
{
    if (index >= 0 && index < static_cast<int>(m_spec.layers.size()))
        m_spec.layers.erase(m_spec.layers.begin() + index);
}

void LayerStack::replace(int index, const core::LayerSpec& layer)
{
    if (index >= 0 && index < static_cast<int>(m_spec.layers.size()))
        m_spec.layers[static_cast<std::size_t>(index)] = layer;
}

std::vector<StackRow> LayerStack::evaluate() const
{
    std::vector<StackRow> rows;
    for (const core::LayerShape& layer : m_spec.inferShapes()) {
        StackRow row;
        row.afterError = layer.input.empty();
        row.widthSize = layer.width;
        row.heightSize = layer.height;
        row.fault = layer.fault;
        row.valid = !row.afterError && layer.fault == core::LayerFault::None;
        if (row.valid) {
            // The stack's layers keep C × H × W; a flat output (a layer kind beyond the page's
            // two) is a 1 × 1 map of that many channels.
            const std::vector<int>& out = layer.output;
            row.shape = out.size() == 3 ? StackShape{out[2], out[1], out[0]} : StackShape{1, 1, out.at(0)};
            row.parameters = layer.parameters;
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace convscope::ui
