#include "ui/shared/change_batch.h"

#include <QObject>
#include <QTimer>

#include <utility>

namespace convscope::ui {

ChangeBatch::ChangeBatch(QObject* owner, std::function<void(int changes)> flush)
    : m_owner(owner)
    , m_flush(std::move(flush))
{
}

void ChangeBatch::mark(int changes)
{
    m_pending |= changes;
    if (m_scheduled)
        return;
    m_scheduled = true;
    // The owner as the timer's context: a model deleted before the next turn gets no call.
    QTimer::singleShot(0, m_owner, [this] {
        const int pending = m_pending;
        m_pending = 0;
        m_scheduled = false;
        m_flush(pending);
    });
}

} // namespace convscope::ui
