#pragma once

#include "core/pool2d.h"
#include "core/tensor.h"

#include <vector>

namespace convscope::core {

struct PoolTraceCell {
    int y = 0;
    int x = 0;
    float value = 0.0f;
};

struct PoolStep {
    int index = 0;
    int channel = 0;
    int outY = 0;
    int outX = 0;
    std::vector<PoolTraceCell> cells; // the window, row by row
    int chosenCell = -1;              // index into cells of the max or min; -1 for the average
    float sum = 0.0f;                 // Σ values, shown for the average
    float result = 0.0f;              // == pool2d(...)[channel][outY][outX]
};

// The steps of a pooling, channel by channel, each top-left to bottom-right; random access.
class PoolTrace {
public:
    // Validates like pool2d and throws InvalidOperation on the same faults.
    PoolTrace(Tensor input, PoolMode mode, Pool2dParams params);

    int stepCount() const;
    PoolStep step(int index) const;
    int stepOf(int channel, int outY, int outX) const;

    // Input rows and columns that no window reaches (the leftovers at the bottom and right).
    int droppedRows() const;
    int droppedColumns() const;

    const std::vector<int>& outputShape() const { return m_outputShape; }
    const Tensor& input() const { return m_input; }
    PoolMode mode() const { return m_mode; }
    const Pool2dParams& params() const { return m_params; }

private:
    Tensor m_input;
    PoolMode m_mode;
    Pool2dParams m_params;
    std::vector<int> m_outputShape; // C, H_out, W_out
};

} // namespace convscope::core
