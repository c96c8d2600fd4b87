// What went wrong with a run, told from small crafted histories: a loss that explodes over its best,
// one that is not finite, an epoch no better than guessing, the rate to try instead; training
// accuracy rising while test accuracy falls; a class far smaller than the others.
#include "core/data/class_balance.h"
#include "core/nn/training_diagnosis.h"
#include "tests/catch.h"

#include <cmath>
#include <limits>

using namespace convscope::core;
using Catch::Matchers::Contains;

namespace {

BatchReport batch(int epoch, int index, double loss)
{
    BatchReport report;
    report.epoch = epoch;
    report.batch = index;
    report.loss = loss;
    return report;
}

EpochReport epoch(int number, double trainAccuracy, double testAccuracy, double trainLoss = 0.5)
{
    EpochReport report;
    report.epoch = number;
    report.trainAccuracy = trainAccuracy;
    report.testAccuracy = testAccuracy;
    report.trainLoss = trainLoss;
    report.testLoss = trainLoss;
    return report;
}

OptimizerSettings sgd(double rate)
{
    OptimizerSettings settings;
    settings.kind = OptimizerKind::Sgd;
    settings.learningRate = rate;
    return settings;
}

ImageSet labelled(const std::vector<int>& counts)
{
    ImageSet set;
    for (std::size_t label = 0; label < counts.size(); ++label)
        set.labels.insert(set.labels.end(), static_cast<std::size_t>(counts[label]), static_cast<std::uint8_t>(label));
    set.count = static_cast<int>(set.labels.size());
    return set;
}

} // namespace

TEST_CASE("the rate to try is a tenth, and no more than the optimiser's typical rate", "[diagnosis]")
{
    CHECK(suggestedLearningRate(OptimizerKind::Sgd, 100.0) == 0.01);
    CHECK(suggestedLearningRate(OptimizerKind::Adam, 5.0) == 0.001);
    CHECK(suggestedLearningRate(OptimizerKind::Sgd, 0.05) == 0.005);
    CHECK(suggestedLearningRate(OptimizerKind::Adam, 0.004) == 0.0004);
}

TEST_CASE("a loss that grows by orders of magnitude over its best is divergence", "[diagnosis]")
{
    // Ten classes: guessing costs ln 10 ≈ 2.30, so a loss must pass 23.0 as well as 100 × its best.
    DivergenceWatch watch(10, sgd(100.0));
    CHECK_FALSE(watch.afterBatch(batch(1, 1, 2.3)));
    CHECK_FALSE(watch.afterBatch(batch(1, 2, 1.0)));
    CHECK_FALSE(watch.afterBatch(batch(1, 3, 0.5)));
    CHECK_FALSE(watch.afterBatch(batch(1, 4, 49.0))); // below 100 × 0.5
    const std::optional<Divergence> found = watch.afterBatch(batch(1, 5, 1e8));
    REQUIRE(found);
    CHECK(found->sign == DivergenceSign::LossExploded);
    CHECK(found->epoch == 1);
    CHECK(found->batch == 5);
    CHECK(found->bestLoss == 0.5);
    CHECK(found->learningRate == 100.0);
    CHECK(found->suggestedRate == 0.01);
    CHECK_THAT(found->text(), Contains("the loss grew to 1e+08 at epoch 1, batch 5, from its best of 0.5")
                                  && Contains("the learning rate 100 is too large") && Contains("try 0.01"));
    // Said once.
    CHECK_FALSE(watch.afterBatch(batch(1, 6, 1e9)));
    CHECK_FALSE(watch.afterEpoch(epoch(1, 0.1, 0.1, 1e8)));
}

TEST_CASE("a loss that is noisy near zero late in a good run is no divergence", "[diagnosis]")
{
    DivergenceWatch watch(10, sgd(0.01));
    CHECK_FALSE(watch.afterBatch(batch(1, 1, 0.001)));
    CHECK_FALSE(watch.afterBatch(batch(1, 2, 0.9))); // 900 × the best, but far below 23
    CHECK_FALSE(watch.afterBatch(batch(1, 3, 22.0)));
    CHECK(watch.afterBatch(batch(1, 4, 24.0)));
}

TEST_CASE("a loss that is not finite is divergence", "[diagnosis]")
{
    DivergenceWatch watch(3, sgd(10.0));
    CHECK_FALSE(watch.afterBatch(batch(2, 7, 1.1)));
    const std::optional<Divergence> found = watch.afterBatch(batch(2, 8, std::numeric_limits<double>::quiet_NaN()));
    REQUIRE(found);
    CHECK(found->sign == DivergenceSign::NotFinite);
    CHECK_THAT(found->text(), Contains("the loss became NaN at epoch 2, batch 8") && Contains("try 0.01"));
    DivergenceWatch first(3, sgd(10.0));
    const std::optional<Divergence> infinite = first.afterBatch(batch(1, 1, std::numeric_limits<double>::infinity()));
    REQUIRE(infinite);
    CHECK_THAT(infinite->text(), Contains("became infinite"));
}

TEST_CASE("an epoch of many steps still no better than guessing is divergence", "[diagnosis]")
{
    const auto stepped = [](int steps, double loss) {
        DivergenceWatch watch(10, sgd(5.0));
        for (int b = 1; b <= steps; ++b)
            REQUIRE_FALSE(watch.afterBatch(batch(1, b, loss)));
        return watch;
    };
    SECTION("stuck at ln 10 with 10 % after 20 steps")
    {
        DivergenceWatch watch = stepped(20, 2.303);
        const std::optional<Divergence> found = watch.afterEpoch(epoch(1, 0.1, 0.1, 2.303));
        REQUIRE(found);
        CHECK(found->sign == DivergenceSign::StuckAtChance);
        CHECK(found->accuracy == 0.1);
        CHECK(found->suggestedRate == 0.01);
        CHECK_THAT(found->text(), Contains("after epoch 1 the test accuracy is 10 %, no better than guessing"));
    }
    SECTION("12.5 % is still chance for ten classes; 13 % is not")
    {
        CHECK(stepped(20, 2.303).afterEpoch(epoch(1, 0.1, 0.125, 2.303)));
        CHECK_FALSE(stepped(20, 2.303).afterEpoch(epoch(1, 0.1, 0.13, 2.303)));
    }
    SECTION("a first epoch of a few steps has not had the time to learn")
    {
        CHECK_FALSE(stepped(19, 2.303).afterEpoch(epoch(1, 0.1, 0.1, 2.303)));
    }
    SECTION("a loss that has fallen is learning, whatever the test accuracy")
    {
        CHECK_FALSE(stepped(40, 2.0).afterEpoch(epoch(1, 0.3, 0.1, 2.0)));
    }
    SECTION("an epoch whose loss is not finite")
    {
        const std::optional<Divergence> found
            = stepped(3, 2.3).afterEpoch(epoch(1, 0.1, 0.1, std::numeric_limits<double>::infinity()));
        REQUIRE(found);
        CHECK(found->sign == DivergenceSign::NotFinite);
    }
}

TEST_CASE("training accuracy rising while test accuracy falls for two epochs is overfitting", "[diagnosis]")
{
    const std::vector<EpochReport> learning{epoch(1, 0.6, 0.55), epoch(2, 0.7, 0.65), epoch(3, 0.8, 0.7)};
    CHECK_FALSE(isOverfitting(learning));
    const std::vector<EpochReport> twoFalls{epoch(1, 0.8, 0.7), epoch(2, 0.9, 0.68), epoch(3, 0.95, 0.66)};
    CHECK(isOverfitting(twoFalls));
    const std::vector<EpochReport> oneFall{epoch(1, 0.8, 0.7), epoch(2, 0.9, 0.71), epoch(3, 0.95, 0.66)};
    CHECK_FALSE(isOverfitting(oneFall));
    const std::vector<EpochReport> trainFlat{epoch(1, 0.9, 0.7), epoch(2, 0.9, 0.68), epoch(3, 0.95, 0.66)};
    CHECK_FALSE(isOverfitting(trainFlat));
    // Only the last two epochs count: a recovery ends it.
    std::vector<EpochReport> recovered = twoFalls;
    recovered.push_back(epoch(4, 0.96, 0.7));
    CHECK_FALSE(isOverfitting(recovered));
    CHECK_FALSE(isOverfitting(std::vector<EpochReport>(twoFalls.begin() + 1, twoFalls.end())));
}

TEST_CASE("a class with under a third of the median class's pictures is pointed out", "[diagnosis]")
{
    const std::vector<SmallClass> small = smallClasses(labelled({40, 5, 38, 12}), 4);
    // Counts sorted 5, 12, 38, 40: the median (upper middle) is 38; 5 · 3 and 12 · 3 are below it.
    REQUIRE(small.size() == 2);
    CHECK(small[0].label == 1);
    CHECK(small[0].count == 5);
    CHECK(small[0].typicalCount == 38);
    CHECK(small[1].label == 3);
    CHECK(smallClasses(labelled({40, 14, 40}), 3).empty()); // 42 ≥ 40
    CHECK(smallClasses(labelled({13, 40}), 2).size() == 1);
    CHECK(smallClasses(labelled({20, 20}), 2).empty());
    // A class with no training pictures at all is the smallest there is.
    CHECK(smallClasses(labelled({10, 10}), 3).size() == 1);
}
