#pragma once

#include "core/nn/layer.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace convscope::core {

enum class OptimizerKind { Sgd, Adam };

// "sgd", "adam": the words of the command line and the model file.
std::string_view optimizerKindId(OptimizerKind kind);
std::optional<OptimizerKind> optimizerKindFromId(std::string_view id);

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 0.001;
    double momentum = 0.9; // SGD only; 0 is plain gradient descent
    double beta1 = 0.9;    // Adam: decay of the mean of the gradients
    double beta2 = 0.999;  // Adam: decay of the mean of their squares
    double epsilon = 1e-8; // Adam: keeps the step finite where the squares are 0

    bool operator==(const OptimizerSettings& other) const = default;
};

// Moves the parameters against their gradients. Keeps its own state (velocities, moments) per
// parameter array, matched by position: always pass the same network's parameters().
template <typename T>
class Optimizer {
public:
    explicit Optimizer(const OptimizerSettings& settings)
        : m_settings(settings)
    {
    }
    virtual ~Optimizer() = default;

    static std::unique_ptr<Optimizer<T>> create(const OptimizerSettings& settings);

    virtual void step(const std::vector<ParameterView<T>>& parameters) = 0;

    const OptimizerSettings& settings() const { return m_settings; }
    // The learning rate may change between steps (a schedule, or the user); the state is kept.
    void setLearningRate(double rate) { m_settings.learningRate = rate; }

protected:
    // One zeroed state array per parameter array, made on the first step.
    static void ensureState(std::vector<ColumnVector<T>>& state, const std::vector<ParameterView<T>>& parameters);

    OptimizerSettings m_settings;
};

extern template class Optimizer<float>;
extern template class Optimizer<double>;

} // namespace convscope::core
