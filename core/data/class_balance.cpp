#include "core/data/class_balance.h"

#include <algorithm>

namespace convscope::core {

std::vector<SmallClass> smallClasses(const ImageSet& set, int classCount)
{
    if (classCount < 2)
        return {};
    std::vector<int> counts(static_cast<std::size_t>(classCount), 0);
    for (const std::uint8_t label : set.labels) {
        if (label < classCount)
            ++counts[label];
    }
    std::vector<int> sorted = counts;
    std::sort(sorted.begin(), sorted.end());
    const int median = sorted[static_cast<std::size_t>(classCount / 2)];
    std::vector<SmallClass> small;
    for (int label = 0; label < classCount; ++label) {
        if (3 * counts[static_cast<std::size_t>(label)] < median)
            small.push_back({label, counts[static_cast<std::size_t>(label)], median});
    }
    return small;
}

} // namespace convscope::core
