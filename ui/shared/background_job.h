#pragma once

#include <QObject>

#include <cstdint>
#include <functional>
#include <map>
#include <stop_token>
#include <thread>

namespace convscope::ui {

// Runs work the GUI thread must not wait for (reading a dataset, building a network of millions
// of weights, writing a model file) on a thread of its own, and hands the result back on the GUI
// thread. A new run replaces one still running, whose result is then dropped and whose stop token
// is signalled. The GUI thread joins a thread only once it has ended, or when the job is
// destroyed: then every thread is asked to stop and waited for, so work that must end cleanly
// (a file being written) ignores its token and work that may be abandoned (a file being read)
// honours it.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    // What to do with a result, on the GUI thread.
    using Delivery = std::function<void()>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // `work` runs on a new thread and must not throw; the Delivery it returns runs on the GUI
    // thread unless cancel() or another run() came first.
    void run(std::function<Delivery(std::stop_token)> work);
    // Drops the result of a run still going and asks it to stop.
    void cancel();
    // A run has started and its result has not been delivered or dropped yet.
    bool isRunning() const { return m_running; }

private:
    // Joins the thread of run `run`, which has ended.
    void reap(std::uint64_t run);

    std::map<std::uint64_t, std::jthread> m_threads; // by run; GUI thread
    std::uint64_t m_run = 0; // GUI thread: the run whose result is wanted
    bool m_running = false;  // GUI thread: that run has not delivered yet
};

} // namespace convscope::ui
