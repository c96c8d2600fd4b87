#include "tests/reliability/allocation_probe.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace convscope::reliability {
namespace {

std::atomic<bool> probing{false};
std::atomic<std::size_t> largestRequest{0};

void record(std::size_t size)
{
    if (!probing.load(std::memory_order_relaxed))
        return;
    std::size_t seen = largestRequest.load(std::memory_order_relaxed);
    while (size > seen && !largestRequest.compare_exchange_weak(seen, size, std::memory_order_relaxed)) {
    }
}

} // namespace

AllocationProbe::AllocationProbe()
{
    largestRequest = 0;
    probing = true;
}

AllocationProbe::~AllocationProbe()
{
    probing = false;
}

std::size_t AllocationProbe::largest() const
{
    return largestRequest.load();
}

} // namespace convscope::reliability

// The replaced global allocation functions. operator new[] and the nothrow forms call these by
// default, so every unaligned request passes through record().
void* operator new(std::size_t size)
{
    convscope::reliability::record(size);
    if (void* memory = std::malloc(size == 0 ? 1 : size))
        return memory;
    throw std::bad_alloc();
}

void operator delete(void* memory) noexcept
{
    std::free(memory);
}

void operator delete(void* memory, std::size_t) noexcept
{
    std::free(memory);
}
