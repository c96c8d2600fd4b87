#include "core/nn/training_control.h"

namespace convscope::core {

void TrainingControl::pause()
{
    int expected = Running;
    m_state.compare_exchange_strong(expected, Paused);
}

void TrainingControl::resume()
{
    int expected = Paused;
    if (m_state.compare_exchange_strong(expected, Running))
        m_state.notify_all();
}

void TrainingControl::stop()
{
    m_state.store(Stopped);
    m_state.notify_all();
}

void TrainingControl::reset()
{
    m_state.store(Running);
    m_state.notify_all();
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
