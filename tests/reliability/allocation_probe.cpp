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

// The replaced global allocation functions. Every unaligned form is replaced, not only the two
// the standard says the others call: a sanitizer runtime supplies its own array and nothrow forms,
// whose memory this file's operator delete would then free with the wrong allocator.
namespace {

void* allocate(std::size_t size) noexcept
{
    convscope::reliability::record(size);
    return std::malloc(size == 0 ? 1 : size);
}

} // namespace

void* operator new(std::size_t size)
{
    if (void* memory = allocate(size))
        return memory;
    throw std::bad_alloc();
}

void* operator new[](std::size_t size)
{
    if (void* memory = allocate(size))
        return memory;
    throw std::bad_alloc();
}

void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    return allocate(size);
}

void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    return allocate(size);
}

void operator delete(void* memory) noexcept
{
    std::free(memory);
}

void operator delete[](void* memory) noexcept
{
    std::free(memory);
}

void operator delete(void* memory, std::size_t) noexcept
{
    std::free(memory);
}

void operator delete[](void* memory, std::size_t) noexcept
{
    std::free(memory);
}

void operator delete(void* memory, const std::nothrow_t&) noexcept
{
    std::free(memory);
}

void operator delete[](void* memory, const std::nothrow_t&) noexcept
{
    std::free(memory);
}
