#include "ui/edit_history.h"

#include "ui/shared/page.h"
#include "ui/shared/page_history.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QUndoGroup>
#include <QWidget>

namespace convscope::ui {

EditHistory::EditHistory(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_group(new QUndoGroup(this))
{
}

void EditHistory::attach(const QString& id, QWidget* page)
{
    auto* editable = dynamic_cast<Page*>(page);
    if (!editable)
        return;
    PageHistory*& history = m_histories[id];
    if (!history) {
        history = new PageHistory(this);
        m_group->addStack(history);
    }
    history->setPage(editable);
    editable->setHistory(history);
}

void EditHistory::detachAll()
{
    for (PageHistory* history : std::as_const(m_histories))
        history->setPage(nullptr);
}

void EditHistory::setCurrent(const QString& id)
{
    m_group->setActiveStack(m_histories.value(id));
}

void EditHistory::restartAll()
{
    for (PageHistory* history : std::as_const(m_histories))
        history->restart();
}

void EditHistory::retranslate()
{
    for (PageHistory* history : std::as_const(m_histories))
        history->retranslate();
}

void EditHistory::addActions(QMenu* menu)
{
    QAction* undo = menu->addAction(QString());
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = menu->addAction(QString());
    // Ctrl+Shift+Z as in most editors, and Ctrl+Y as on Windows.
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    const auto showUndo = [undo](const QString& step) {
        undo->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step));
    };
    const auto showRedo = [redo](const QString& step) {
        redo->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step));
    };
    showUndo(m_group->undoText());
    showRedo(m_group->redoText());
    undo->setEnabled(m_group->canUndo());
    redo->setEnabled(m_group->canRedo());
    connect(m_group, &QUndoGroup::undoTextChanged, undo, showUndo);
    connect(m_group, &QUndoGroup::redoTextChanged, redo, showRedo);
    connect(m_group, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_group, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(undo, &QAction::triggered, this, [this] {
        if (pageIdle())
            m_group->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (pageIdle())
            m_group->redo();
    });
}

bool EditHistory::pageIdle()
{
    const auto* history = qobject_cast<const PageHistory*>(m_group->activeStack());
    if (!history || !history->page() || !history->page()->isBusy())
        return true;
    QMessageBox::information(m_window, tr("Undo"),
                             tr("The page is busy: a training run is in progress, or a dataset is being read. "
                                "Undo and redo when it has finished or after stopping it."));
    return false;
}

} // namespace convscope::ui
