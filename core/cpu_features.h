#pragma once

namespace convscope::core {

// True when the processor runs AVX2 and FMA instructions, which the fastest convolution and
// matrix-product kernels use; false on processors and architectures without them. Asked once.
bool cpuHasAvx2Fma();

} // namespace convscope::core
