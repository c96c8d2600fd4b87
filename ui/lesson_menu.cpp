#include "ui/lesson_menu.h"

#include "ui/io/data_location.h"
#include "ui/io/lesson_file.h"
#include "ui/main_window.h"
#include "ui/shared/page.h"
#include "ui/shared/setting.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace convscope::ui {
namespace {

// The folder a lesson was last opened from or saved to.
Setting<QString> lessonFolder{"lessons/folder", QString()};

struct ShippedEntry {
    const char* file;
    const char* title;
};

// resources/lessons, following the lecture: a file listed here and missing from the installed
// data is left out of the menu.
constexpr ShippedEntry shippedEntries[] = {
    {"01-convolution.convscope", QT_TRANSLATE_NOOP("convscope::ui::LessonMenu", "1. The lecture’s 5×5 convolution")},
    {"02-stride-padding.convscope", QT_TRANSLATE_NOOP("convscope::ui::LessonMenu", "2. Stride 2 with zero padding 1")},
    {"03-edges.convscope", QT_TRANSLATE_NOOP("convscope::ui::LessonMenu", "3. Edges of a picture in activation maps")},
    {"04-pooling.convscope", QT_TRANSLATE_NOOP("convscope::ui::LessonMenu", "4. Max and average pooling")},
    {"05-output-size.convscope", QT_TRANSLATE_NOOP("convscope::ui::LessonMenu", "5. Output size of the classroom CNN")},
};

// Opens after the menu has closed: a lesson in another language rebuilds the menus, this one too.
void openQueued(MainWindow* window, const QString& path)
{
    QMetaObject::invokeMethod(window, [window, path] {
        if (const QString error = window->openLesson(path); !error.isEmpty())
            QMessageBox::warning(window, LessonMenu::tr("Open lesson"), error);
    }, Qt::QueuedConnection);
}

} // namespace

QList<LessonMenu::Shipped> LessonMenu::shippedLessons()
{
    QList<Shipped> lessons;
    for (const ShippedEntry& entry : shippedEntries) {
        const QString path = io::dataPath(QStringLiteral("lessons/") + QLatin1String(entry.file));
        if (!path.isEmpty())
            lessons.append({path, tr(entry.title)});
    }
    return lessons;
}

QString LessonMenu::shippedSourceTitle(const QString& path)
{
    const QFileInfo file(path);
    for (const ShippedEntry& entry : shippedEntries) {
        const QString shipped = io::dataPath(QStringLiteral("lessons/") + QLatin1String(entry.file));
        if (!shipped.isEmpty() && QFileInfo(shipped) == file)
            return QString::fromUtf8(entry.title);
    }
    return {};
}

QString LessonMenu::shownTitle(const QString& title)
{
    for (const ShippedEntry& entry : shippedEntries)
        if (title == QString::fromUtf8(entry.title))
            return tr(entry.title);
    return title;
}

QString LessonMenu::shippedTitle(const QString& path)
{
    const QFileInfo file(path);
    for (const Shipped& lesson : shippedLessons())
        if (QFileInfo(lesson.path) == file)
            return lesson.title;
    return {};
}

void LessonMenu::addActions(QMenu* fileMenu, MainWindow* window)
{
    const QString filter = tr("ConvScope lessons (*.convscope)") + QStringLiteral(";;") + tr("All files (*)");
    fileMenu->addAction(tr("&Open lesson…"), QKeySequence::Open, window, [window, filter] {
        const QString path = QFileDialog::getOpenFileName(window, tr("Open lesson"), lessonFolder.get(), filter);
        if (path.isEmpty())
            return;
        lessonFolder.set(QFileInfo(path).absolutePath());
        openQueued(window, path);
    });

    QMenu* shippedMenu = fileMenu->addMenu(tr("Open a shipped &lesson"));
    const QList<Shipped> shipped = shippedLessons();
    for (const Shipped& lesson : shipped)
        shippedMenu->addAction(lesson.title, window, [window, path = lesson.path] { openQueued(window, path); });
    shippedMenu->setEnabled(!shipped.isEmpty());

    fileMenu->addAction(tr("&Save lesson…"), QKeySequence::Save, window, [window, filter] {
        QString path = QFileDialog::getSaveFileName(window, tr("Save lesson"), lessonFolder.get(), filter);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".convscope");
        lessonFolder.set(QFileInfo(path).absolutePath());
        bool accepted = false;
        const QString note = QInputDialog::getMultiLineText(
            window, tr("Save lesson"), tr("A note to the students, shown when the lesson opens (may stay empty):"),
            window->lessonNote(), &accepted);
        if (!accepted)
            return;
        window->setLessonNote(note.trimmed());
        // The file's name is the lesson's title ("Stride 2 on the car"), so the teacher names it once.
        QStringList notes;
        const io::Lesson lesson = window->lesson(QFileInfo(path).completeBaseName(), &notes);
        if (const QString error = io::writeLessonFile(path, lesson); !error.isEmpty())
            QMessageBox::warning(window, tr("Save lesson"), error);
        else if (!notes.isEmpty())
            QMessageBox::information(window, tr("Save lesson"),
                                     tr("The lesson was saved as %1.").arg(QFileInfo(path).fileName())
                                         + QStringLiteral("\n\n") + notes.join(QStringLiteral("\n")));
    });

    QAction* hide = fileMenu->addAction(tr("&Hide this page’s settings"));
    hide->setCheckable(true);
    hide->setToolTip(tr("Students who open the saved lesson see the views and the stepping controls only"));
    fileMenu->setToolTipsVisible(true);
    QObject::connect(fileMenu, &QMenu::aboutToShow, hide, [window, hide] {
        const QString id = window->currentPageId();
        const auto* page = dynamic_cast<const Page*>(window->page(id));
        hide->setEnabled(page != nullptr && !page->presentationHidden().isEmpty());
        hide->setChecked(window->settingsHidden(id));
    });
    QObject::connect(hide, &QAction::triggered, window,
                     [window](bool checked) { window->setSettingsHidden(window->currentPageId(), checked); });
}

} // namespace convscope::ui
