#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QAction;
class QListWidget;
class QMenu;
class QTextBrowser;

namespace convscope::ui {

// Help ▸ Guide to this page (F1) and Help ▸ Keyboard shortcuts: a window beside the program, so
// a student can read a page's guide and try it at the same time. On the left the pages and the
// shortcuts, on the right the one chosen.
class HelpWindow : public QDialog {
    Q_OBJECT
public:
    // `pageIds` in the sidebar's order; the shortcut list reads its commands off `menus`, so it
    // names exactly the keys the menus answer to.
    HelpWindow(const QStringList& pageIds, const QList<QMenu*>& menus, QWidget* parent = nullptr);

    void showGuide(const QString& pageId);
    void showShortcuts();
    // The page id whose guide is shown; empty while the shortcuts are.
    QString shownPage() const;
    // The text shown now, as plain text (what a test reads).
    QString shownText() const;

    static QString shortcutsEntryId() { return QStringLiteral("shortcuts"); }

private:
    void showEntry(int row);
    QString guideHtml(const QString& pageId) const;
    QString shortcutsHtml() const;

    QStringList m_ids; // parallel to the list's rows: the page ids, then shortcutsEntryId()
    QList<QMenu*> m_menus;
    QListWidget* m_entries = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace convscope::ui
