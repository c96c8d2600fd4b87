#include "core/kernel_presets.h"
#include "core/nn/filter_similarity.h"
#include "tests/catch.h"

#include <cmath>
#include <random>

using namespace convscope::core;
using Catch::Matchers::WithinAbs;

namespace {

float cosineWith(const FilterSimilarity& similarity, std::string_view id)
{
    for (const PresetSimilarity& preset : similarity.presets) {
        if (preset.presetId == id)
            return preset.cosine;
    }
    FAIL("no preset " << id);
    return 0.0f;
}

} // namespace

TEST_CASE("a learned edge detector is matched with the edge preset")
{
    // The edge preset scaled down, shifted by a constant (a bias-like offset) and made noisy, as
    // training leaves it.
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> noise(-0.08f, 0.08f);
    Tensor filter = findKernelPreset("edge")->kernel;
    for (float& v : filter.values())
        v = 0.12f * v + 0.3f + noise(rng);
    const FilterSimilarity similarity = compareWithPresets(filter);
    REQUIRE(similarity.presets.size() == kernelPresets().size());
    CHECK(similarity.closest().presetId == "edge");
    CHECK(similarity.closest().cosine > 0.9f);
    // The constant offset looks like some blur, but the pattern resembles edge more.
    CHECK(cosineWith(similarity, "blur") > 0.5f);
    CHECK(cosineWith(similarity, "blur") < similarity.closest().cosine);
    CHECK_THAT(cosineWith(similarity, "sobel-x"), WithinAbs(0.0f, 0.2));
}

TEST_CASE("a vertical edge of the opposite sign is sobel-x inverted")
{
    const Tensor filter = Tensor::fromRows({{0.5f, 0, -0.5f}, {1, 0, -1}, {0.5f, 0, -0.5f}});
    const FilterSimilarity similarity = compareWithPresets(filter);
    CHECK(similarity.closest().presetId == "sobel-x");
    CHECK_THAT(similarity.closest().cosine, WithinAbs(-1.0f, 1e-5));
    CHECK_THAT(cosineWith(similarity, "sobel-y"), WithinAbs(0.0f, 1e-6));
}

TEST_CASE("flat filters are blur, a lone centre is the edge pattern")
{
    const FilterSimilarity flat = compareWithPresets(Tensor({1, 3, 3}, 0.2f));
    CHECK(flat.closest().presetId == "blur");
    CHECK_THAT(flat.closest().cosine, WithinAbs(1.0f, 1e-5));
    CHECK(cosineWith(flat, "edge") == 0.0f);

    // Without its mean, a single bright centre is the centre-against-surround pattern: edge
    // fits exactly, identity (which keeps a flat part) a little less, √(8/9).
    const FilterSimilarity centre = compareWithPresets(findKernelPreset("identity")->kernel);
    CHECK(centre.closest().presetId == "edge");
    CHECK_THAT(centre.closest().cosine, WithinAbs(1.0f, 1e-5));
    CHECK_THAT(cosineWith(centre, "identity"), WithinAbs(std::sqrt(8.0 / 9.0), 1e-5));
}

TEST_CASE("a 5×5 filter is compared with the presets placed in its middle")
{
    Tensor filter({1, 1, 5, 5});
    const Tensor sobelY = findKernelPreset("sobel-y")->kernel;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            filter.at(0, 0, i + 1, j + 1) = 2.0f * sobelY.at(0, i, j);
    const FilterSimilarity similarity = compareWithPresets(filter);
    CHECK(similarity.closest().presetId == "sobel-y");
    CHECK_THAT(similarity.closest().cosine, WithinAbs(1.0f, 1e-5));
}

TEST_CASE("filters that cannot be compared are refused")
{
    CHECK_THROWS_AS(compareWithPresets(Tensor({2, 2})), std::invalid_argument);
    CHECK_THROWS_AS(compareWithPresets(Tensor({2, 3, 3})), std::invalid_argument);
    CHECK_THROWS_AS(compareWithPresets(Tensor({1, 1})), std::invalid_argument);
    const FilterSimilarity zero = compareWithPresets(Tensor({3, 3}));
    for (const PresetSimilarity& preset : zero.presets)
        CHECK(preset.cosine == 0.0f);
}
