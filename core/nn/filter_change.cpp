#include "core/nn/filter_change.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace convscope::core {

std::vector<float> filterChanges(const Tensor& start, const Tensor& now)
{
    if (start.rank() != 4 || start.shape() != now.shape())
        throw std::invalid_argument("filterChanges: two K×C×F×F filter banks of one shape are needed");
    const int filters = start.dim(0);
    const auto size = static_cast<std::size_t>(start.dim(1)) * static_cast<std::size_t>(start.dim(2))
                      * static_cast<std::size_t>(start.dim(3));
    const float* from = start.data();
    const float* to = now.data();
    std::vector<float> changes;
    changes.reserve(static_cast<std::size_t>(filters));
    for (int k = 0; k < filters; ++k) {
        double moved = 0.0;
        double length = 0.0;
        for (std::size_t i = 0; i < size; ++i) {
            const double a = from[i];
            const double d = static_cast<double>(to[i]) - a;
            moved += d * d;
            length += a * a;
        }
        from += size;
        to += size;
        if (length == 0.0)
            changes.push_back(moved == 0.0 ? 0.0f : std::numeric_limits<float>::infinity());
        else
            changes.push_back(static_cast<float>(std::sqrt(moved / length)));
    }
    return changes;
}

} // namespace convscope::core
