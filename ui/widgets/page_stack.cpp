#include "ui/widgets/page_stack.h"

namespace convscope::ui {

PageStack::PageStack(QWidget* parent)
    : QStackedWidget(parent)
{
    // Another page may need another size.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    const QWidget* page = currentWidget();
    return page ? page->sizeHint().expandedTo(page->minimumSize()) : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget* page = currentWidget();
    if (page == nullptr)
        return QStackedWidget::minimumSizeHint();
    // As a layout sees a widget: its explicit minimum wins over its hint.
    QSize size = page->minimumSizeHint();
    if (page->minimumWidth() > 0)
        size.setWidth(page->minimumWidth());
    if (page->minimumHeight() > 0)
        size.setHeight(page->minimumHeight());
    return size;
}

bool PageStack::hasHeightForWidth() const
{
    const QWidget* page = currentWidget();
    return page && page->hasHeightForWidth();
}

int PageStack::heightForWidth(int width) const
{
    const QWidget* page = currentWidget();
    return page ? page->heightForWidth(width) : -1;
}

} // namespace convscope::ui
