#pragma once

#include "core/conv_geometry.h"

#include <memory>

namespace convscope::core {

// A float convolution layer's three passes for one thread, computed by oneDNN's convolution
// primitives (direct convolutions with just-in-time compiled AVX-512, AVX2 or SSE4.1 kernels,
// chosen at run time for the processor). Batches go in and out in ConvScope's layout (each sample
// C×H×W, weights K×C×F×F); inside, oneDNN keeps them in the blocked layouts its kernels read
// (channels in groups of 16 or 8), converting on the way in and out.
//
// Measured on the tutorial CNN's second convolution (32 → 64 channels, 5×5, 14×14, 8 samples, one
// thread, Xeon with AVX-512): forward, input gradient and weight gradient at 1.3 to 1.8 times the
// GFLOP/s of OpenBLAS's sgemm alone on the im2col matrices (before the im2col copies themselves),
// and 2.4 times oneDNN's own primitive on the plain NCHW layout.
//
// One object per thread: the primitives and their scratch memory are not shared.
class OneDnnConvolution {
public:
    explicit OneDnnConvolution(const ConvGeometry& geometry);
    ~OneDnnConvolution();
    OneDnnConvolution(const OneDnnConvolution&) = delete;
    OneDnnConvolution& operator=(const OneDnnConvolution&) = delete;

    // output = input ∗ weights + bias for `rows` samples. Keeps the input in oneDNN's layout for
    // backward() of the same rows.
    void forward(const float* input, int rows, const float* weights, const float* bias, float* output);
    // weightGradient += d weights, biasGradient += d bias of these rows; inputGradient (when not
    // null) = d input. `inputKept`: the last forward() ran these very rows, so its converted input
    // is reused.
    void backward(const float* input, bool inputKept, const float* gradOutput, int rows, const float* weights,
        float* weightGradient, float* biasGradient, float* inputGradient);

private:
    struct Plan;
    Plan& planFor(int rows);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace convscope::core
