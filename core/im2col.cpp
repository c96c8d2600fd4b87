#include "core/im2col.h"

#include <algorithm>

namespace convscope::core {

void im2col(const ConvGeometry& g, const float* input, int rowBegin, int rowEnd, float* columns)
{
    const int strideX = g.params.strideX;
    const int paddingX = g.params.paddingX;
    const std::size_t n = static_cast<std::size_t>(rowEnd - rowBegin) * g.outWidth;

    for (int c = 0; c < g.channels; ++c) {
        for (int i = 0; i < g.kernelHeight; ++i) {
            for (int j = 0; j < g.kernelWidth; ++j) {
                float* row = columns + static_cast<std::size_t>((c * g.kernelHeight + i) * g.kernelWidth + j) * n;
                // Output columns whose tap j lands inside the image: 0 ≤ ox·SX − PX + j·DX < W.
                const int offset = j * g.params.dilationX - paddingX;
                const int first = std::clamp((-offset + strideX - 1) / strideX, 0, g.outWidth);
                const int last = std::clamp((g.width - 1 - offset) / strideX + 1, first, g.outWidth);
                for (int oy = rowBegin; oy < rowEnd; ++oy, row += g.outWidth) {
                    const int y = oy * g.params.strideY - g.params.paddingY + i * g.params.dilationY;
                    if (y < 0 || y >= g.height || g.width - 1 - offset < 0) {
                        std::fill(row, row + g.outWidth, 0.0f);
                        continue;
                    }
                    const float* source = input + (static_cast<std::size_t>(c) * g.height + y) * g.width;
                    std::fill(row, row + first, 0.0f);
                    if (strideX == 1) {
                        std::copy(source + first + offset, source + last + offset, row + first);
                    } else {
                        for (int ox = first; ox < last; ++ox)
                            row[ox] = source[ox * strideX + offset];
                    }
                    std::fill(row + last, row + g.outWidth, 0.0f);
                }
            }
        }
    }
}

} // namespace convscope::core
