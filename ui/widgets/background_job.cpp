#include "ui/widgets/background_job.h"

#include <QMetaObject>

namespace convscope::ui {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{
}

BackgroundJob::~BackgroundJob()
{
    for (auto& [run, thread] : m_threads)
        thread.join();
}

void BackgroundJob::reap(std::uint64_t run)
{
    const auto ended = m_threads.find(run);
    if (ended == m_threads.end())
        return;
    ended->second.join();
    m_threads.erase(ended);
}

void BackgroundJob::run(std::function<Delivery()> work)
{
    const std::uint64_t run = ++m_run;
    m_running = true;
    m_threads[run] = std::thread([this, run, work = std::move(work)] {
        Delivery delivery = work();
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
    });
}

} // namespace convscope::ui
