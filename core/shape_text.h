#pragma once

#include <string>
#include <vector>

namespace convscope::core {

// "3×28×28" for a shape, as Tensor::shapeText writes it; for messages about shapes not yet tensors.
std::string shapeText(const std::vector<int>& shape);

} // namespace convscope::core
