#include "ui/training/test_image_grid.h"
#include "ui/shared/text_symbols.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace convscope::ui {

namespace {

constexpr int imageSide = 56;
constexpr int cellGap = 8;

} // namespace

TestImageGrid::TestImageGrid(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    measureCells();
}

void TestImageGrid::setItems(QList<TestImageItem> items)
{
    m_items = std::move(items);
    measureCells();
    updateGeometry();
    update();
}

void TestImageGrid::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void TestImageGrid::measureCells()
{
    const QFontMetrics metrics(font());
    int textWidth = imageSide;
    for (const TestImageItem& item : m_items)
        textWidth = std::max({textWidth, metrics.horizontalAdvance(item.predicted) + 24,
                              metrics.horizontalAdvance(tr("true: %1").arg(item.truth)) + 8});
    m_cellSize = {std::min(textWidth, 3 * imageSide) + cellGap, imageSide + 2 * metrics.height() + cellGap + 4};
}

int TestImageGrid::columnsFor(int width) const
{
    return std::max(1, width / cellSize().width());
}

int TestImageGrid::heightForWidth(int width) const
{
    if (m_items.isEmpty())
        return 3 * fontMetrics().height();
    const int columns = columnsFor(width);
    const int rows = static_cast<int>((m_items.size() + columns - 1) / columns);
    return rows * cellSize().height();
}

QSize TestImageGrid::sizeHint() const
{
    const int width = 8 * cellSize().width();
    return {width, heightForWidth(width)};
}

int TestImageGrid::itemAt(QPoint position) const
{
    const QSize cell = cellSize();
    const int columns = columnsFor(width());
    const int column = position.x() / cell.width();
    const int row = position.y() / cell.height();
    if (column >= columns || position.x() < 0 || position.y() < 0)
        return -1;
    const int index = row * columns + column;
    return index < m_items.size() ? index : -1;
}

void TestImageGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_items.isEmpty()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QSize cell = cellSize();
    const int columns = columnsFor(width());
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const TestImageItem& item = m_items[i];
        const QRect cellRect(static_cast<int>(i % columns) * cell.width(), static_cast<int>(i / columns) * cell.height(),
                             cell.width() - cellGap, cell.height() - cellGap);
        const QRect imageRect(cellRect.left() + (cellRect.width() - imageSide) / 2, cellRect.top() + 2, imageSide, imageSide);
        painter.drawImage(imageRect, item.image);
        if (!item.predicted.isEmpty()) {
            painter.setPen(QPen(item.wrong ? okabeIto::vermillion : palette().color(QPalette::Mid), item.wrong ? 3 : 1));
            painter.drawRect(imageRect.adjusted(-2, -2, 1, 1));
        }
        QRect line(cellRect.left(), imageRect.bottom() + 4, cellRect.width(), metrics.height());
        if (!item.predicted.isEmpty()) {
            const QString mark = item.wrong ? QStringLiteral("\u2717 ") : QStringLiteral("\u2713 ");
            painter.setFont(bold);
            painter.setPen(item.wrong ? okabeIto::vermillion : okabeIto::bluishGreen);
            painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                             QFontMetrics(bold).elidedText(mark + item.predicted, Qt::ElideRight, line.width()));
            line.translate(0, metrics.height());
        }
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::WindowText));
        const QString truth = item.predicted.isEmpty() ? item.truth : tr("true: %1").arg(item.truth);
        if (item.predicted.isEmpty() || item.wrong)
            painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, metrics.elidedText(truth, Qt::ElideRight, line.width()));
    }
}

bool TestImageGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = itemAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
        } else {
            const TestImageItem& item = m_items[index];
            QString text = tr("Test image %1\ntrue class: %2").arg(item.index + 1).arg(item.truth);
            if (!item.predicted.isEmpty())
                text += tr("\nthe network says: %1").arg(item.predicted);
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::FontChange)
        measureCells();
    return QWidget::event(event);
}

} // namespace convscope::ui
