#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include "ui/io/lesson_file.h"
#include "ui/shared/page.h"
#include "ui/widgets/colour_map.h"

#include <QElapsedTimer>

#include <optional>

class QAction;
class QListWidget;
class QMenu;
class QShortcut;
class QSplitter;
class QTimer;
class QToolBar;

namespace convscope::ui {

class ActivationPage;
class EditHistory;
class HelpWindow;
class LiveSource;
class ModelStore;
class NetworkPage;
class NoteBanner;
class PageStack;

// The lessons in the lecture's order in a side list, one page each. Remembers its size and the
// page last shown (see ui/shared/setting.h; nothing is read or written while storage is off).
//
// For the classroom: the Language menu switches between English and Korean at run time, by
// rebuilding the menus and every page (pages build their texts in their constructors), each new
// page taking over its predecessor's state (ui/shared/page.h). Presentation mode (F11) fills
// the screen with larger text and only the stepping controls; Ctrl + / Ctrl − / Ctrl 0 zoom the
// whole interface; View ▸ Colour map gives every matrix view one colour map.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The page ids in the lecture's order: convolution, activation-maps, pooling, output-size,
    // training, network. --page and the settings use these ids.
    static const QStringList& lectureOrder();

    // Lists a page under a stable id; pages appear in lectureOrder() whatever the order of the
    // calls (unknown ids go last). Only pages that exist are listed. One line per page:
    //   addPage(new PoolingPage, tr("Pooling"), QStringLiteral("pooling"));
    void addPage(QWidget* page, const QString& title, const QString& id);

    QStringList pageIds() const;
    QWidget* page(const QString& id) const;
    QString currentPageId() const;
    // False when no page has that id.
    bool showPage(const QString& id);
    // Installs the language ("en", "ko") and rebuilds menus and pages in it, keeping each page's
    // state and the page shown. False, with nothing changed, for an unknown language or while a
    // page is busy (a training run), which the user is told about.
    bool setLanguage(const QString& language);
    // The language the user chose in the Language menu last time, else the system's.
    static QString preferredLanguage();

    // Full screen, text larger by presentationScale, the lesson list and menus hidden and each
    // page showing only its stepping controls (Page::presentationHidden). Esc or F11 leaves.
    void setPresenting(bool presenting);
    bool isPresenting() const { return m_presenting; }
    static constexpr double presentationScale = 1.5;

    // The interface zoom: every font (and so every text and grid number) scaled by it.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    static constexpr double minimumZoom = 0.7;
    static constexpr double maximumZoom = 3.0;

    // Lesson files (ui/io/lesson_file.h). lesson() captures every page's state, the page shown,
    // the colour map and the pages whose settings are hidden; applyLesson() shows exactly that,
    // switching the language first when the lesson names one. Both return a translated sentence
    // naming what is wrong, or an empty string; nothing changes when a lesson is refused.
    // A lesson in another language while a page is still preparing (the Training page reading
    // its dataset) is accepted and shown once the page is ready, at most maxLessonWaitMs later:
    // isLessonPending() until then, and pendingLessonFinished() says how it went.
    // lesson() is what a lesson file holds (Page::lessonState(): the pictures inside, no quiz
    // scores); what could not go in whole is added to `notes`.
    io::Lesson lesson(const QString& title, QStringList* notes = nullptr) const;
    QString applyLesson(const io::Lesson& lesson);
    QString openLesson(const QString& path);
    QString lessonTitle() const;
    // The teacher's note of the lesson last opened or saved; shown above the pages when a lesson
    // with one opens.
    QString lessonNote() const { return m_lessonNote; }
    void setLessonNote(const QString& note) { m_lessonNote = note; }
    bool isLessonPending() const { return m_pendingLesson.has_value(); }
    static constexpr int maxLessonWaitMs = 30'000;

    // The busiest page's activity: Running when any page runs, else Preparing when any prepares.
    Page::Activity activity() const;

    // Hides a page's settings controls (its Page::presentationHidden() widgets) so students step
    // through a prepared lesson without changing it; kept across a language switch and saved in
    // lessons as "hiddenControls".
    void setSettingsHidden(const QString& id, bool hidden);
    bool settingsHidden(const QString& id) const { return m_settingsHidden.contains(id); }

    // The trained model the pages share: the Training page hands its model to the network views.
    ModelStore* modelStore() const { return m_modelStore; }
    // Edit ▸ Undo and Redo of every page.
    EditHistory* editHistory() const { return m_edits; }
    // The guide and shortcuts window; null until Help opens it.
    HelpWindow* helpWindow() const;
    // The camera or video the Activation maps and Inside the network pages share.
    LiveSource* liveSource() const { return m_liveSource; }

signals:
    // A lesson applyLesson() left pending was shown (`error` empty) or could not be (the window
    // has told the user why).
    void pendingLessonFinished(const QString& error);
    // A page shown has just drawn a live frame (and its maps, or the network's reading of it).
    void liveFrameShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // View ▸ Colour map for every view, and the pages told.
    void setProgramColourMap(std::optional<ColourMapKind> kind);
    // Every page, one addPage() line each; called again by rebuildPages().
    void createPages();
    // Each page's undo history follows the page built for its id, from the state it shows now.
    void attachHistories();
    // Lets the Inside the network page open the Convolution, Pooling and Activation maps pages
    // on a trained network's real numbers, and the Training page.
    void connectNetworkPage(NetworkPage* network);
    void connectLivePages(ActivationPage* activation, NetworkPage* network);
    // Menus, toolbar and window title in the current language (replacing any earlier ones).
    void createMenus();
    // Help ▸ Guide to this page for a page id, or the shortcuts for HelpWindow::shortcutsEntryId().
    void showHelp(const QString& entry);
    void rebuildPages();
    // applyLesson()'s parts: what refuses a lesson, and showing one that passed.
    QString checkLesson(const io::Lesson& lesson) const;
    QString showLesson(const io::Lesson& lesson);
    void retryPendingLesson();
    void updatePresentAction();
    void applyFontScale(double scale);
    // The lesson list as wide as its longest title, and the splitter giving it no more.
    void fitLessonList();
    void limitPageWidth();
    void applyPresentationHiding();
    void applySettingsHiding(const QString& id);
    void restoreSettings();
    void saveSettings() const;

    QSplitter* m_splitter = nullptr;
    QListWidget* m_lessonList = nullptr;
    PageStack* m_pages = nullptr;
    QStringList m_ids; // parallel to the list rows and the stacked pages
    QList<QMenu*> m_menus;
    QToolBar* m_toolBar = nullptr;
    QAction* m_presentAction = nullptr;
    QAction* m_guideAction = nullptr;
    QPointer<HelpWindow> m_help;
    QShortcut* m_leaveShortcut = nullptr;
    bool m_presenting = false;
    Qt::WindowStates m_statesBeforePresenting;
    QList<QPointer<QWidget>> m_hiddenForPresentation; // page controls presentation mode hid
    double m_zoom = 1.0;
    double m_fontScale = 1.0; // what the application font is scaled by now: zoom × presentation
    QFont m_baseFont;         // the application font before any scaling
    ModelStore* m_modelStore = nullptr;
    EditHistory* m_edits = nullptr;
    LiveSource* m_liveSource = nullptr;
    QString m_lessonTitle;                                // of the lesson last opened, for the window title
    QString m_lessonNote;
    NoteBanner* m_noteBanner = nullptr;
    QSet<QString> m_settingsHidden;                       // page ids whose settings a lesson hides
    QHash<QString, QList<QPointer<QWidget>>> m_hiddenByLesson; // what that hid, to show it again
    std::optional<io::Lesson> m_pendingLesson; // accepted, waiting for a page to finish preparing
    QElapsedTimer m_pendingLessonWait;
    QTimer* m_pendingLessonTimer = nullptr;
};

} // namespace convscope::ui
