#include "ui/activation/activation_worker.h"

#include <QMutexLocker>

#include <exception>
#include <new>

namespace convscope::ui {

ActivationWorker::ActivationWorker(QObject* parent)
    : QThread(parent)
{
    qRegisterMetaType<core::ActivationMap>();
}

ActivationWorker::~ActivationWorker()
{
    {
        QMutexLocker locker(&m_mutex);
        m_abort = true;
        m_pending.reset();
        m_wake.wakeOne();
    }
    wait();
}

void ActivationWorker::request(Job job)
{
    QMutexLocker locker(&m_mutex);
    m_newest = job.generation;
    m_pending = std::move(job);
    if (!isRunning())
        start(QThread::LowPriority);
    else
        m_wake.wakeOne();
}

void ActivationWorker::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_pending.reset();
    ++m_newest;
}

void ActivationWorker::run()
{
    for (;;) {
        Job job;
        {
            QMutexLocker locker(&m_mutex);
            while (!m_pending && !m_abort)
                m_wake.wait(&m_mutex);
            if (m_abort)
                return;
            job = std::move(*m_pending);
            m_pending.reset();
        }

        core::ActivationMap map;
        QString error;
        try {
            map = core::computeActivationMap(*job.channel, job.kernel, job.relu);
        } catch (const std::bad_alloc&) {
            error = tr("Not enough memory for the activation map of a %1×%2 picture. Choose a smaller resolution.")
                        .arg(job.channel->dim(-1))
                        .arg(job.channel->dim(-2));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        if (m_abort)
            return;
        // A newer request arrived while this one ran: its result is already out of date.
        if (job.generation == m_newest)
            emit mapReady(map, job.generation, error);
    }
}

} // namespace convscope::ui
