// Short training runs on part of the bundled digits: the loss falls and accuracy beats chance by
// far; the same seeds give the same run; pause, resume and stop are honoured within 100 ms; a loss
// that becomes infinite stops the run and keeps the last good weights; the configuration's limits.
//
// The cases tagged [.timing] hold the trainer to wall-clock promises, so ctest runs them on their
// own (nn_training_timing_tests, RUN_SERIAL) rather than beside another test on two cores.
#include "core/data/dataset.h"
#include "core/nn/evaluation.h"
#include "core/nn/trainer.h"
#include "core/nn/training_control.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

using namespace convscope::core;
using Catch::Matchers::Contains;
using Clock = std::chrono::steady_clock;

// The promise is 100 ms; the sanitizer build runs every batch 3 to 5 times slower (544 ms was seen
// once when these cases still ran beside another test on two cores; the margin is kept).
#if defined(__SANITIZE_ADDRESS__)
constexpr auto stopLatency = std::chrono::milliseconds(1000);
#else
constexpr auto stopLatency = std::chrono::milliseconds(100);
#endif
using convscope::test::Approx;

namespace {

// The first `trainCount` training and `testCount` test digits of the bundled subset.
Dataset firstDigits(int trainCount, int testCount)
{
    static const Dataset full
        = loadIdxDataset(std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/data/mnist-subset");
    Dataset part = full;
    part.train.count = trainCount;
    part.train.pixels.resize(static_cast<std::size_t>(trainCount) * 784);
    part.train.labels.resize(static_cast<std::size_t>(trainCount));
    part.test.count = testCount;
    part.test.pixels.resize(static_cast<std::size_t>(testCount) * 784);
    part.test.labels.resize(static_cast<std::size_t>(testCount));
    return part;
}

const Dataset& digits()
{
    static const Dataset part = firstDigits(2000, 500);
    return part;
}

TrainingConfig quickConfig()
{
    TrainingConfig config;
    config.epochs = 2;
    config.batchSize = 32;
    config.threads = 2;
    config.seed = 7;
    return config;
}

} // namespace

TEST_CASE("the classroom network learns the bundled digits", "[nn][training]")
{
    Network<float> network(NetworkSpec::classroom(), 7);
    Trainer trainer(network, digits(), quickConfig());
    std::vector<BatchReport> batches;
    std::vector<EpochReport> epochs;
    std::vector<EpochSnapshot> snapshots;
    TrainingCallbacks callbacks;
    callbacks.batchDone = [&](const BatchReport& report) { batches.push_back(report); };
    callbacks.epochDone = [&](const EpochReport& report) { epochs.push_back(report); };
    callbacks.snapshot = [&](const EpochSnapshot& snapshot) { snapshots.push_back(snapshot); };
    TrainingControl control;
    const TrainingResult result = trainer.run(control, callbacks);

    CHECK(result.outcome == TrainingOutcome::Finished);
    CHECK(result.epochsCompleted == 2);
    REQUIRE(batches.size() == 2 * 63); // 2000 / 32 rounded up
    CHECK(batches.front().batchesPerEpoch == 63);
    CHECK(batches.back().batch == 63);
    CHECK(batches.front().loss > 2.0);        // ≈ ln 10 = 2.30 before learning anything
    // The time left: 125 batches after the first, none but a test pass after the last.
    CHECK(batches.front().secondsLeft > 0.0);
    CHECK(batches.back().secondsLeft < batches.front().secondsLeft);
    // Within the first epoch, before any test pass was measured: the batches left times the
    // mean batch time so far, which the samples per second give (all batches of 32 there).
    const BatchReport& tenth = batches[9];
    CHECK(tenth.secondsLeft == Approx((2 * 63 - 10) * (10 * 32 / tenth.samplesPerSecond) / 10).epsilon(1e-9));
    REQUIRE(epochs.size() == 2);
    CHECK(epochs[0].trainLoss < 1.5);
    CHECK(epochs[1].trainLoss < epochs[0].trainLoss);
    CHECK(epochs[1].testAccuracy > 0.85);     // chance is 0.10
    CHECK(epochs[1].testLoss < 0.6);
    CHECK(epochs[1].samplesPerSecond > 0.0);
    CHECK(result.lastEpoch.testAccuracy == epochs[1].testAccuracy);

    // Snapshots before training and after each epoch: filters and one input's maps.
    REQUIRE(snapshots.size() == 3);
    CHECK(snapshots[0].epoch == 0);
    CHECK(snapshots[2].epoch == 2);
    CHECK(snapshots[1].filters.shape() == std::vector<int>{8, 1, 3, 3});
    CHECK(snapshots[1].activations.size() == 10);
    CHECK(snapshots[1].activations[0].shape() == std::vector<int>{8, 28, 28});
    CHECK(snapshots[0].filters != snapshots[2].filters);
    CHECK(snapshots[2].input == digits().test.image(0));

    // The evaluation the trainer reported is what evaluate() finds for the trained network.
    const Evaluation test = evaluate(network, digits().test);
    CHECK(test.accuracy == Approx(epochs[1].testAccuracy));
    const auto confusion = confusionMatrix(test.predictions, digits().test.labels, 10);
    int diagonal = 0;
    for (int c = 0; c < 10; ++c)
        diagonal += confusion[c][c];
    CHECK(diagonal == static_cast<int>(std::lround(test.accuracy * 500)));
}

TEST_CASE("the same seeds and thread count give the same run", "[nn][training]")
{
    TrainingConfig config = quickConfig();
    config.epochs = 1;
    const Dataset few = firstDigits(800, 100);
    const auto train = [&] {
        Network<float> network(NetworkSpec::classroom(), 3);
        Trainer trainer(network, few, config);
        TrainingControl control;
        const TrainingResult result = trainer.run(control);
        return std::make_pair(result.lastEpoch.trainLoss, network.parameterTensors());
    };
    const auto first = train();
    const auto second = train();
    CHECK(first.first == second.first);
    CHECK(first.second == second.second);
}

TEST_CASE("stop is honoured within 100 ms, also while paused; a stopped run continues", "[nn][training][.timing]")
{
    Network<float> network(NetworkSpec::classroom(), 1);
    TrainingConfig config = quickConfig();
    config.epochs = 50;
    config.batchSize = 64;
    Trainer trainer(network, digits(), config);
    TrainingControl control;
    std::atomic<int> batchCount{0};
    // Every report with the moment it arrived, for the check that pauses are not counted.
    std::mutex reportsMutex;
    std::vector<std::pair<BatchReport, Clock::time_point>> reports;
    TrainingCallbacks callbacks;
    callbacks.batchDone = [&](const BatchReport& report) {
        {
            const std::lock_guard lock(reportsMutex);
            reports.emplace_back(report, Clock::now());
        }
        ++batchCount;
    };

    std::atomic<bool> finished{false};
    Clock::time_point finishedAt;
    TrainingResult result;
    const Clock::time_point runStart = Clock::now();
    std::thread worker([&] {
        result = trainer.run(control, callbacks);
        finishedAt = Clock::now();
        finished = true;
    });
    while (batchCount < 5)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));

    control.pause();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const int atPause = batchCount;
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    CHECK(batchCount == atPause); // nothing ran while paused
    CHECK(control.isPaused());

    control.resume();
    while (batchCount < atPause + 3)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    {
        // The first batch after the pause: the training time its speed implies leaves out the
        // 250 ms the run stood still, so it is at least that much below the wall-clock time.
        const std::lock_guard lock(reportsMutex);
        const auto& [report, arrived] = reports[static_cast<std::size_t>(atPause)];
        const double trainSeconds = report.batch * config.batchSize / report.samplesPerSecond;
        CHECK(std::chrono::duration<double>(arrived - runStart).count() - trainSeconds >= 0.25);
    }

    control.pause();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const Clock::time_point stopAt = Clock::now();
    control.stop(); // while paused
    worker.join();
    REQUIRE(finished);
    CHECK(finishedAt - stopAt < stopLatency);
    CHECK(result.outcome == TrainingOutcome::Stopped);
    CHECK(result.epochsCompleted == 0);

    // Stop while running, timed from the request to the return.
    control.reset();
    finished = false;
    std::thread again([&] {
        result = trainer.run(control, callbacks);
        finishedAt = Clock::now();
        finished = true;
    });
    const int before = batchCount;
    while (batchCount < before + 3)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const Clock::time_point runningStopAt = Clock::now();
    control.stop();
    again.join();
    CHECK(finishedAt - runningStopAt < stopLatency);
    CHECK(result.outcome == TrainingOutcome::Stopped);
}

TEST_CASE("stop is honoured within 100 ms in the middle of a batch of the large tutorial network", "[nn][training][.timing]")
{
    // One batch of 64 takes longer than 100 ms here: the stop must be seen inside it.
    Network<float> network(NetworkSpec::tutorial(), 1);
    TrainingConfig config = quickConfig();
    config.batchSize = 64;
    Trainer trainer(network, digits(), config);
    TrainingControl control;
    std::atomic<int> batchCount{0};
    // The weights after each completed batch, recorded on the training thread before it goes on.
    std::vector<std::vector<Tensor>> weightsAfter;
    TrainingCallbacks callbacks;
    callbacks.batchDone = [&](const BatchReport&) {
        weightsAfter.push_back(network.parameterTensors());
        ++batchCount;
    };
    Clock::time_point finishedAt;
    TrainingResult result;
    std::thread worker([&] {
        result = trainer.run(control, callbacks);
        finishedAt = Clock::now();
    });
    while (batchCount < 1)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // inside the second batch
    const Clock::time_point stopAt = Clock::now();
    control.stop();
    worker.join();
    CHECK(finishedAt - stopAt < stopLatency);
    CHECK(result.outcome == TrainingOutcome::Stopped);
    REQUIRE(batchCount >= 1);
    CHECK(batchCount <= 2);
    // Whichever batch the stop interrupted changed nothing: the weights are the last complete one's.
    CHECK(network.parameterTensors() == weightsAfter.back());
}

TEST_CASE("a diverging loss stops the run with advice and keeps the last good weights", "[nn][training]")
{
    // Two dense layers with no ReLU between them: each one's gradient grows with the other's
    // weights, so SGD at the highest rate allowed makes them explode within a few batches. (The
    // classroom network's ReLUs die instead and its loss, though huge, stays finite.)
    Network<float> network(NetworkSpec::parse("flatten\ndense 64\ndense 10\n"), 1);
    TrainingConfig config = quickConfig();
    config.optimizer.kind = OptimizerKind::Sgd;
    config.optimizer.learningRate = TrainingConfig::maxLearningRate;
    Trainer trainer(network, digits(), config);
    // The weights after every step; weightsAfter[0] are the initial ones.
    std::vector<std::vector<Tensor>> weightsAfter{network.parameterTensors()};
    TrainingCallbacks callbacks;
    callbacks.batchDone = [&](const BatchReport&) { weightsAfter.push_back(network.parameterTensors()); };
    TrainingControl control;
    const TrainingResult result = trainer.run(control, callbacks);
    REQUIRE(result.outcome == TrainingOutcome::Diverged);
    CHECK(result.failedEpoch == 1);
    REQUIRE(result.failedBatch > 1);
    CHECK(result.learningRate == 100);
    CHECK_THAT(result.message, Contains("the loss became"));
    CHECK_THAT(result.message, Contains("at epoch 1, batch " + std::to_string(result.failedBatch)));
    CHECK_THAT(result.message, Contains("the learning rate 100 is probably too high, try a lower one (e.g. 0.01)"));
    // Batch b's loss came from the weights after step b − 1, so those were bad; the ones kept are
    // the weights before that step, whose loss on batch b − 1 was finite.
    REQUIRE(weightsAfter.size() == static_cast<std::size_t>(result.failedBatch));
    CHECK(network.parameterTensors() == weightsAfter[static_cast<std::size_t>(result.failedBatch) - 2]);
    CHECK(network.parameterTensors() != weightsAfter.back());
}

TEST_CASE("a trainer refuses a network and dataset that do not fit", "[nn][training]")
{
    Network<float> small(NetworkSpec::parse("input 1 20 20\nflatten\ndense 10\n"), 1);
    CHECK_THROWS_WITH(Trainer(small, digits(), quickConfig()),
                      Contains("the network reads 400 values per image but the dataset's images have 784"));
    Network<float> few(NetworkSpec::parse("flatten\ndense 5\n"), 1);
    CHECK_THROWS_WITH(Trainer(few, digits(), quickConfig()), Contains("10 classes but the network gives only 5"));
    Network<float> network(NetworkSpec::classroom(), 1);
    TrainingConfig config = quickConfig();
    config.optimizer.learningRate = -1;
    CHECK_THROWS_WITH(Trainer(network, digits(), config), Contains("the learning rate must be a positive number"));
    config.optimizer.learningRate = 1e6;
    CHECK_THROWS_WITH(Trainer(network, digits(), config),
                      Contains("the learning rate must be a positive number of at most 100, not 1e+06"));
    config = quickConfig();
    config.batchSize = 0;
    CHECK_THROWS_WITH(Trainer(network, digits(), config), Contains("the batch size must be 1 to 4096"));
}

TEST_CASE("a batch too large for memory is refused before training, and testing uses batches that fit", "[nn][training]")
{
    // 1×1 filters: little arithmetic, but 4.7 million cached values per image, so 106 fit.
    Network<float> wide(NetworkSpec::parse("conv 999 1\nrelu\nflatten\ndense 10\n"), 1);
    const int fits = wide.spec().largestBatch();
    REQUIRE(fits == 106);
    TrainingConfig config = quickConfig();
    config.batchSize = 640;
    CHECK_THROWS_WITH(Trainer(wide, digits(), config), Contains("a batch of 640 images needs")
                                                          && Contains("a batch of at most 106 images fits"));
    RowMatrix<float> batch = RowMatrix<float>::Zero(fits + 1, 784);
    CHECK_THROWS_WITH(wide.forward(batch), Contains("a batch of 107 images needs"));

    const Dataset part = firstDigits(1, fits + 4);
    const Evaluation evaluation = evaluate(wide, part.test);
    CHECK(evaluation.complete);
    CHECK(evaluation.count == fits + 4);
}

TEST_CASE("a training configuration names every limit it breaks", "[nn][training]")
{
    using Error = TrainingConfig::Error;
    const TrainingConfig fine;
    CHECK(fine.validate().empty());

    SECTION("at the limits")
    {
        TrainingConfig edge;
        edge.epochs = TrainingConfig::maxEpochs;
        edge.batchSize = TrainingConfig::maxBatchSize;
        edge.optimizer.learningRate = TrainingConfig::maxLearningRate;
        edge.optimizer.momentum = TrainingConfig::maxMomentum;
        edge.seed = 0;
        edge.threads = TrainingConfig::maxThreads;
        CHECK(edge.validate().empty());
        edge.epochs = TrainingConfig::minEpochs;
        edge.batchSize = TrainingConfig::minBatchSize;
        edge.optimizer.momentum = 0.0;
        edge.seed = TrainingConfig::maxSeed;
        edge.threads = 0;
        CHECK(edge.validate().empty());
    }
    SECTION("beyond them, each in the order of the fields")
    {
        TrainingConfig wrong;
        wrong.epochs = TrainingConfig::maxEpochs + 1;
        wrong.batchSize = 0;
        wrong.optimizer.learningRate = TrainingConfig::maxLearningRate * 1.0001;
        wrong.optimizer.momentum = 1.0;
        wrong.seed = TrainingConfig::maxSeed + 1;
        wrong.threads = -1;
        CHECK(wrong.validate()
              == std::vector<Error>{Error::Epochs, Error::BatchSize, Error::LearningRate, Error::Momentum, Error::Seed,
                                    Error::Threads});
        CHECK(wrong.errorText(Error::Epochs) == "the number of epochs must be 1 to 1000, not 1001");
        CHECK(wrong.errorText(Error::Seed) == "the seed must be 0 to 999999, not 1000000");
    }
    SECTION("a learning rate of 0, below 0 or not a number")
    {
        for (const double rate : {0.0, -0.001, std::nan(""), std::numeric_limits<double>::infinity()}) {
            TrainingConfig config;
            config.optimizer.learningRate = rate;
            CHECK(config.validate() == std::vector<Error>{Error::LearningRate});
        }
    }
    SECTION("with a network: the batch's memory and the snapshot input")
    {
        const NetworkSpec wide = NetworkSpec::parse("conv 999 1\nrelu\nflatten\ndense 10\n");
        TrainingConfig config;
        config.batchSize = wide.largestBatch();
        CHECK(config.validate(&wide).empty());
        config.batchSize = wide.largestBatch() + 1;
        CHECK(config.validate().empty()); // the settings alone are fine
        CHECK(config.validate(&wide) == std::vector<Error>{Error::BatchMemory});
        config.batchSize = 1;
        config.snapshotInput = Tensor({1, 20, 20});
        CHECK(config.validate(&wide) == std::vector<Error>{Error::SnapshotInput});
    }
}
