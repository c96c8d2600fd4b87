#pragma once

#include <atomic>
#include <cstdint>

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

    // The seconds spent paused so far (from each pause() to the resume(), stop() or reset() that
    // ended it, the pause going on included), so the trainer's timings leave pauses out also when
    // one begins inside a batch.
    double pausedSeconds() const;

private:
    enum State : int { Running, Paused, Stopped };
    // Adds the pause that began at m_pausedSince; after a successful change away from Paused.
    void endPause();

    mutable std::atomic<int> m_state{Running};
    std::atomic<std::int64_t> m_pausedSince{0};       // steady_clock nanoseconds at the last pause()
    std::atomic<std::int64_t> m_pausedNanoseconds{0}; // the pauses that have ended
};

} // namespace convscope::core
