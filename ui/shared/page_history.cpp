#include "ui/shared/page_history.h"

#include "ui/shared/page.h"

#include <QJsonArray>

#include <algorithm>

namespace convscope::ui {

namespace {

// The paths ("image/12", "stride") at which two JSON values differ, so that two edits of the same
// cell can be told from edits of two cells.
void collectChanges(const QJsonValue& before, const QJsonValue& after, const QString& path, QStringList& changes)
{
    const QString prefix = path.isEmpty() ? path : path + QLatin1Char('/');
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject(), b = after.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString& key : std::as_const(keys))
            collectChanges(a.value(key), b.value(key), prefix + key, changes);
    } else if (before.isArray() && after.isArray() && before.toArray().size() == after.toArray().size()) {
        const QJsonArray a = before.toArray(), b = after.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectChanges(a.at(i), b.at(i), prefix + QString::number(i), changes);
    } else if (before != after) {
        changes.append(path);
    }
}

QStringList topLevelKeys(const QStringList& paths)
{
    QStringList keys;
    for (const QString& path : paths) {
        const QString key = path.section(QLatin1Char('/'), 0, 0);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

// One step: the page's editable state before and after an edit.
class StateChange : public QUndoCommand {
public:
    StateChange(PageHistory* history, QJsonObject before, QJsonObject after, QStringList paths)
        : m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_paths(std::move(paths))
    {
        name();
    }

    void name()
    {
        const QString named = m_history->page() ? m_history->page()->editName(topLevelKeys(m_paths)) : QString();
        setText(named.isEmpty() ? PageHistory::tr("settings change") : named);
    }

    // The edit has happened when it is recorded: only a redo after an undo puts it back.
    void redo() override
    {
        if (m_done)
            m_history->apply(m_after);
        m_done = true;
    }
    void undo() override { m_history->apply(m_before); }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const StateChange*>(other);
        if (next->m_paths != m_paths)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before); // typed back to what it was
        return true;
    }

private:
    PageHistory* m_history;
    QJsonObject m_before;
    QJsonObject m_after;
    QStringList m_paths;
    bool m_done = false;
};

PageHistory::PageHistory(QObject* parent)
    : QUndoStack(parent)
{
}

void PageHistory::setPage(Page* page)
{
    m_page = page;
    m_recorded = page ? page->editableState() : QJsonObject();
}

void PageHistory::recordEdit()
{
    if (!m_page || m_applying)
        return;
    QJsonObject now = m_page->editableState();
    QStringList paths;
    collectChanges(m_recorded, now, QString(), paths);
    if (paths.isEmpty())
        return;
    QJsonObject before = std::exchange(m_recorded, now);
    push(new StateChange(this, std::move(before), std::move(now), std::move(paths)));
}

void PageHistory::restart()
{
    clear();
    m_recorded = m_page ? m_page->editableState() : QJsonObject();
}

void PageHistory::retranslate()
{
    for (int i = 0; i < count(); ++i)
        // The steps are this history's own, made non-const only to be renamed.
        static_cast<StateChange*>(const_cast<QUndoCommand*>(command(i)))->name();
    // The stack announces texts only as its index moves: the Edit menu reads them again.
    emit undoTextChanged(undoText());
    emit redoTextChanged(redoText());
}

void PageHistory::apply(const QJsonObject& state)
{
    if (!m_page)
        return;
    m_applying = true;
    m_page->setEditableState(state);
    m_applying = false;
    m_recorded = m_page->editableState();
}

QJsonObject withoutKeys(QJsonObject state, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys)
        state.remove(key);
    return state;
}

QJsonObject overlaid(QJsonObject current, const QJsonObject& state)
{
    for (auto it = state.begin(); it != state.end(); ++it)
        current.insert(it.key(), it.value());
    return current;
}

bool keysWithin(const QStringList& keys, std::initializer_list<QLatin1StringView> group)
{
    return std::all_of(keys.begin(), keys.end(), [&](const QString& key) {
        return std::find(group.begin(), group.end(), key) != group.end();
    });
}

} // namespace convscope::ui
