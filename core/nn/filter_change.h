#pragma once

#include "core/tensor.h"

#include <vector>

namespace convscope::core {

// How far training moved each filter of a K×C×F×F bank from where it started:
//
//   change_k = ‖now_k − start_k‖ / ‖start_k‖
//
// 0 is untouched, 1 a change as large as the random start itself. A look read into a filter
// that changed little comes from its random start, not from learning. A filter that started
// all zero gets 0 when it is still zero and infinity otherwise.
// Throws std::invalid_argument when the two banks differ in shape or are not rank 4.
std::vector<float> filterChanges(const Tensor& start, const Tensor& now);

} // namespace convscope::core
