#include "ui/widgets/column_scroll_area.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace convscope::ui {

ColumnScrollArea::ColumnScrollArea(QWidget* content, int preferredWidth, QWidget* parent)
    : QScrollArea(parent)
    , m_preferredWidth(preferredWidth)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setWidget(content);
    content->installEventFilter(this);
}

int ColumnScrollArea::columnWidth() const
{
    const QWidget* content = widget();
    const int needed = content ? content->minimumSizeHint().expandedTo(content->minimumSize()).width() : 0;
    return std::max(m_preferredWidth, needed + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
}

QSize ColumnScrollArea::sizeHint() const
{
    return {columnWidth(), QScrollArea::sizeHint().height()};
}

QSize ColumnScrollArea::minimumSizeHint() const
{
    return {columnWidth(), QScrollArea::minimumSizeHint().height()};
}

bool ColumnScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The content's minimum changed (a font, a longer title): the column's width follows.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace convscope::ui
