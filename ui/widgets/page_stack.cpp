#include "ui/widgets/page_stack.h"

#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace convscope::ui {
namespace {

// A scroll area that gives its page the whole viewport, or the page's minimum where that is
// larger. QScrollArea's own resizing gives a page with word-wrapped text its preferred height
// for the width, taller than the window, so every page scrolled and stretched.
class PageScrollArea : public QScrollArea {
public:
    explicit PageScrollArea(QWidget* page)
    {
        setFrameShape(QFrame::NoFrame);
        setWidget(page);
        page->installEventFilter(this);
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QScrollArea::resizeEvent(event);
        fitPage();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The page's minimum changed (a font, more channels): fit it again.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            fitPage();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fitPage()
    {
        QWidget* page = widget();
        if (page == nullptr)
            return;
        const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
        const QSize available = maximumViewportSize();
        const int width = std::max(available.width(), minimum.width());
        int height = minimum.height();
        if (const QLayout* layout = page->layout(); layout && layout->hasHeightForWidth())
            height = std::max(page->minimumHeight(), layout->minimumHeightForWidth(width));
        // A vertical scroll bar takes width from the page.
        const int scrollBar = height > available.height() ? verticalScrollBar()->sizeHint().width() : 0;
        page->resize(std::max(available.width() - scrollBar, minimum.width()), std::max(available.height(), height));
    }
};

} // namespace

PageStack::PageStack(QWidget* parent)
    : QStackedWidget(parent)
{
    // Another page may need another size.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

void PageStack::insertPage(int index, QWidget* page)
{
    insertWidget(index, new PageScrollArea(page));
}

QWidget* PageStack::page(int index) const
{
    const auto* scroll = qobject_cast<const QScrollArea*>(widget(index));
    return scroll ? scroll->widget() : nullptr;
}

QWidget* PageStack::currentPage() const
{
    return page(currentIndex());
}

int PageStack::indexOfPage(const QWidget* page) const
{
    for (int i = 0; i < count(); ++i)
        if (this->page(i) == page)
            return i;
    return -1;
}

void PageStack::deletePage(int index)
{
    QWidget* scroll = widget(index);
    removeWidget(scroll);
    delete scroll;
}

QSize PageStack::sizeHint() const
{
    const QWidget* shown = currentPage();
    return shown ? shown->sizeHint().expandedTo(shown->minimumSize()) : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    // Height: what a scroll area needs, whatever the page inside. Width: the page's own, so the
    // lesson list beside it gives way first, up to the limit, past which the page scrolls sideways.
    const QWidget* scroll = currentWidget();
    const QWidget* shown = currentPage();
    if (scroll == nullptr || shown == nullptr)
        return QStackedWidget::minimumSizeHint();
    const int pageWidth = std::max(shown->minimumSizeHint().width(), shown->minimumWidth());
    return {std::clamp(pageWidth, scroll->minimumSizeHint().width(), std::max(m_minimumWidthLimit, 0)),
            scroll->minimumSizeHint().height()};
}

void PageStack::setMinimumWidthLimit(int width)
{
    if (width == m_minimumWidthLimit)
        return;
    m_minimumWidthLimit = width;
    updateGeometry();
}

} // namespace convscope::ui
