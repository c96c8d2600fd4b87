#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMenu;

namespace convscope::ui {

class MainWindow;

// The File menu's lesson entries: Open lesson… (Ctrl+O), Open a shipped lesson ▸, Save lesson…
// (Ctrl+S) and Hide this page's settings. Errors go to a message box; the window does the work
// (MainWindow::openLesson, lesson, setSettingsHidden).
class LessonMenu {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::LessonMenu)

public:
    // The lessons installed with the program (resources/lessons, found by io::dataPath), in the
    // lecture's order, each with its title in the interface's language.
    struct Shipped {
        QString path;
        QString title;
    };
    static QList<Shipped> shippedLessons();
    // The translated title when `path` is one of the shipped lessons, else an empty string.
    static QString shippedTitle(const QString& path);
    // The same in the source language, which a window keeps so it can show it in whatever
    // language the interface has when it is shown.
    static QString shippedSourceTitle(const QString& path);
    // `title` in the interface's language when it is a shipped lesson's source title, else as it is.
    static QString shownTitle(const QString& title);

    static void addActions(QMenu* fileMenu, MainWindow* window);
};

} // namespace convscope::ui
