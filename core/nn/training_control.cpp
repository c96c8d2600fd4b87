#include "core/nn/training_control.h"

#include <chrono>

namespace convscope::core {
namespace {

std::int64_t nowNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

void TrainingControl::pause()
{
    // The start is set before the state, so whoever sees Paused reads this pause's start.
    const std::int64_t now = nowNanoseconds();
    if (m_state.load() != Running)
        return;
    m_pausedSince.store(now);
    int expected = Running;
    m_state.compare_exchange_strong(expected, Paused);
}

void TrainingControl::resume()
{
    int expected = Paused;
    if (m_state.compare_exchange_strong(expected, Running)) {
        endPause();
        m_state.notify_all();
    }
}

void TrainingControl::stop()
{
    if (m_state.exchange(Stopped) == Paused)
        endPause();
    m_state.notify_all();
}

void TrainingControl::reset()
{
    if (m_state.exchange(Running) == Paused)
        endPause();
    m_state.notify_all();
}

void TrainingControl::endPause()
{
    m_pausedNanoseconds.fetch_add(nowNanoseconds() - m_pausedSince.load());
}

double TrainingControl::pausedSeconds() const
{
    std::int64_t total = m_pausedNanoseconds.load();
    if (m_state.load() == Paused)
        total += nowNanoseconds() - m_pausedSince.load();
    return static_cast<double>(total) * 1e-9;
}

bool TrainingControl::proceed() const
{
    while (true) {
        const int state = m_state.load();
        if (state == Running)
            return true;
        if (state == Stopped)
            return false;
        m_state.wait(Paused);
    }
}

} // namespace convscope::core
