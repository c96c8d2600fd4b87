#include "core/output_size.h"
#include "tests/catch.h"

using namespace convscope::core;

TEST_CASE("the lecture's MNIST example: 28, F=4, S=2, P=1 gives 14")
{
    const OutputSize result = outputSize(28, 4, 2, 1);
    CHECK(result.status == OutputSizeStatus::Whole);
    CHECK(result.size == 14);
    CHECK(result.numerator == 26);
    CHECK(describe(result, 28, 4, 2, 1) == "(28 - 4 + 2*1)/2 + 1 = 14");
}

TEST_CASE("the lecture's 5x5 image with a 3x3 kernel gives 3")
{
    CHECK(outputSize(5, 3, 1, 0).size == 3);
}

TEST_CASE("a division that is not whole rounds down and names the dropped cells")
{
    const OutputSize result = outputSize(6, 3, 2, 0);
    CHECK(result.status == OutputSizeStatus::NotWhole);
    CHECK(result.size == 2);
    CHECK(result.droppedCells == 1);
}

TEST_CASE("dilation widens the filter to D*(F-1)+1")
{
    const OutputSize result = outputSize(7, 3, 1, 0, 2);
    CHECK(result.effectiveFilter == 5);
    CHECK(result.size == 3);
}

TEST_CASE("impossible settings are named")
{
    CHECK(outputSize(3, 5, 1, 0).status == OutputSizeStatus::NoWindowFits);
    CHECK(outputSize(3, 5, 1, 1).status == OutputSizeStatus::Whole);
    CHECK(outputSize(5, 3, 0, 0).status == OutputSizeStatus::InvalidStride);
    CHECK(outputSize(5, 3, -1, 0).status == OutputSizeStatus::InvalidStride);
    CHECK(outputSize(5, 0, 1, 0).status == OutputSizeStatus::InvalidFilter);
    CHECK(outputSize(5, 3, 1, -1).status == OutputSizeStatus::InvalidPadding);
    CHECK(outputSize(0, 3, 1, 0).status == OutputSizeStatus::InvalidInput);
    CHECK(outputSize(5, 3, 1, 0, 0).status == OutputSizeStatus::InvalidDilation);
    CHECK(outputSize(5, 3, 1, 0, 2'000'000'000).status == OutputSizeStatus::NoWindowFits);
    CHECK_FALSE(outputSize(3, 5, 1, 0).valid());
}
