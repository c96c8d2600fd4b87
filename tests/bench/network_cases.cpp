#include "tests/bench/network_cases.h"

#include "core/nn/network.h"
#include "core/nn/network_spec.h"
#include "core/nn/optimizer.h"
#include "core/nn/worker_pool.h"
#include "core/onnx/onnx_reader.h"

#include <memory>
#include <random>
#include <vector>

namespace convscope::bench {
namespace {

constexpr int batchSize = 64;

core::RowMatrix<float> randomBatch(int rows, int columns)
{
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> value(0.0f, 1.0f);
    core::RowMatrix<float> batch(rows, columns);
    for (Eigen::Index i = 0; i < batch.size(); ++i)
        batch.data()[i] = value(rng);
    return batch;
}

// What the trainer does per batch of 64 digits: forward, loss, backward, one Adam step.
std::function<std::function<void()>()> trainStep(core::NetworkSpec spec, int threads)
{
    return [spec, threads] {
        struct State {
            State(const core::NetworkSpec& networkSpec, int threadCount)
                : network(networkSpec)
                , optimizer(core::Optimizer<float>::create(core::OptimizerSettings{}))
                , pool(threadCount)
            {
            }
            core::Network<float> network;
            std::unique_ptr<core::Optimizer<float>> optimizer;
            core::WorkerPool pool;
            core::RowMatrix<float> batch;
            std::vector<int> labels;
        };
        auto state = std::make_shared<State>(spec, threads);
        state->batch = randomBatch(batchSize, state->network.inputSize());
        for (int n = 0; n < batchSize; ++n)
            state->labels.push_back(n % state->network.classCount());
        return [state] {
            state->network.computeGradients(state->batch, state->labels, &state->pool);
            state->optimizer->step(state->network.parameters());
        };
    };
}

// A batch of 64 through the lecture notebook's CNN as exported from PyTorch (a test fixture), on
// one thread.
std::function<std::function<void()>()> onnxForward()
{
    return [] {
        auto network = std::make_shared<core::Network<float>>(
            core::loadOnnx(CONVSCOPE_SOURCE_DIR "/tests/onnx/data/tutorial-opset13.onnx").model.toNetwork());
        auto batch = std::make_shared<core::RowMatrix<float>>(randomBatch(batchSize, network->inputSize()));
        return [network, batch] { network->forward(*batch); };
    };
}

} // namespace

void registerNetworkCases(BenchRegistry& registry)
{
    registry.add({ "classroom_train_step_1t_ms", 21, trainStep(core::NetworkSpec::classroom(), 1) });
    registry.add({ "classroom_train_step_2t_ms", 21, trainStep(core::NetworkSpec::classroom(), 2) });
    registry.add({ "tutorial_train_step_1t_ms", 11, trainStep(core::NetworkSpec::tutorial(), 1) });
    registry.add({ "tutorial_train_step_2t_ms", 11, trainStep(core::NetworkSpec::tutorial(), 2) });
    registry.add({ "onnx_tutorial_forward64_ms", 11, onnxForward() });
}

} // namespace convscope::bench
