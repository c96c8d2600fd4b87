#pragma once

#include "tests/catch.h"
#include "tests/ui/wait_until_idle.h"
#include "ui/main_window.h"

#include <QAction>
#include <QKeySequence>
#include <QMenuBar>

namespace convscope::test {

// Page `id` of `window`, shown once every page has finished preparing.
template <class PageType>
PageType* shownPage(ui::MainWindow& window, const char* id)
{
    waitUntilIdle(window);
    REQUIRE(window.showPage(QString::fromLatin1(id)));
    auto* page = qobject_cast<PageType*>(window.page(QString::fromLatin1(id)));
    REQUIRE(page != nullptr);
    return page;
}

// The menu command `shortcut` triggers; null when none does.
inline QAction* menuAction(const ui::MainWindow& window, const QKeySequence& shortcut)
{
    for (QAction* action : window.menuBar()->findChildren<QAction*>())
        if (action->shortcuts().contains(shortcut))
            return action;
    return nullptr;
}

} // namespace convscope::test
