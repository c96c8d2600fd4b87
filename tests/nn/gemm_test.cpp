// The layers' matrix product against the plain triple loop, for every way the layers call it (A or
// B read transposed, C overwritten or added to) and shapes that cross every block edge.
#include "core/nn/gemm.h"
#include "tests/catch.h"

#include <array>
#include <cmath>
#include <random>
#include <vector>

using namespace convscope::core;

namespace {

template <typename T>
void checkProduct(int m, int n, int k, bool transposeA, bool transposeB, bool accumulate, std::mt19937& rng)
{
    INFO("m " << m << " n " << n << " k " << k << (transposeA ? " Aᵀ" : "") << (transposeB ? " Bᵀ" : "")
              << (accumulate ? " +=" : " ="));
    std::uniform_real_distribution<double> draw(-1.0, 1.0);
    const auto filled = [&](std::size_t count) {
        std::vector<T> values(count);
        for (T& value : values)
            value = static_cast<T>(draw(rng));
        return values;
    };
    // A and B as stored: row-major m × k and k × n, or their transposes k × m and n × k.
    const std::vector<T> a = filled(static_cast<std::size_t>(m) * k);
    const std::vector<T> b = filled(static_cast<std::size_t>(k) * n);
    const auto aAt = [&](int i, int p) { return transposeA ? a[p * m + i] : a[i * k + p]; };
    const auto bAt = [&](int p, int j) { return transposeB ? b[j * k + p] : b[p * n + j]; };
    const int ldc = n + 3; // C inside a wider array: the columns past n must stay untouched
    std::vector<T> c = filled(static_cast<std::size_t>(m) * ldc);
    std::vector<T> expected = c;
    for (int i = 0; i < m; ++i) {
        for (int j = 0; j < n; ++j) {
            double sum = 0.0;
            for (int p = 0; p < k; ++p)
                sum += static_cast<double>(aAt(i, p)) * static_cast<double>(bAt(p, j));
            expected[i * ldc + j] = static_cast<T>((accumulate ? expected[i * ldc + j] : 0.0) + sum);
        }
    }
    const StridedMatrix<T> viewA = transposeA ? transposeOf(a.data(), k, m) : rowMajor(a.data(), m, k);
    const StridedMatrix<T> viewB = transposeB ? transposeOf(b.data(), n, k) : rowMajor(b.data(), k, n);
    gemm(viewA, viewB, c.data(), ldc, accumulate);
    const double tolerance = (sizeof(T) == 4 ? 1e-5 : 1e-12) * std::max(1, k);
    for (std::size_t i = 0; i < c.size(); ++i)
        REQUIRE(std::abs(static_cast<double>(c[i]) - static_cast<double>(expected[i])) <= tolerance);
}

} // namespace

TEMPLATE_TEST_CASE("gemm equals the triple loop for every transpose and block edge", "[nn][gemm]", float, double)
{
    std::mt19937 rng(21);
    // The layers' own shapes: conv forward, conv d weights (dot products), conv d columns, dense.
    const std::vector<std::array<int, 3>> shapes{{8, 784, 9},  {16, 196, 72}, {16, 72, 196}, {72, 196, 16},
                                                 {8, 64, 784}, {64, 784, 8},  {8, 784, 64},  {1, 1, 1},
                                                 {5, 7, 3},    {73, 25, 300}, {4, 24, 256},  {4, 24, 257},
                                                 {9, 49, 65},  {3, 2, 1000}};
    for (const auto& [m, n, k] : shapes) {
        for (const bool transposeA : {false, true}) {
            for (const bool transposeB : {false, true}) {
                for (const bool accumulate : {false, true})
                    checkProduct<TestType>(m, n, k, transposeA, transposeB, accumulate, rng);
            }
        }
    }
}

TEST_CASE("gemm with no depth gives zeros, or leaves C as it is when accumulating", "[nn][gemm]")
{
    std::vector<float> c{1, 2, 3, 4};
    const std::vector<float> none;
    gemm(rowMajor(none.data(), 2, 0), rowMajor(none.data(), 0, 2), c.data(), 2, true);
    CHECK(c == std::vector<float>{1, 2, 3, 4});
    gemm(rowMajor(none.data(), 2, 0), rowMajor(none.data(), 0, 2), c.data(), 2, false);
    CHECK(c == std::vector<float>{0, 0, 0, 0});
}
