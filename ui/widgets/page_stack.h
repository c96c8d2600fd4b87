#pragma once

#include <QStackedWidget>

namespace convscope::ui {

// A stack of pages, each in its own scroll area, whose size is the shown page's alone.
//
// QStackedWidget sizes itself for the largest of all its pages, so every change of font
// (presentation mode, zoom) laid out the word-wrapped text of every hidden page again, hundreds
// of milliseconds on the GUI thread; here a hidden page is laid out when it is shown.
//
// The scroll area keeps a page that needs more room than the window has (eight input channels
// on the Convolution page, a zoomed interface) from growing the window past the screen: the page
// scrolls instead, and fills the window whenever it fits. Sideways it first takes room from
// what stands beside the stack, up to minimumWidthLimit().
class PageStack : public QStackedWidget {
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);

    // The page at `index` goes in a scroll area of its own, the stack's widget at that index.
    void insertPage(int index, QWidget* page);
    // The page itself, not its scroll area; null when there is none.
    QWidget* page(int index) const;
    QWidget* currentPage() const;
    int indexOfPage(const QWidget* page) const;
    // Removes and deletes the page at `index` with its scroll area.
    void deletePage(int index);

    // The widest minimum the stack passes on from its page: the room the window has for pages
    // (MainWindow sets it as it resizes). A page needing more scrolls sideways rather than
    // widening the window.
    void setMinimumWidthLimit(int width);
    int minimumWidthLimit() const { return m_minimumWidthLimit; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int m_minimumWidthLimit = QWIDGETSIZE_MAX;
};

} // namespace convscope::ui
