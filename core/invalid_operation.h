#pragma once

#include <stdexcept>

namespace convscope::core {

// Thrown when the shapes or settings of an operation cannot work together; what() names the fault
// in one English sentence, which the command line prints as it is.
class InvalidOperation : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

} // namespace convscope::core
