#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QMenu;
class QUndoGroup;
class QWidget;

namespace convscope::ui {

class PageHistory;

// The Edit menu's undo and redo: one PageHistory per page, kept by page id so that pages rebuilt
// in another language keep their steps, and the one of the page shown answers Ctrl+Z and
// Ctrl+Shift+Z. A busy page (a training run) is not changed behind its back: undo waits, saying so.
class EditHistory : public QObject {
    Q_OBJECT
public:
    // `window` parents the messages.
    explicit EditHistory(QWidget* window);

    // Records `page`'s edits under `id` from its state now on; pages that are no Page are ignored.
    void attach(const QString& id, QWidget* page);
    // Before pages are deleted.
    void detachAll();
    // Undo and redo follow the page shown.
    void setCurrent(const QString& id);
    // Forgets every page's steps (a lesson replaced what the pages showed).
    void restartAll();
    // Step names in the current language.
    void retranslate();

    // Undo and redo actions, in the current language, for the Edit menu being built.
    void addActions(QMenu* menu);

    // The history of page `id`, null before it is attached.
    PageHistory* history(const QString& id) const { return m_histories.value(id); }

private:
    // Whether the page shown may be changed now; says why not.
    bool pageIdle();

    QWidget* m_window;
    QUndoGroup* m_group;
    QHash<QString, PageHistory*> m_histories;
};

} // namespace convscope::ui
