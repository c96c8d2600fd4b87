#include "core/conv2d_direct.h"

#include "core/parallel_for.h"
#include "core/cpu_features.h"

#include <algorithm>
#include <array>
#include <vector>

namespace convscope::core {
namespace {

constexpr int largestKernel = 7;

// One input channel's share of one output row.
struct RowJob {
    float* out = nullptr;                               // W_out cells of out[k][oy]
    std::array<const float*, largestKernel> rows{};     // input row under each kernel row
    const float* weights = nullptr;                     // w[k][c], F×F row-major
    bool first = false;                                 // first input channel: start from the bias
    float bias = 0.0f;
};

// Computes, for the input channel c of the job,
//
//   out[x] = (first ? bias : out[x]) + Σ_i Σ_j w[i][j] · rows[i][x − PX + j·DX],   0 ≤ i, j < F
//
// rows[i] is the input row under kernel row i, or a row of zeros when kernel row i lies in the
// top or bottom padding, so only the columns need bounds. Columns split in three:
//
//   x:  0 … interiorBegin        interiorBegin … interiorEnd        interiorEnd … W_out
//       window hangs off the     every tap inside the row: no       window hangs off the
//       left edge: checked taps  checks, F×F taps kept in registers  right edge: checked taps
//
// The interior loop has compile-time F, so the compiler unrolls the taps and vectorises across x.
template <int F, bool First>
[[gnu::always_inline]] inline void rowBody(const RowJob& job, const ConvGeometry& g)
{
    const int padding = g.params.paddingX;
    const int dilation = g.params.dilationX;
    const int span = (F - 1) * dilation;
    const int interiorBegin = std::min(g.outWidth, padding);
    const int interiorEnd = std::max(interiorBegin, std::min(g.outWidth, g.width - span + padding));

    // Local copies: the compiler keeps them in registers, knowing `out` cannot overwrite them.
    float w[F * F];
    std::copy(job.weights, job.weights + F * F, w);
    const float* r[F];
    std::copy(job.rows.begin(), job.rows.begin() + F, r);
    float* out = job.out;
    const float bias = job.bias;

    auto borderCell = [&](int x) {
        float sum = First ? bias : out[x];
        for (int i = 0; i < F; ++i) {
            for (int j = 0; j < F; ++j) {
                const int column = x - padding + j * dilation;
                if (column >= 0 && column < g.width)
                    sum += w[i * F + j] * r[i][column];
            }
        }
        out[x] = sum;
    };

    for (int x = 0; x < interiorBegin; ++x)
        borderCell(x);
    for (int x = interiorBegin; x < interiorEnd; ++x) {
        float sum = First ? bias : out[x];
        for (int i = 0; i < F; ++i) {
            for (int j = 0; j < F; ++j)
                sum += w[i * F + j] * r[i][x - padding + j * dilation];
        }
        out[x] = sum;
    }
    for (int x = interiorEnd; x < g.outWidth; ++x)
        borderCell(x);
}

// The body is compiled twice: for the SSE2 baseline of every x86-64 processor (4 floats per
// instruction), and for AVX2 with fused multiply-add (8 floats, multiply and add in one step), chosen
// at run time as OpenCV does; the build's default flags cannot assume AVX2 without excluding older
// machines. (conv2d_direct.cpp is compiled with -ffp-contract=fast so that GCC fuses sum += w·x.)
using RowFunction = void (*)(const RowJob&, const ConvGeometry&);

template <int F>
struct BaselineKernel {
    static void run(const RowJob& job, const ConvGeometry& g)
    {
        if (job.first)
            rowBody<F, true>(job, g);
        else
            rowBody<F, false>(job, g);
    }
};

#if defined(__x86_64__) || defined(__i386__)
template <int F>
struct Avx2Kernel {
    [[gnu::target("avx2,fma")]] static void run(const RowJob& job, const ConvGeometry& g)
    {
        if (job.first)
            rowBody<F, true>(job, g);
        else
            rowBody<F, false>(job, g);
    }
};
#endif

template <template <int> class Kernel>
RowFunction rowFunctionFor(int kernelSize)
{
    switch (kernelSize) {
    case 1: return Kernel<1>::run;
    case 2: return Kernel<2>::run;
    case 3: return Kernel<3>::run;
    case 4: return Kernel<4>::run;
    case 5: return Kernel<5>::run;
    case 6: return Kernel<6>::run;
    case 7: return Kernel<7>::run;
    default: return nullptr;
    }
}

RowFunction rowFunction(int kernelSize)
{
#if defined(__x86_64__) || defined(__i386__)
    if (cpuHasAvx2Fma())
        return rowFunctionFor<Avx2Kernel>(kernelSize);
#endif
    return rowFunctionFor<BaselineKernel>(kernelSize);
}

} // namespace

bool conv2dDirectApplies(const ConvGeometry& geometry)
{
    return geometry.params.strideX == 1 && geometry.kernelHeight == geometry.kernelWidth
           && geometry.kernelWidth <= largestKernel;
}

// Output row oy of channel k:
//   out[k][oy][·] = bias[k] + Σ_c (row pass of input channel c with kernel w[k][c])
// The rows of all C input channels under this output row stay in cache while every k reads them.
void conv2dDirect(const ConvGeometry& g, const float* input, const float* kernels, const float* bias, float* output)
{
    const RowFunction accumulate = rowFunction(g.kernelWidth);
    const int f = g.kernelWidth;
    const std::int64_t workPerRow = static_cast<std::int64_t>(g.outChannels) * g.channels * f * f * g.outWidth;

    parallelFor(g.outHeight, workPerRow, [&](int rowBegin, int rowEnd) {
        const std::vector<float> zeros(static_cast<std::size_t>(g.width), 0.0f);
        RowJob job;
        for (int oy = rowBegin; oy < rowEnd; ++oy) {
            for (int k = 0; k < g.outChannels; ++k) {
                job.out = output + (static_cast<std::size_t>(k) * g.outHeight + oy) * g.outWidth;
                job.bias = bias ? bias[k] : 0.0f;
                for (int c = 0; c < g.channels; ++c) {
                    for (int i = 0; i < f; ++i) {
                        const int y = oy * g.params.strideY - g.params.paddingY + i * g.params.dilationY;
                        job.rows[static_cast<std::size_t>(i)]
                            = y >= 0 && y < g.height ? input + (static_cast<std::size_t>(c) * g.height + y) * g.width
                                                     : zeros.data();
                    }
                    job.weights = kernels + (static_cast<std::size_t>(k) * g.channels + c) * f * f;
                    job.first = c == 0;
                    accumulate(job, g);
                }
            }
        }
    });
}

} // namespace convscope::core
