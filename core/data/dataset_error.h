#pragma once

#include <stdexcept>

namespace convscope::core {

// A dataset file that cannot be read or does not fit its partner files; what() is one English
// sentence that names the file and what is wrong with it. Nothing is loaded when it is thrown.
class DatasetError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reading was asked to stop (through its std::stop_token) before it ended: the dataset was chosen
// again, or the program is closing. Nothing is loaded when it is thrown.
class DatasetLoadStopped : public std::runtime_error {
public:
    DatasetLoadStopped()
        : std::runtime_error("reading the dataset was stopped")
    {
    }
};

} // namespace convscope::core
