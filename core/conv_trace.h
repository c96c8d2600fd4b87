#pragma once

#include "core/conv2d.h"
#include "core/tensor.h"

#include <vector>

namespace convscope::core {

// One input cell under the window at one step: the lecture's "1 ×1" written beside a cell.
struct ConvTraceCell {
    int channel = 0;
    int y = 0;            // row in the unpadded input; outside [0, H) when isPadding
    int x = 0;            // column in the unpadded input; outside [0, W) when isPadding
    int kernelY = 0;      // position inside the kernel
    int kernelX = 0;
    bool isPadding = false;
    float input = 0.0f;   // 0 for a padding cell
    float weight = 0.0f;
    float product = 0.0f; // input · weight
};

// Everything shown at one step of a convolution: which output cell is written and how.
struct ConvStep {
    int index = 0;
    int outChannel = 0;
    int outY = 0;
    int outX = 0;
    std::vector<ConvTraceCell> cells;  // channel-major, then kernel row, then kernel column
    std::vector<float> channelSums;    // Σ products per input channel
    float bias = 0.0f;
    float total = 0.0f;                // Σ channelSums + bias == conv2d(...)[outChannel][outY][outX]
};

// The steps of a convolution in the order the lecture animates them: output channel, then row,
// then column (top-left to bottom-right). Any step is computed directly from its index, so
// stepping back, jumping and scrubbing cost the same as stepping forward.
class ConvTrace {
public:
    // Validates like conv2d and throws InvalidOperation on the same faults.
    ConvTrace(Tensor input, Tensor kernels, std::vector<float> bias, Conv2dParams params);

    int stepCount() const;
    ConvStep step(int index) const;

    // The step that writes output cell (k, y, x).
    int stepOf(int outChannel, int outY, int outX) const;

    // The output cells (as step indices, ascending) whose window covers input cell (c, y, x);
    // y and x may lie in the padding ring.
    std::vector<int> stepsReading(int channel, int y, int x) const;

    const std::vector<int>& outputShape() const { return m_outputShape; }
    const Tensor& input() const { return m_input; }
    const Tensor& kernels() const { return m_kernels; }
    const std::vector<float>& bias() const { return m_bias; }
    const Conv2dParams& params() const { return m_params; }

private:
    Tensor m_input;
    Tensor m_kernels;
    std::vector<float> m_bias;
    Conv2dParams m_params;
    std::vector<int> m_outputShape; // K, H_out, W_out
};

} // namespace convscope::core
