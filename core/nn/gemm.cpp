#include "core/nn/gemm.h"

#include <algorithm>
#include <cassert>
#include <cblas.h>
#include <mutex>

namespace convscope::core {
namespace {

// A strided matrix as BLAS reads it: row-major with leading dimension `ld`, transposed or not.
struct BlasOperand {
    CBLAS_TRANSPOSE transpose;
    int ld;
};

template <typename T>
BlasOperand blasOperand(const StridedMatrix<T>& m)
{
    if (m.columnStride == 1)
        return {CblasNoTrans, static_cast<int>(std::max<std::ptrdiff_t>(m.rowStride, std::max(m.cols, 1)))};
    assert(m.rowStride == 1);
    return {CblasTrans, static_cast<int>(std::max<std::ptrdiff_t>(m.columnStride, std::max(m.rows, 1)))};
}

// The network splits a batch over its own threads, so each product runs on the thread that asks for
// it: OpenBLAS's own threads would only compete with them for the cores.
void useCallingThreadOnly()
{
    static std::once_flag once;
    std::call_once(once, [] { openblas_set_num_threads(1); });
}

void product(CBLAS_TRANSPOSE ta, CBLAS_TRANSPOSE tb, int m, int n, int k, const float* a, int lda, const float* b,
             int ldb, float beta, float* c, int ldc)
{
    cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, 1.0f, a, lda, b, ldb, beta, c, ldc);
}

void product(CBLAS_TRANSPOSE ta, CBLAS_TRANSPOSE tb, int m, int n, int k, const double* a, int lda, const double* b,
             int ldb, double beta, double* c, int ldc)
{
    cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, 1.0, a, lda, b, ldb, beta, c, ldc);
}

} // namespace

template <typename T>
void gemm(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c, std::ptrdiff_t ldc, bool accumulate)
{
    assert(a.cols == b.rows);
    if (a.rows == 0 || b.cols == 0)
        return;
    if (a.cols == 0) {
        if (!accumulate) {
            for (int i = 0; i < a.rows; ++i)
                std::fill(c + i * ldc, c + i * ldc + b.cols, T(0));
        }
        return;
    }
    useCallingThreadOnly();
    const BlasOperand opA = blasOperand(a);
    const BlasOperand opB = blasOperand(b);
    product(opA.transpose, opB.transpose, a.rows, b.cols, a.cols, a.data, opA.ld, b.data, opB.ld,
        accumulate ? T(1) : T(0), c, static_cast<int>(ldc));
}

template void gemm<float>(const StridedMatrix<float>&, const StridedMatrix<float>&, float*, std::ptrdiff_t, bool);
template void gemm<double>(const StridedMatrix<double>&, const StridedMatrix<double>&, double*, std::ptrdiff_t, bool);

} // namespace convscope::core
