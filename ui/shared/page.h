#pragma once

#include "ui/shared/page_history.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace convscope::ui {

// What the main window asks of a lesson page besides showing it. A page implements it beside
// QWidget (class PoolingPage : public QWidget, public Page); pages that do not still work, they
// just start afresh when rebuilt and keep every control in presentation mode.
//
// The main window rebuilds every page when the interface language changes, since pages build
// their texts in their constructors: the old page's state() goes to the new page's setState(),
// so the student finds the same image, kernel, settings and step.
class Page {
public:
    virtual ~Page() = default;

    // The page's whole state as JSON; setState() of a freshly built page gives it back. Unknown
    // or missing keys keep the defaults, so a state from an older version still loads.
    virtual QJsonObject state() const = 0;
    virtual void setState(const QJsonObject& state) = 0;
    // state() for a lesson file, which opens on other computers: the pictures the page shows go
    // inside it (io::carryPictureFile). What could not go in whole is said in `notes`, for the
    // teacher who saves it.
    virtual QJsonObject lessonState([[maybe_unused]] QStringList& notes) const { return state(); }

    // What the page is doing that rebuilding it would throw away. A lesson or a language switch
    // waits for a page that is Preparing (reading a dataset, which ends by itself) and is refused
    // while one is Running (a training run, which only the user ends).
    enum class Activity { Idle, Preparing, Running };
    virtual Activity activity() const { return Activity::Idle; }
    bool isBusy() const { return activity() != Activity::Idle; }

    // The controls hidden in presentation mode, which keeps only what steps through the lesson
    // (play, step, timeline) and the views: settings panels, file buttons, editors.
    virtual QList<QWidget*> presentationHidden() const { return {}; }

    // What Edit ▸ Undo takes back: what the student edits on the page (pictures' values, kernels,
    // settings, layers), without what only moves (the animation's place, the quiz, the tab shown).
    // setEditableState() puts such a state back. Empty: the page has nothing to undo.
    virtual QJsonObject editableState() const { return {}; }
    virtual void setEditableState([[maybe_unused]] const QJsonObject& state) {}
    // An edit's name for Edit ▸ Undo, in the current language, from the top-level keys of
    // editableState() it changed: "kernel edit" for {"kernels"}. Empty: a "settings change".
    virtual QString editName([[maybe_unused]] const QStringList& keys) const { return {}; }
    // The main window's history of this page, which the page tells of its edits.
    void setHistory(PageHistory* history) { m_history = history; }

    // View ▸ Colour map changed (TensorView::programColourMap()): views recolour themselves; a
    // page that words its colours brings its words and choices in line.
    virtual void programColourMapChanged() {}

protected:
    // Something editableState() holds may have changed; harmless when nothing did.
    void announceEdit() const
    {
        if (m_history)
            m_history->recordEdit();
    }
    // Undo stops at the state now: what came before can no longer be put back.
    void restartHistory() const
    {
        if (m_history)
            m_history->restart();
    }

private:
    QPointer<PageHistory> m_history;
};

} // namespace convscope::ui
