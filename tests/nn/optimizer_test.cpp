// Optimiser steps against the update rules worked out by hand.
#include "core/nn/adam_optimizer.h"
#include "core/nn/sgd_optimizer.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"

#include <cmath>

using namespace convscope::core;
using convscope::test::Approx;

namespace {

// One learned array of two values and its gradient.
struct Parameter {
    std::vector<double> values{1.0, -2.0};
    std::vector<double> gradient{0.5, 0.0};
    std::vector<ParameterView<double>> views()
    {
        return {{"weights", {2}, values.data(), gradient.data(), values.size()}};
    }
};

} // namespace

TEST_CASE("SGD with momentum: v ← μv + g, p ← p − lr·v", "[nn][optimizer]")
{
    OptimizerSettings settings;
    settings.kind = OptimizerKind::Sgd;
    settings.learningRate = 0.1;
    settings.momentum = 0.9;
    const auto optimizer = Optimizer<double>::create(settings);
    Parameter p;
    optimizer->step(p.views()); // v = 0.5, p = 1 − 0.05
    CHECK(p.values[0] == Approx(0.95));
    CHECK(p.values[1] == -2.0);
    optimizer->step(p.views()); // v = 0.45 + 0.5 = 0.95, p = 0.95 − 0.095
    CHECK(p.values[0] == Approx(0.855));
    p.gradient[0] = -1.0;
    optimizer->step(p.views()); // v = 0.855 − 1 = −0.145, p = 0.855 + 0.0145
    CHECK(p.values[0] == Approx(0.8695));
}

TEST_CASE("SGD without momentum is plain gradient descent", "[nn][optimizer]")
{
    OptimizerSettings settings;
    settings.kind = OptimizerKind::Sgd;
    settings.learningRate = 0.5;
    settings.momentum = 0.0;
    SgdOptimizer<double> optimizer(settings);
    Parameter p;
    optimizer.step(p.views());
    optimizer.step(p.views());
    CHECK(p.values[0] == Approx(0.5)); // 1 − 2·0.5·0.5
}

TEST_CASE("Adam: bias-corrected moments, as in Kingma & Ba and PyTorch", "[nn][optimizer]")
{
    OptimizerSettings settings; // Adam, lr 0.001, β1 0.9, β2 0.999, ε 1e-8
    settings.learningRate = 0.1;
    AdamOptimizer<double> optimizer(settings);
    Parameter p;
    // Step 1, g = 0.5: m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25 → p = 1 − 0.1·0.5/(0.5 + ε) ≈ 0.9
    optimizer.step(p.views());
    const double first = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8);
    CHECK(p.values[0] == Approx(first).epsilon(1e-12));
    CHECK(p.values[0] == Approx(0.9).epsilon(1e-7));
    CHECK(p.values[1] == -2.0); // zero gradient: m = v = 0, no move
    // Step 2, g = −0.25: m = 0.045 − 0.025 = 0.02, v = 0.00024975 + 0.0000625 = 0.00031225,
    // m̂ = 0.02 / 0.19, v̂ = 0.00031225 / 0.001999
    p.gradient[0] = -0.25;
    optimizer.step(p.views());
    const double mHat = 0.02 / (1 - 0.9 * 0.9);
    const double vHat = 0.00031225 / (1 - 0.999 * 0.999);
    CHECK(p.values[0] == Approx(first - 0.1 * mHat / (std::sqrt(vHat) + 1e-8)).epsilon(1e-12));
    CHECK(optimizer.stepCount() == 2);
}

TEST_CASE("an optimiser refuses a different set of parameters", "[nn][optimizer]")
{
    AdamOptimizer<double> optimizer(OptimizerSettings{});
    Parameter p;
    optimizer.step(p.views());
    std::vector<double> other(3, 0.0);
    std::vector<double> gradient(3, 0.0);
    CHECK_THROWS_AS(optimizer.step({{"weights", {3}, other.data(), gradient.data(), 3}}), std::invalid_argument);
}

TEST_CASE("optimiser ids", "[nn][optimizer]")
{
    CHECK(optimizerKindFromId("sgd") == OptimizerKind::Sgd);
    CHECK(optimizerKindFromId("adam") == OptimizerKind::Adam);
    CHECK_FALSE(optimizerKindFromId("rmsprop").has_value());
    CHECK(optimizerKindId(OptimizerKind::Sgd) == "sgd");
}
