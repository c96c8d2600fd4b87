#pragma once

#include <atomic>

namespace convscope::core {

// The cancellation token between a training run and whoever controls it (the GUI thread, a test).
// Any thread may call pause(), resume() and stop(); the training threads call proceed() between
// batches and, inside a batch, before each layer of each group of 8 samples (under a millisecond
// for the classroom network, a few for the tutorial one), so every request is honoured well within
// 100 ms. One std::atomic
// holds the state; a paused run sleeps in atomic::wait, not in a poll loop.
class TrainingControl {
public:
    void pause();
    void resume();
    void stop();
    // Back to running, for the next run.
    void reset();

    bool isPaused() const { return m_state.load() == Paused; }
    bool stopRequested() const { return m_state.load() == Stopped; }

    // For the training thread: returns at once while running, blocks while paused, and returns
    // false once stop() has been called (also when it is called during the pause).
    bool proceed() const;

private:
    enum State : int { Running, Paused, Stopped };
    mutable std::atomic<int> m_state{Running};
};

} // namespace convscope::core
