#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUndoStack>

#include <initializer_list>

namespace convscope::ui {

class Page;

// Edit ▸ Undo for one page. A page only announces that something it shows may have changed
// (Page::announceEdit); the history compares the page's Page::editableState() with the one it
// recorded last, and a difference becomes a step that puts the earlier state back. So every kind
// of edit — a cell typed, a preset chosen, a spin box stepped, a layer added — is undone the same
// way, and an announcement that changed nothing (the animation moved on) leaves no step.
//
// Repeated edits of the same values merge into one step, as in other desktop editors: typing into
// one cell again, or stepping one spin box up several times, is undone at once.
class PageHistory : public QUndoStack {
    Q_OBJECT
public:
    explicit PageHistory(QObject* parent = nullptr);

    // The page whose edits are recorded. Its state now is the starting point, so a page rebuilt in
    // another language, which shows the same state, keeps its steps; null detaches.
    void setPage(Page* page);
    Page* page() const { return m_page; }

    // Records the difference between the page's state and the last recorded one, if any.
    void recordEdit();
    // Forgets every step: the page's state now is where undo stops (a lesson opened, a network
    // trained, whose earlier designs can no longer be put back without losing it).
    void restart();
    // Names every step again in the current language (Page::editName).
    void retranslate();

private:
    friend class StateChange;
    // Puts `state` back on the page; the page's own reading of it is what is recorded from then on.
    void apply(const QJsonObject& state);

    Page* m_page = nullptr;
    QJsonObject m_recorded;
    bool m_applying = false;
};

// For a page whose editable state is its model's state less what only moves: `state` without
// `keys`; `state` laid over `current`, so that what only moves stays where it is now; and whether
// an edit's keys are all among `group` (to name it).
QJsonObject withoutKeys(QJsonObject state, std::initializer_list<QLatin1StringView> keys);
QJsonObject overlaid(QJsonObject current, const QJsonObject& state);
bool keysWithin(const QStringList& keys, std::initializer_list<QLatin1StringView> group);

} // namespace convscope::ui
