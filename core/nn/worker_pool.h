#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace convscope::core {

// A fixed set of threads that run one job split into parts and wait for all of them: how a batch
// is split across the cores. The calling thread runs part 0 itself, so a pool of one thread starts
// none. The threads live as long as the pool, so a pass costs one wake-up, not a thread start.
class WorkerPool {
public:
    // `threads` ≥ 1 (values below are taken as 1).
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int threadCount() const { return static_cast<int>(m_threads.size()) + 1; }

    // Runs job(part) for each part in [0, parts) at the same time, parts ≤ threadCount(), and
    // returns when all have finished. The first exception a part throws is rethrown here.
    void run(int parts, const std::function<void(int)>& job);

private:
    void workerLoop(int part);

    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake; // a new generation of work, or quit
    std::condition_variable m_done; // the last helper of a generation finished
    const std::function<void(int)>* m_job = nullptr;
    int m_parts = 0;
    int m_pending = 0;
    std::uint64_t m_generation = 0;
    bool m_quit = false;
    std::exception_ptr m_error;
};

} // namespace convscope::core
