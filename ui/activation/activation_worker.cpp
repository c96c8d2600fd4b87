#include "ui/activation/activation_worker.h"

#include <QMutexLocker>

#include <exception>
#include <new>

namespace convscope::ui {

ActivationWorker::ActivationWorker(QObject* parent)
    : QThread(parent)
{
    qRegisterMetaType<core::ActivationMap>();
    qRegisterMetaType<std::shared_ptr<const LiveMaps>>();
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

void ActivationWorker::requestLive(LiveMapsRequest request, quint64 generation)
{
    QMutexLocker locker(&m_mutex);
    m_newest = generation;
    m_pending = LiveJob{std::move(request), generation};
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
        std::optional<std::variant<Job, LiveJob>> job;
        {
            QMutexLocker locker(&m_mutex);
            while (!m_pending && !m_abort)
                m_wake.wait(&m_mutex);
            if (m_abort)
                return;
            job = std::move(*m_pending);
            m_pending.reset();
        }
        std::visit([this](auto& one) { compute(one); }, *job);
        if (m_abort)
            return;
    }
}

void ActivationWorker::compute(Job& job)
{
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
    // A newer request arrived while this one ran: its result is already out of date.
    if (!m_abort && job.generation == m_newest)
        emit mapReady(map, job.generation, error);
}

void ActivationWorker::compute(LiveJob& job)
{
    auto maps = std::make_shared<LiveMaps>();
    QString error;
    try {
        *maps = computeLiveMaps(job.request);
    } catch (const std::bad_alloc&) {
        error = tr("Not enough memory for the activation maps of a %1×%2 frame. Choose a smaller resolution.")
                    .arg(job.request.frame.width())
                    .arg(job.request.frame.height());
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    if (!m_abort)
        emit liveMapsReady(std::move(maps), job.generation, error);
}

} // namespace convscope::ui
