#pragma once

#include <QJsonObject>
#include <QList>
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

    // View ▸ Colour map changed (TensorView::programColourMap()): views recolour themselves; a
    // page that words its colours brings its words and choices in line.
    virtual void programColourMapChanged() {}
};

} // namespace convscope::ui
