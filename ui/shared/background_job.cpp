#include "ui/shared/background_job.h"

#include <QMetaObject>

namespace convscope::ui {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{
}

BackgroundJob::~BackgroundJob()
{
    // All asked first, so they stop side by side; each jthread then joins as the map goes.
    for (auto& [run, thread] : m_threads)
        thread.request_stop();
}

void BackgroundJob::cancel()
{
    if (const auto current = m_threads.find(m_run); current != m_threads.end())
        current->second.request_stop();
    ++m_run;
    m_running = false;
}

void BackgroundJob::reap(std::uint64_t run)
{
    m_threads.erase(run); // the jthread joins its thread, which has ended
}

void BackgroundJob::run(std::function<Delivery(std::stop_token)> work)
{
    cancel();
    const std::uint64_t run = m_run;
    m_running = true;
    m_threads.emplace(run, std::jthread([this, run, work = std::move(work)](std::stop_token stop) {
        Delivery delivery = work(stop);
        // Queued to this object: if it is destroyed first (its destructor joins this thread),
        // the delivery is dropped with it.
        QMetaObject::invokeMethod(
            this,
            [this, run, delivery = std::move(delivery)] {
                reap(run);
                if (run != m_run)
                    return;
                m_running = false;
                if (delivery)
                    delivery();
            },
            Qt::QueuedConnection);
    }));
}

} // namespace convscope::ui
