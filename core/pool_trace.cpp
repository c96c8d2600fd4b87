#include "core/pool_trace.h"

#include "core/pool_geometry.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace convscope::core {

PoolTrace::PoolTrace(Tensor input, PoolMode mode, Pool2dParams params)
    : m_input(std::move(input))
    , m_mode(mode)
    , m_params(params)
{
    const PoolGeometry g = PoolGeometry::of(m_input.shape(), m_params);
    // Keep the full rank so that input() indexes as C×H×W.
    if (m_input.rank() != 3)
        m_input = m_input.reshaped({g.channels, g.height, g.width});
    m_outputShape = g.outputShape();
    if (static_cast<long long>(g.channels) * g.outHeight * g.outWidth > std::numeric_limits<int>::max())
        throw InvalidOperation("the pooling has too many output cells to trace step by step");
}

int PoolTrace::stepCount() const
{
    return m_outputShape[0] * m_outputShape[1] * m_outputShape[2];
}

// Step i writes output cell (c, y, x) with i = (c·H_out + y)·W_out + x; its window is the FY×FX
// block whose top-left input cell is (y·SY, x·SX).
PoolStep PoolTrace::step(int index) const
{
    if (index < 0 || index >= stepCount())
        throw std::out_of_range("pooling step " + std::to_string(index) + " is outside 0.."
                                + std::to_string(stepCount() - 1));
    const int outPlane = m_outputShape[1] * m_outputShape[2];
    PoolStep step;
    step.index = index;
    step.channel = index / outPlane;
    step.outY = index % outPlane / m_outputShape[2];
    step.outX = index % m_outputShape[2];
    step.cells.reserve(static_cast<std::size_t>(m_params.windowY) * m_params.windowX);

    const int top = step.outY * m_params.effectiveStrideY();
    const int left = step.outX * m_params.effectiveStrideX();
    for (int i = 0; i < m_params.windowY; ++i) {
        for (int j = 0; j < m_params.windowX; ++j) {
            const PoolTraceCell cell{top + i, left + j, m_input.at(step.channel, top + i, left + j)};
            step.sum += cell.value;
            // Strict comparison: on a tie the first cell in reading order is the chosen one.
            const bool better = step.chosenCell < 0
                                || (m_mode == PoolMode::Max ? cell.value > step.cells[step.chosenCell].value
                                                            : cell.value < step.cells[step.chosenCell].value);
            if (m_mode != PoolMode::Average && better)
                step.chosenCell = static_cast<int>(step.cells.size());
            step.cells.push_back(cell);
        }
    }
    step.result = m_mode == PoolMode::Average
                      ? step.sum / static_cast<float>(m_params.windowY * m_params.windowX)
                      : step.cells[static_cast<std::size_t>(step.chosenCell)].value;
    return step;
}

int PoolTrace::stepOf(int channel, int outY, int outX) const
{
    if (channel < 0 || channel >= m_outputShape[0] || outY < 0 || outY >= m_outputShape[1] || outX < 0
        || outX >= m_outputShape[2])
        throw std::out_of_range("output cell (" + std::to_string(channel) + ", " + std::to_string(outY) + ", "
                                + std::to_string(outX) + ") is outside the pooled output");
    return (channel * m_outputShape[1] + outY) * m_outputShape[2] + outX;
}

int PoolTrace::droppedRows() const
{
    return PoolGeometry::of(m_input.shape(), m_params).droppedRows();
}

int PoolTrace::droppedColumns() const
{
    return PoolGeometry::of(m_input.shape(), m_params).droppedColumns();
}

} // namespace convscope::core
