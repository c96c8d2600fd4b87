#pragma once

#include <functional>

class QObject;

namespace convscope::ui {

// The changes a page model made during one turn of the event loop, handed over once at the start
// of the next (a 0 ms timer), so views get one signal of each kind and repaint once however many
// setters ran. The bits are the model's own enum ("structure", "values", …); the owner's flush
// turns them into its signals.
class ChangeBatch {
public:
    ChangeBatch(QObject* owner, std::function<void(int changes)> flush);

    void mark(int changes);

private:
    QObject* m_owner;
    std::function<void(int)> m_flush;
    int m_pending = 0;
    bool m_scheduled = false;
};

} // namespace convscope::ui
