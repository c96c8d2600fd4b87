#include "core/nn/optimizer.h"

#include "core/nn/adam_optimizer.h"
#include "core/nn/sgd_optimizer.h"

#include <stdexcept>

namespace convscope::core {

std::string_view optimizerKindId(OptimizerKind kind)
{
    return kind == OptimizerKind::Sgd ? "sgd" : "adam";
}

std::optional<OptimizerKind> optimizerKindFromId(std::string_view id)
{
    if (id == "sgd")
        return OptimizerKind::Sgd;
    if (id == "adam")
        return OptimizerKind::Adam;
    return std::nullopt;
}

template <typename T>
std::unique_ptr<Optimizer<T>> Optimizer<T>::create(const OptimizerSettings& settings)
{
    if (settings.kind == OptimizerKind::Sgd)
        return std::make_unique<SgdOptimizer<T>>(settings);
    return std::make_unique<AdamOptimizer<T>>(settings);
}

template <typename T>
void Optimizer<T>::ensureState(std::vector<ColumnVector<T>>& state, const std::vector<ParameterView<T>>& parameters)
{
    if (state.empty()) {
        for (const ParameterView<T>& view : parameters)
            state.push_back(ColumnVector<T>::Zero(static_cast<Eigen::Index>(view.size)));
        return;
    }
    if (state.size() != parameters.size())
        throw std::invalid_argument("an optimiser must always be given the same network's parameters");
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (static_cast<std::size_t>(state[i].size()) != parameters[i].size)
            throw std::invalid_argument("an optimiser must always be given the same network's parameters");
    }
}

template class Optimizer<float>;
template class Optimizer<double>;

} // namespace convscope::core
