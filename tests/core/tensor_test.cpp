#include "core/tensor.h"
#include "tests/catch.h"

using convscope::core::Tensor;

TEST_CASE("a tensor stores row-major with the last index fastest")
{
    Tensor t({2, 3, 4});
    REQUIRE(t.size() == 24);
    t.at(1, 2, 3) = 7.0f;
    CHECK(t.data()[23] == 7.0f);
    t.at(1, 0, 1) = 5.0f;
    CHECK(t.data()[13] == 5.0f);
    CHECK(t.plane(1)(0, 1) == 5.0f);
    CHECK(t.planeCount() == 2);
    CHECK(t.shapeText() == "2\u00d73\u00d74");
}

TEST_CASE("a tensor is built from literal rows")
{
    const Tensor t = Tensor::fromRows({{1, 2, 3}, {4, 5, 6}});
    CHECK(t.shape() == std::vector<int>{1, 2, 3});
    CHECK(t.at(0, 1, 0) == 4.0f);
    CHECK_THROWS_AS(Tensor::fromRows({{1, 2}, {3}}), std::invalid_argument);
}

TEST_CASE("reshaping keeps the values and refuses a different count")
{
    const Tensor t = Tensor::fromRows({{1, 2, 3}, {4, 5, 6}});
    const Tensor r = t.reshaped({6});
    CHECK(r.at(0) == 1.0f);
    CHECK(r.dim(-1) == 6);
    CHECK_THROWS_AS(t.reshaped({5}), std::invalid_argument);
    CHECK_THROWS_AS(Tensor({1, 2, 3, 4, 5}), std::invalid_argument);
}
