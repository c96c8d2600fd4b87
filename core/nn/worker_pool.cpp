#include "core/nn/worker_pool.h"

#include <algorithm>

namespace convscope::core {

WorkerPool::WorkerPool(int threads)
{
    const int helpers = std::max(threads, 1) - 1;
    m_threads.reserve(static_cast<std::size_t>(helpers));
    for (int part = 1; part <= helpers; ++part)
        m_threads.emplace_back([this, part] { workerLoop(part); });
}

WorkerPool::~WorkerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

void WorkerPool::run(int parts, const std::function<void(int)>& job)
{
    parts = std::clamp(parts, 1, threadCount());
    if (parts == 1) {
        job(0);
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_job = &job;
        m_parts = parts;
        m_pending = parts - 1;
        m_error = nullptr;
        ++m_generation;
    }
    m_wake.notify_all();
    std::exception_ptr ownError;
    try {
        job(0);
    } catch (...) {
        ownError = std::current_exception();
    }
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
    m_job = nullptr;
    if (ownError)
        std::rethrow_exception(ownError);
    if (m_error)
        std::rethrow_exception(m_error);
}

void WorkerPool::workerLoop(int part)
{
    std::uint64_t seen = 0;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [&] { return m_quit || m_generation != seen; });
        if (m_quit)
            return;
        seen = m_generation;
        if (part >= m_parts)
            continue;
        const std::function<void(int)>* job = m_job;
        lock.unlock();
        std::exception_ptr error;
        try {
            (*job)(part);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        if (error && !m_error)
            m_error = error;
        if (--m_pending == 0)
            m_done.notify_one();
    }
}

} // namespace convscope::core
