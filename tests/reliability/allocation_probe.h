#pragma once

#include <cstddef>

namespace convscope::reliability {

// Records the largest single request made through the global operator new while it is alive.
// allocation_probe.cpp replaces operator new for this test executable, which is how a test proves
// that a parser refused an oversized claim before allocating for it (std::vector, std::string and
// core::Tensor all allocate through operator new; Qt's containers and QImage use malloc and are
// not seen).
class AllocationProbe {
public:
    AllocationProbe();
    ~AllocationProbe();
    AllocationProbe(const AllocationProbe&) = delete;
    AllocationProbe& operator=(const AllocationProbe&) = delete;

    std::size_t largest() const;
};

} // namespace convscope::reliability
