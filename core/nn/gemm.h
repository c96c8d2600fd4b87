#pragma once

#include <cstddef>

namespace convscope::core {

// A matrix read in place through strides: element (i, j) is data[i·rowStride + j·columnStride].
// A row-major rows × cols array is {data, rows, cols, cols, 1}; its transpose, without copying,
// {data, cols, rows, 1, cols}.
template <typename T>
struct StridedMatrix {
    const T* data = nullptr;
    int rows = 0;
    int cols = 0;
    std::ptrdiff_t rowStride = 0;
    std::ptrdiff_t columnStride = 1;
};

template <typename T>
StridedMatrix<T> rowMajor(const T* data, int rows, int cols)
{
    return {data, rows, cols, cols, 1};
}

// The transpose of the row-major rows × cols array at `data`: a cols × rows matrix.
template <typename T>
StridedMatrix<T> transposeOf(const T* data, int rows, int cols)
{
    return {data, cols, rows, 1, cols};
}

// The matrix product of the layers, C = A·B, or C += A·B when `accumulate`:
//
//   A  m × k (strided),  B  k × n (strided),  C  m × n row-major with ldc values from row to row
//
// Blocked as in BLIS (Van Zee & van de Geijn 2015): blocks of B are copied into panels of 24 (float)
// or 12 (double) columns and blocks of A into panels of 4 rows, so the innermost kernel reads both
// sequentially and keeps a 4 × 24 tile of C in registers for the whole depth of a block. When A's
// rows and B's columns both lie along the depth in memory (A·Bᵀ of two row-major arrays) and the
// depth is long, blocks of dot products are used instead, with no copying. The code is compiled
// twice, for the SSE2 of every x86-64 processor and for AVX2 with fused multiply-add, and the one
// the processor supports is chosen at run time. Thread-safe: each thread packs into its own
// buffers. Measured against Eigen's product on the classroom network's shapes (Zen 3, AVX2): 1.1
// to 2.3 times faster.
template <typename T>
void gemm(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c, std::ptrdiff_t ldc, bool accumulate);

extern template void gemm<float>(const StridedMatrix<float>&, const StridedMatrix<float>&, float*, std::ptrdiff_t,
                                 bool);
extern template void gemm<double>(const StridedMatrix<double>&, const StridedMatrix<double>&, double*,
                                  std::ptrdiff_t, bool);

} // namespace convscope::core
