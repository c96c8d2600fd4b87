#pragma once

#include <stdexcept>

namespace convscope::core {

// A dataset file that cannot be read or does not fit its partner files; what() is one English
// sentence that names the file and what is wrong with it. Nothing is loaded when it is thrown.
class DatasetError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace convscope::core
