#include "core/nn/gemm.h"
#include "core/cpu_features.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <vector>

namespace convscope::core {
namespace {

// 32 bytes of T: one AVX register, or two SSE registers on the baseline build.
template <typename T>
struct Vector {
    typedef T type __attribute__((vector_size(32)));
    static constexpr int lanes = 32 / static_cast<int>(sizeof(T));
};

constexpr int tileRows = 4;     // MR: rows of the C tile the kernel keeps in registers
constexpr int tileVectors = 3;  // NR in vectors: 4 × 3 = 12 accumulators of the 16 AVX registers
constexpr int depthBlock = 256; // KC: depth of one packed block; an A panel and a B panel fit in L1
constexpr int rowBlock = 72;    // MC: rows of A packed at once (a multiple of tileRows); fits in L2

template <typename T>
constexpr int tileColumns = tileVectors * Vector<T>::lanes; // NR

// Rows [row, row + rows) and depth [depth, depth + count) of A, as panels of tileRows rows:
// panel q holds, for each depth p, its tileRows values one after another (zeros past the end).
template <typename T>
[[gnu::always_inline]] inline void packA(const StridedMatrix<T>& a, int row, int rows, int depth, int count, T* out)
{
    for (int top = 0; top < rows; top += tileRows) {
        const int height = std::min(tileRows, rows - top);
        for (int p = 0; p < count; ++p) {
            const T* source = a.data + (row + top) * a.rowStride + (depth + p) * a.columnStride;
            for (int r = 0; r < height; ++r)
                out[r] = source[r * a.rowStride];
            for (int r = height; r < tileRows; ++r)
                out[r] = T(0);
            out += tileRows;
        }
    }
}

// Depth [depth, depth + count) of all columns of B, as panels of tileColumns columns: panel q
// holds, for each depth p, its tileColumns values one after another (zeros past the end).
template <typename T>
[[gnu::always_inline]] inline void packB(const StridedMatrix<T>& b, int depth, int count, T* out)
{
    constexpr int width = tileColumns<T>;
    for (int left = 0; left < b.cols; left += width) {
        const int used = std::min(width, b.cols - left);
        for (int p = 0; p < count; ++p) {
            const T* source = b.data + (depth + p) * b.rowStride + left * b.columnStride;
            if (b.columnStride == 1) {
                std::copy(source, source + used, out);
            } else {
                for (int j = 0; j < used; ++j)
                    out[j] = source[j * b.columnStride];
            }
            std::fill(out + used, out + width, T(0));
            out += width;
        }
    }
}

// C tile (rows × cols ≤ tileRows × tileColumns) = or += the product of one A panel and one B panel
// over `count` depths. The accumulators are 2·tileRows vectors, all kept in registers.
template <typename T>
[[gnu::always_inline]] inline void kernel(int count, const T* a, const T* b, T* c, std::ptrdiff_t ldc, int rows,
                                          int cols, bool overwrite)
{
    using V = typename Vector<T>::type;
    constexpr int lanes = Vector<T>::lanes;
    constexpr int width = tileColumns<T>;
    V sum[tileRows][tileVectors] = {};
    for (int p = 0; p < count; ++p) {
        V column[tileVectors];
#pragma GCC unroll 4
        for (int v = 0; v < tileVectors; ++v)
            std::memcpy(&column[v], b + v * lanes, sizeof(V));
#pragma GCC unroll 8
        for (int r = 0; r < tileRows; ++r) {
#pragma GCC unroll 4
            for (int v = 0; v < tileVectors; ++v)
                sum[r][v] += a[r] * column[v];
        }
        a += tileRows;
        b += width;
    }
    if (rows == tileRows && cols == width) {
        for (int r = 0; r < tileRows; ++r) {
            T* row = c + r * ldc;
            for (int v = 0; v < tileVectors; ++v) {
                V value = sum[r][v];
                if (!overwrite) {
                    V old;
                    std::memcpy(&old, row + v * lanes, sizeof(V));
                    value += old;
                }
                std::memcpy(row + v * lanes, &value, sizeof(V));
            }
        }
        return;
    }
    T tile[tileRows][width];
    std::memcpy(tile, sum, sizeof(tile));
    for (int r = 0; r < rows; ++r) {
        T* row = c + r * ldc;
        for (int j = 0; j < cols; ++j)
            row[j] = overwrite ? tile[r][j] : row[j] + tile[r][j];
    }
}

template <typename T>
[[gnu::always_inline]] inline void blocked(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c,
                                           std::ptrdiff_t ldc, bool accumulate, std::vector<T>& packedA,
                                           std::vector<T>& packedB)
{
    constexpr int width = tileColumns<T>;
    const int m = a.rows;
    const int n = b.cols;
    const int k = a.cols;
    const int paddedColumns = (n + width - 1) / width * width;
    packedB.resize(static_cast<std::size_t>(std::min(k, depthBlock)) * paddedColumns);
    packedA.resize(static_cast<std::size_t>(std::min(k, depthBlock)) * rowBlock);
    for (int depth = 0; depth < k; depth += depthBlock) {
        const int count = std::min(depthBlock, k - depth);
        const bool overwrite = !accumulate && depth == 0;
        packB(b, depth, count, packedB.data());
        for (int row = 0; row < m; row += rowBlock) {
            const int rows = std::min(rowBlock, m - row);
            packA(a, row, rows, depth, count, packedA.data());
            for (int left = 0; left < n; left += width) {
                const T* panelB = packedB.data() + static_cast<std::size_t>(left) * count;
                for (int top = 0; top < rows; top += tileRows) {
                    kernel(count, packedA.data() + static_cast<std::size_t>(top) * count, panelB,
                           c + (row + top) * ldc + left, ldc, std::min(tileRows, rows - top),
                           std::min(width, n - left), overwrite);
                }
            }
        }
    }
}

// The product when both A's rows and B's columns run along the depth in memory (A·Bᵀ of two
// row-major arrays, as in d weights = d output · columnsᵀ): each C value is a dot product of two
// contiguous rows. A block of dotRowsA × dotRowsB values is accumulated in vectors along the
// depth (8 accumulators and 6 operands: 14 of the 16 AVX registers) and summed across lanes at the
// end; no packing is needed.
constexpr int dotRowsA = 4;
constexpr int dotRowsB = 2;

// The sum of a vector's lanes, read once at the end so the accumulators stay in registers.
template <typename T>
[[gnu::always_inline]] inline T lanesSum(const typename Vector<T>::type& value)
{
    T parts[Vector<T>::lanes];
    std::memcpy(parts, &value, sizeof(parts));
    T total = 0;
    for (T part : parts)
        total += part;
    return total;
}

template <typename T>
[[gnu::always_inline]] inline void dotBlocks(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c,
                                             std::ptrdiff_t ldc, bool accumulate)
{
    using V = typename Vector<T>::type;
    constexpr int lanes = Vector<T>::lanes;
    const int k = a.cols;
    const int vectorEnd = k / lanes * lanes;
    for (int i0 = 0; i0 < a.rows; i0 += dotRowsA) {
        // Rows past the end repeat the last one; their sums are computed and dropped.
        const T* rowA[dotRowsA];
        for (int r = 0; r < dotRowsA; ++r)
            rowA[r] = a.data + std::min(i0 + r, a.rows - 1) * a.rowStride;
        for (int j0 = 0; j0 < b.cols; j0 += dotRowsB) {
            const T* rowB[dotRowsB];
            for (int r = 0; r < dotRowsB; ++r)
                rowB[r] = b.data + std::min(j0 + r, b.cols - 1) * b.columnStride;
            V sum[dotRowsA][dotRowsB] = {};
            for (int p = 0; p < vectorEnd; p += lanes) {
                V x[dotRowsA];
                V y[dotRowsB];
#pragma GCC unroll 4
                for (int r = 0; r < dotRowsA; ++r)
                    std::memcpy(&x[r], rowA[r] + p, sizeof(V));
#pragma GCC unroll 2
                for (int q = 0; q < dotRowsB; ++q)
                    std::memcpy(&y[q], rowB[q] + p, sizeof(V));
#pragma GCC unroll 4
                for (int r = 0; r < dotRowsA; ++r) {
#pragma GCC unroll 2
                    for (int q = 0; q < dotRowsB; ++q)
                        sum[r][q] += x[r] * y[q];
                }
            }
            for (int r = 0; r < dotRowsA && i0 + r < a.rows; ++r) {
                for (int q = 0; q < dotRowsB && j0 + q < b.cols; ++q) {
                    T total = lanesSum<T>(sum[r][q]);
                    for (int p = vectorEnd; p < k; ++p)
                        total += rowA[r][p] * rowB[q][p];
                    T& out = c[(i0 + r) * ldc + j0 + q];
                    out = accumulate ? out + total : total;
                }
            }
        }
    }
}

template <typename T>
[[gnu::always_inline]] inline void product(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c,
                                           std::ptrdiff_t ldc, bool accumulate, std::vector<T>& packedA,
                                           std::vector<T>& packedB)
{
    // When both operands already run along the depth in memory and the depth is long, dot products
    // need no packing and no padding of a narrow B (d weights of a first conv layer: 8×784 · 784×9).
    if (a.columnStride == 1 && b.rowStride == 1 && a.cols >= 8 * Vector<T>::lanes)
        dotBlocks(a, b, c, ldc, accumulate);
    else
        blocked(a, b, c, ldc, accumulate, packedA, packedB);
}

template <typename T>
void baseline(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c, std::ptrdiff_t ldc, bool accumulate,
              std::vector<T>& packedA, std::vector<T>& packedB)
{
    product(a, b, c, ldc, accumulate, packedA, packedB);
}

#if defined(__x86_64__)
// The same code compiled for AVX2: 8 floats per instruction, and (with -ffp-contract=fast for this
// file) sum += a·b as one fused multiply-add.
template <typename T>
[[gnu::target("avx2,fma")]] void avx2(const StridedMatrix<T>& a, const StridedMatrix<T>& b, T* c,
                                      std::ptrdiff_t ldc, bool accumulate, std::vector<T>& packedA,
                                      std::vector<T>& packedB)
{
    product(a, b, c, ldc, accumulate, packedA, packedB);
}
#endif

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
    thread_local std::vector<T> packedA;
    thread_local std::vector<T> packedB;
#if defined(__x86_64__)
    if (cpuHasAvx2Fma()) {
        avx2(a, b, c, ldc, accumulate, packedA, packedB);
        return;
    }
#endif
    baseline(a, b, c, ldc, accumulate, packedA, packedB);
}

template void gemm<float>(const StridedMatrix<float>&, const StridedMatrix<float>&, float*, std::ptrdiff_t, bool);
template void gemm<double>(const StridedMatrix<double>&, const StridedMatrix<double>&, double*, std::ptrdiff_t,
                           bool);

} // namespace convscope::core
