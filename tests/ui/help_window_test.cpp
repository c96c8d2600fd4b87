// Help ▸ Guide to this page (F1) and Help ▸ Keyboard shortcuts, in the main window.

#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"
#include "tests/ui/main_window_driving.h"
#include "tests/ui/wait_until_idle.h"

#include "ui/help/help_window.h"
#include "ui/help/page_guide.h"
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QMenuBar>

using namespace convscope;

TEST_CASE("Every page of the window has a guide with something to try and something to notice", "[help]")
{
    for (const QString& id : ui::MainWindow::lectureOrder()) {
        CAPTURE(id);
        const ui::PageGuide guide = ui::PageGuide::forPage(id);
        CHECK_FALSE(guide.title.isEmpty());
        CHECK_FALSE(guide.summary.isEmpty());
        CHECK(guide.tryThis.size() >= 2);
        CHECK_FALSE(guide.notice.isEmpty());
    }
    CHECK(ui::PageGuide::forPage(QStringLiteral("no-such-page")).title.isEmpty());
}

TEST_CASE("F1 opens the guide of the page shown, and the shortcut list names the menus' keys", "[help][window]")
{
    ui::MainWindow window;
    test::shownPage<QWidget>(window, "pooling");
    CHECK(window.helpWindow() == nullptr);
    QAction* guide = test::menuAction(window, QKeySequence::HelpContents);
    REQUIRE(guide != nullptr);
    guide->trigger();
    ui::HelpWindow* help = window.helpWindow();
    REQUIRE(help != nullptr);
    CHECK(help->isVisible());
    CHECK(help->shownPage() == QStringLiteral("pooling"));
    CHECK(help->shownText().contains(QStringLiteral("Pooling makes a map smaller")));
    CHECK(help->shownText().contains(QStringLiteral("Try this")));

    // Another page's guide, F1 again: the same window, now at that page.
    test::shownPage<QWidget>(window, "output-size");
    guide->trigger();
    CHECK(window.helpWindow() == help);
    CHECK(help->shownText().contains(QStringLiteral("[14, 14, 64]")));

    help->showShortcuts();
    CHECK(help->shownPage().isEmpty());
    const QString shortcuts = help->shownText();
    // Every menu command that has a key is listed with it, named without its mnemonic.
    for (const QAction* action : window.menuBar()->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        CAPTURE(action->text());
        CHECK(shortcuts.contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    CHECK(shortcuts.contains(QStringLiteral("Undo")));
    CHECK(shortcuts.contains(QStringLiteral("Zoom in")));
    CHECK(shortcuts.contains(QStringLiteral("play or pause the steps")));
    CHECK(shortcuts.contains(QStringLiteral("a random test image")));
}

TEST_CASE("An open guide follows a language switch, at the same page", "[help][window][i18n]")
{
    ui::MainWindow window;
    test::shownPage<QWidget>(window, "pooling");
    test::menuAction(window, QKeySequence::HelpContents)->trigger();
    test::waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("ko")));
    QCoreApplication::processEvents();
    ui::HelpWindow* help = window.helpWindow();
    REQUIRE(help != nullptr);
    CHECK(help->isVisible());
    CHECK(help->shownPage() == QStringLiteral("pooling"));
    CHECK(help->shownText().contains(QStringLiteral("풀링은 윈도우마다 숫자 하나만 남겨")));
    CHECK(help->windowTitle() == QStringLiteral("ConvScope 안내"));
    help->showShortcuts();
    CHECK(help->shownText().contains(QStringLiteral("실행 취소")));
    CHECK_FALSE(help->shownText().contains(QStringLiteral("(U)")));
    test::waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("en")));
}
