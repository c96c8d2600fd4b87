#include "core/conv_trace.h"

#include "core/conv_geometry.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace convscope::core {
namespace {

// The output positions along one axis whose window covers input position p:
//   p = o·S − P + i·D  for some kernel tap 0 ≤ i < F  ⇔  o = (p + P − i·D) / S, divisible, 0 ≤ o < out.
// Different taps give different o, so the list has no repeats; it is returned ascending.
std::vector<int> outputsCovering(int p, int length, int outLength, int filter, int stride, int padding, int dilation)
{
    std::vector<int> outputs;
    if (p < -padding || p >= length + padding)
        return outputs;
    // Larger taps give smaller o: walk the taps backwards for an ascending list.
    for (int i = filter - 1; i >= 0; --i) {
        const int numerator = p + padding - i * dilation;
        if (numerator < 0 || numerator % stride != 0)
            continue;
        const int o = numerator / stride;
        if (o < outLength)
            outputs.push_back(o);
    }
    return outputs;
}

} // namespace

ConvTrace::ConvTrace(Tensor input, Tensor kernels, std::vector<float> bias, Conv2dParams params)
    : m_input(std::move(input))
    , m_kernels(std::move(kernels))
    , m_bias(std::move(bias))
    , m_params(params)
{
    const ConvGeometry g = ConvGeometry::of(m_input, m_kernels, m_bias, m_params);
    // Keep the full ranks so that input() and kernels() index as C×H×W and K×C×FH×FW.
    if (m_input.rank() != 3)
        m_input = m_input.reshaped({g.channels, g.height, g.width});
    if (m_kernels.rank() != 4)
        m_kernels = m_kernels.reshaped({g.outChannels, g.channels, g.kernelHeight, g.kernelWidth});
    m_outputShape = g.outputShape();
    // Steps are numbered by int, as the views scrub them; a trace that large is never animated.
    if (static_cast<long long>(g.outChannels) * g.outHeight * g.outWidth > std::numeric_limits<int>::max())
        throw InvalidOperation("the convolution has too many output cells to trace step by step ("
                               + std::to_string(g.outChannels) + "\u00d7" + std::to_string(g.outHeight) + "\u00d7"
                               + std::to_string(g.outWidth) + ")");
}

int ConvTrace::stepCount() const
{
    return m_outputShape[0] * m_outputShape[1] * m_outputShape[2];
}

// Step i writes output cell (k, y, x) with i = (k·H_out + y)·W_out + x; its window starts at input
// (y·SY − PY, x·SX − PX) and steps by the dilation.
ConvStep ConvTrace::step(int index) const
{
    if (index < 0 || index >= stepCount())
        throw std::out_of_range("convolution step " + std::to_string(index) + " is outside 0.."
                                + std::to_string(stepCount() - 1));
    const int channels = m_input.dim(0);
    const int height = m_input.dim(1);
    const int width = m_input.dim(2);
    const int kernelHeight = m_kernels.dim(2);
    const int kernelWidth = m_kernels.dim(3);
    const int outPlane = m_outputShape[1] * m_outputShape[2];

    ConvStep step;
    step.index = index;
    step.outChannel = index / outPlane;
    step.outY = index % outPlane / m_outputShape[2];
    step.outX = index % m_outputShape[2];
    step.cells.reserve(static_cast<std::size_t>(channels) * kernelHeight * kernelWidth);
    step.channelSums.reserve(static_cast<std::size_t>(channels));

    const int top = step.outY * m_params.strideY - m_params.paddingY;
    const int left = step.outX * m_params.strideX - m_params.paddingX;
    float total = 0.0f;
    for (int c = 0; c < channels; ++c) {
        float channelSum = 0.0f;
        for (int i = 0; i < kernelHeight; ++i) {
            for (int j = 0; j < kernelWidth; ++j) {
                ConvTraceCell cell;
                cell.channel = c;
                cell.y = top + i * m_params.dilationY;
                cell.x = left + j * m_params.dilationX;
                cell.kernelY = i;
                cell.kernelX = j;
                cell.isPadding = cell.y < 0 || cell.y >= height || cell.x < 0 || cell.x >= width;
                cell.weight = m_kernels.at(step.outChannel, c, i, j);
                if (!cell.isPadding) {
                    cell.input = m_input.at(c, cell.y, cell.x);
                    cell.product = cell.input * cell.weight;
                    channelSum += cell.product;
                }
                step.cells.push_back(cell);
            }
        }
        step.channelSums.push_back(channelSum);
        total += channelSum;
    }
    step.bias = m_bias.empty() ? 0.0f : m_bias[static_cast<std::size_t>(step.outChannel)];
    step.total = m_bias.empty() ? total : total + step.bias;
    return step;
}

int ConvTrace::stepOf(int outChannel, int outY, int outX) const
{
    if (outChannel < 0 || outChannel >= m_outputShape[0] || outY < 0 || outY >= m_outputShape[1] || outX < 0
        || outX >= m_outputShape[2])
        throw std::out_of_range("output cell (" + std::to_string(outChannel) + ", " + std::to_string(outY) + ", "
                                + std::to_string(outX) + ") is outside the output");
    return (outChannel * m_outputShape[1] + outY) * m_outputShape[2] + outX;
}

// Every output channel reads every input channel, so the covering rows and columns repeat for each k.
std::vector<int> ConvTrace::stepsReading(int channel, int y, int x) const
{
    std::vector<int> steps;
    if (channel < 0 || channel >= m_input.dim(0))
        return steps;
    const std::vector<int> rows = outputsCovering(y, m_input.dim(1), m_outputShape[1], m_kernels.dim(2),
                                                  m_params.strideY, m_params.paddingY, m_params.dilationY);
    const std::vector<int> columns = outputsCovering(x, m_input.dim(2), m_outputShape[2], m_kernels.dim(3),
                                                     m_params.strideX, m_params.paddingX, m_params.dilationX);
    steps.reserve(static_cast<std::size_t>(m_outputShape[0]) * rows.size() * columns.size());
    for (int k = 0; k < m_outputShape[0]; ++k) {
        for (int oy : rows) {
            for (int ox : columns)
                steps.push_back(stepOf(k, oy, ox));
        }
    }
    return steps;
}

} // namespace convscope::core
