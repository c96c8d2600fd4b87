#include "core/conv2d_gemm.h"

#include "core/im2col.h"
#include "core/parallel_for.h"
#include "core/tensor.h"

#include <algorithm>
#include <vector>

namespace convscope::core {
namespace {

// A columns buffer of about 256 K floats (1 MB) keeps one block's unfolded windows near the L2 cache.
constexpr std::size_t columnsBudget = 256 * 1024;

} // namespace

void conv2dGemm(const ConvGeometry& g, const float* input, const float* kernels, const float* bias, float* output)
{
    const int taps = g.channels * g.kernelHeight * g.kernelWidth; // C·FH·FW, the rows of the columns matrix
    const std::size_t rowCells = static_cast<std::size_t>(taps) * g.outWidth;
    const int rowsPerBlock = static_cast<int>(std::clamp<std::size_t>(columnsBudget / rowCells, 1, g.outHeight));
    const int blocks = (g.outHeight + rowsPerBlock - 1) / rowsPerBlock;
    const std::int64_t workPerBlock = static_cast<std::int64_t>(g.outChannels) * taps * rowsPerBlock * g.outWidth;
    const ConstMatrixMap weights(kernels, g.outChannels, taps);

    parallelFor(blocks, workPerBlock, [&](int blockBegin, int blockEnd) {
        std::vector<float> columns(static_cast<std::size_t>(rowsPerBlock) * rowCells);
        for (int block = blockBegin; block < blockEnd; ++block) {
            const int rowBegin = block * rowsPerBlock;
            const int rowEnd = std::min(g.outHeight, rowBegin + rowsPerBlock);
            const int n = (rowEnd - rowBegin) * g.outWidth;
            im2col(g, input, rowBegin, rowEnd, columns.data());
            // The K output planes are H_out·W_out apart; this block is n consecutive cells of each.
            const Eigen::OuterStride<> planeStride(static_cast<Eigen::Index>(g.outputPlaneSize()));
            Eigen::Map<Matrix, 0, Eigen::OuterStride<>> out(output + static_cast<std::size_t>(rowBegin) * g.outWidth,
                                                              g.outChannels, n, planeStride);
            out.noalias() = weights * ConstMatrixMap(columns.data(), taps, n);
            if (bias)
                out.colwise() += Eigen::Map<const Eigen::VectorXf>(bias, g.outChannels);
        }
    });
}

} // namespace convscope::core
