#pragma once

#include <QObject>

#include <cstdint>
#include <functional>
#include <map>
#include <thread>

namespace convscope::ui {

// Runs work the GUI thread must not wait for (reading a dataset, building a network of millions
// of weights) on a thread of its own, and hands the result back on the GUI thread. A new run
// replaces one still running, whose result is then dropped. The GUI thread joins each thread only
// once it has ended, except when the job is destroyed: core work cannot be interrupted.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    // What to do with a result, on the GUI thread.
    using Delivery = std::function<void()>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // `work` runs on a new thread and must not throw; the Delivery it returns runs on the GUI
    // thread unless cancel() or another run() came first.
    void run(std::function<Delivery()> work);
    // Drops the result of a run still going.
    void cancel()
    {
        ++m_run;
        m_running = false;
    }
    // A run has started and its result has not been delivered or dropped yet.
    bool isRunning() const { return m_running; }

private:
    // Joins the thread of run `run`, which has ended.
    void reap(std::uint64_t run);

    std::map<std::uint64_t, std::thread> m_threads; // by run; GUI thread
    std::uint64_t m_run = 0; // GUI thread: the run whose result is wanted
    bool m_running = false;  // GUI thread: that run has not delivered yet
};

} // namespace convscope::ui
