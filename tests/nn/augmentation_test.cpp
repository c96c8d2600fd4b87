// Augmentation: each change alone gives the picture a hand can work out (mirrored, shifted with the
// edge repeated, turned a quarter, lighter); a seeded batch equals a plain reference that makes the
// same draws and samples with a tent filter over every pixel; a seed repeats its changes.
#include "core/data/augmentation.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <set>

using namespace convscope::core;
using convscope::test::Approx;

namespace {

std::vector<float> augmented(std::vector<float> values, int channels, int rows, int cols, const AugmentationDraw& draw)
{
    augmentImage(values.data(), channels, rows, cols, draw);
    return values;
}

// The same draws as drawAugmentation, spelled out: five 32-bit numbers in order.
AugmentationDraw referenceDraw(const AugmentationSettings& settings, int rows, int cols, std::mt19937& rng)
{
    const std::uint64_t r[5] = {rng(), rng(), rng(), rng(), rng()};
    const double u[5] = {r[0] / 4294967296.0, r[1] / 4294967296.0, r[2] / 4294967296.0, r[3] / 4294967296.0,
                         r[4] / 4294967296.0};
    const int sx = static_cast<int>(std::lround(settings.maxShift * cols));
    const int sy = static_cast<int>(std::lround(settings.maxShift * rows));
    AugmentationDraw draw;
    draw.flip = settings.flip && r[0] >= 0x80000000u;
    draw.shiftX = static_cast<int>(std::floor(u[1] * (2 * sx + 1))) - sx;
    draw.shiftY = static_cast<int>(std::floor(u[2] * (2 * sy + 1))) - sy;
    draw.degrees = (2 * u[3] - 1) * settings.maxDegrees;
    draw.brightness = (2 * u[4] - 1) * settings.maxBrightness;
    return draw;
}

// A plain reference: the source point by complex multiplication, its value as the sum over every
// pixel of value × tent(dx) × tent(dy), which is bilinear interpolation said another way.
std::vector<float> referenceImage(const std::vector<float>& in, int channels, int rows, int cols, const AugmentationDraw& d)
{
    std::vector<float> out(in.size());
    const std::complex<double> centre((cols - 1) / 2.0, (rows - 1) / 2.0);
    const std::complex<double> turn = std::polar(1.0, d.degrees * std::numbers::pi / 180.0);
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            const std::complex<double> p(x - d.shiftX, y - d.shiftY);
            std::complex<double> s = (p - centre) * turn + centre;
            double sx = d.flip ? cols - 1 - s.real() : s.real();
            double sy = s.imag();
            sx = std::min(std::max(sx, 0.0), cols - 1.0);
            sy = std::min(std::max(sy, 0.0), rows - 1.0);
            for (int c = 0; c < channels; ++c) {
                double sum = 0.0;
                for (int i = 0; i < rows; ++i) {
                    for (int j = 0; j < cols; ++j) {
                        const double weight = std::max(0.0, 1 - std::abs(sx - j)) * std::max(0.0, 1 - std::abs(sy - i));
                        sum += weight * in[static_cast<std::size_t>((c * rows + i) * cols + j)];
                    }
                }
                out[static_cast<std::size_t>((c * rows + y) * cols + x)]
                    = static_cast<float>(std::min(1.0, std::max(0.0, sum + d.brightness)));
            }
        }
    }
    return out;
}

// 2 channels of 3×4 with distinct values in (0, 1).
std::vector<float> ramp()
{
    std::vector<float> values(24);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<float>(i + 1) / 32.0f;
    return values;
}

} // namespace

TEST_CASE("each change alone gives the picture worked out by hand", "[augmentation]")
{
    // 1 channel, 2×3:  0.1 0.2 0.3 / 0.4 0.5 0.6
    const std::vector<float> picture{0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f};
    SECTION("no change")
    {
        CHECK(augmented(picture, 1, 2, 3, {}) == picture);
    }
    SECTION("mirrored left to right")
    {
        AugmentationDraw draw;
        draw.flip = true;
        CHECK(augmented(picture, 1, 2, 3, draw) == std::vector<float>{0.3f, 0.2f, 0.1f, 0.6f, 0.5f, 0.4f});
    }
    SECTION("shifted one pixel right and one down, the edge repeated")
    {
        AugmentationDraw draw;
        draw.shiftX = 1;
        draw.shiftY = 1;
        CHECK(augmented(picture, 1, 2, 3, draw) == std::vector<float>{0.1f, 0.1f, 0.2f, 0.1f, 0.1f, 0.2f});
        draw.shiftX = -1;
        draw.shiftY = 0;
        CHECK(augmented(picture, 1, 2, 3, draw) == std::vector<float>{0.2f, 0.3f, 0.3f, 0.5f, 0.6f, 0.6f});
    }
    SECTION("lighter, and kept within [0, 1]")
    {
        AugmentationDraw draw;
        draw.brightness = 0.45;
        const std::vector<float> lighter = augmented(picture, 1, 2, 3, draw);
        CHECK(lighter[0] == Approx(0.55f));
        CHECK(lighter[4] == Approx(0.95f));
        CHECK(lighter[5] == 1.0f);
        draw.brightness = -0.25;
        CHECK(augmented(picture, 1, 2, 3, draw)[0] == 0.0f);
    }
    SECTION("a quarter turn counter-clockwise moves the top-right corner to the top left")
    {
        // 3×3: out(y, x) = in(x, 2 − y).
        const std::vector<float> square{0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f};
        AugmentationDraw draw;
        draw.degrees = 90.0;
        const std::vector<float> turned = augmented(square, 1, 3, 3, draw);
        const std::vector<float> expected{0.3f, 0.6f, 0.9f, 0.2f, 0.5f, 0.8f, 0.1f, 0.4f, 0.7f};
        for (std::size_t i = 0; i < expected.size(); ++i)
            CHECK(turned[i] == Approx(expected[i]).margin(1e-6));
    }
    SECTION("every channel gets the same change")
    {
        AugmentationDraw draw;
        draw.flip = true;
        const std::vector<float> two = augmented(ramp(), 2, 3, 4, draw);
        CHECK(two[0] == ramp()[3]);
        CHECK(two[12] == ramp()[15]);
    }
}

TEST_CASE("a seeded batch equals the plain reference making the same draws", "[augmentation]")
{
    const AugmentationSettings settings{true, 0.25, 20.0, 0.2};
    Matrix batch(5, 24);
    for (int row = 0; row < 5; ++row) {
        const std::vector<float> picture = ramp();
        for (int i = 0; i < 24; ++i)
            batch(row, i) = picture[static_cast<std::size_t>((i + 5 * row) % 24)];
    }
    const Matrix original = batch;
    std::mt19937 rng(7);
    augmentBatch(batch, {2, 3, 4}, settings, rng);

    std::mt19937 reference(7);
    std::set<bool> flips;
    for (int row = 0; row < 5; ++row) {
        const AugmentationDraw draw = referenceDraw(settings, 3, 4, reference);
        flips.insert(draw.flip);
        const std::vector<float> in(original.row(row).data(), original.row(row).data() + 24);
        const std::vector<float> expected = referenceImage(in, 2, 3, 4, draw);
        for (int i = 0; i < 24; ++i)
            CHECK(batch(row, i) == Approx(expected[static_cast<std::size_t>(i)]).margin(1e-6));
    }
    CHECK(flips.size() == 2); // seed 7 mirrors some of the five and not others
    CHECK(rng() == reference()); // five draws per picture, no more

    SECTION("the same seed repeats the batch, another changes it")
    {
        Matrix again = original;
        std::mt19937 same(7);
        augmentBatch(again, {2, 3, 4}, settings, same);
        CHECK(again == batch);
        Matrix other = original;
        std::mt19937 different(8);
        augmentBatch(other, {2, 3, 4}, settings, different);
        CHECK(other != batch);
    }
}

TEST_CASE("the draws stay within the settings and cover them", "[augmentation]")
{
    const AugmentationSettings settings; // flip, 10 % shift, 10°, 0.1
    std::mt19937 rng(1);
    std::set<int> shifts;
    int flipped = 0;
    for (int i = 0; i < 2000; ++i) {
        const AugmentationDraw draw = drawAugmentation(settings, 28, 28, rng);
        flipped += draw.flip ? 1 : 0;
        shifts.insert(draw.shiftX);
        CHECK(std::abs(draw.shiftY) <= 3);
        CHECK(std::abs(draw.degrees) <= 10.0);
        CHECK(std::abs(draw.brightness) <= 0.1);
    }
    CHECK(shifts == std::set<int>{-3, -2, -1, 0, 1, 2, 3}); // round(0.1 · 28) = 3
    CHECK(flipped > 900);
    CHECK(flipped < 1100);

    SECTION("a change turned off draws nothing else differently")
    {
        AugmentationSettings noFlip = settings;
        noFlip.flip = false;
        std::mt19937 a(3);
        std::mt19937 b(3);
        const AugmentationDraw with = drawAugmentation(settings, 28, 28, a);
        const AugmentationDraw without = drawAugmentation(noFlip, 28, 28, b);
        CHECK_FALSE(without.flip);
        CHECK(without.shiftX == with.shiftX);
        CHECK(without.degrees == with.degrees);
    }
    CHECK_THROWS_AS([] {
        Matrix wrong(1, 10);
        std::mt19937 any(1);
        augmentBatch(wrong, {1, 3, 3}, AugmentationSettings{}, any);
    }(), std::invalid_argument);
}
