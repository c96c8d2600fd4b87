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
// A and B are each row-major or the transpose of a row-major array (one of their strides is 1), as
// BLAS reads them. OpenBLAS's sgemm and dgemm compute it on the calling thread, with the kernels it
// chose for the processor at run time (AVX-512, AVX2 or SSE2). Measured on the tutorial CNN's
// shapes (conv 64×800·800×196, dense 32×3136·3136×1024 and their gradients, one thread, Xeon with
// AVX-512): 1.3 to 4.2 times the GFLOP/s of the SSE2/AVX2 kernels this replaced; oneDNN's sgemm is
// within 30% either way. Thread-safe.
template <typename T>
void gemm(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c, std::ptrdiff_t ldc, bool accumulate);

extern template void gemm<float>(const StridedMatrix<float>&, const StridedMatrix<float>&, float*, std::ptrdiff_t,
                                 bool);
extern template void gemm<double>(const StridedMatrix<double>&, const StridedMatrix<double>&, double*,
                                  std::ptrdiff_t, bool);

} // namespace convscope::core
