#include "ui/training/confusion_matrix_view.h"

#include "ui/io/korean_particles.h"
#include "ui/widgets/colour_map.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace convscope::ui {

namespace {

// Columns are headed by class numbers; a row names its class and, when the name is not that
// number already ("Trouser"), the number too.
QString rowLabel(const QStringList& labels, int row)
{
    const QString number = QString::number(row);
    const QString name = labels.value(row);
    return name.isEmpty() || name == number ? number : QStringLiteral("%1  %2").arg(name, number);
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Confusion matrix"));
    setMouseTracking(true);
}

void ConfusionMatrixView::setMatrix(std::vector<std::vector<int>> counts, QStringList labels)
{
    m_counts = std::move(counts);
    m_labels = std::move(labels);
    update();
}

void ConfusionMatrixView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

QSize ConfusionMatrixView::sizeHint() const
{
    return {520, 420};
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    return {260, 220};
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometry() const
{
    Geometry g;
    const QFontMetrics metrics(font());
    const int classes = static_cast<int>(m_counts.size());
    for (int i = 0; i < classes; ++i)
        g.rowLabelWidth = std::max<double>(g.rowLabelWidth, metrics.horizontalAdvance(rowLabel(m_labels, i)));
    g.rowLabelWidth += 12 + metrics.height(); // the label, a gap and the rotated axis title
    const double top = 2.5 * metrics.height(); // axis title and column numbers
    const double availableWidth = width() - g.rowLabelWidth - 8;
    const double availableHeight = height() - top - metrics.height() - 8;
    g.cell = classes > 0 ? std::max(4.0, std::min(availableWidth, availableHeight) / classes) : 0.0;
    // Labels and grid centred together.
    g.left = std::max(0.0, (availableWidth - g.cell * classes) / 2.0);
    g.grid = QRectF(g.left + g.rowLabelWidth, top, g.cell * classes, g.cell * classes);
    return g;
}

void ConfusionMatrixView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int classes = static_cast<int>(m_counts.size());
    if (classes == 0) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics metrics(font());
    // The orange half of the diverging map: pale for a few images, deep orange for most of a row.
    const ColourMap map(ColourMapKind::BlueOrange);
    // As large as the widest count lets it be within its cell, up to the labels' size and a half.
    QFont cellFont = font();
    int widest = 0;
    for (const std::vector<int>& counts : m_counts)
        for (int count : counts)
            widest = std::max(widest, count);
    const QString widestText = QString::number(widest);
    int pixels = std::clamp(static_cast<int>(std::min(g.cell * 0.55, metrics.height() * 1.5)), 7, 40);
    for (; pixels > 7; --pixels) {
        cellFont.setPixelSize(pixels);
        if (QFontMetrics(cellFont).horizontalAdvance(widestText) <= g.cell * 0.86)
            break;
    }
    cellFont.setPixelSize(pixels);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(g.grid.left(), 0, g.grid.width(), metrics.height()), Qt::AlignCenter,
                     tr("the network's answer →"));
    painter.save();
    painter.translate(g.left + metrics.height() * 0.5, g.grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-g.grid.height() / 2, -metrics.height() / 2.0, g.grid.height(), metrics.height()),
                     Qt::AlignCenter, tr("true class →"));
    painter.restore();

    for (int row = 0; row < classes; ++row) {
        const std::vector<int>& counts = m_counts[static_cast<std::size_t>(row)];
        const int total = std::accumulate(counts.begin(), counts.end(), 0);
        const double y = g.grid.top() + row * g.cell;
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(g.left + metrics.height() + 4, y, g.rowLabelWidth - metrics.height() - 10, g.cell),
                         Qt::AlignRight | Qt::AlignVCenter, rowLabel(m_labels, row));
        for (int col = 0; col < classes; ++col) {
            const QRectF cell(g.grid.left() + col * g.cell, y, g.cell, g.cell);
            const int count = col < static_cast<int>(counts.size()) ? counts[static_cast<std::size_t>(col)] : 0;
            if (count > 0 && total > 0) {
                // √share lifts single mistakes out of the background without drowning the diagonal.
                const float share = std::sqrt(static_cast<float>(count) / static_cast<float>(total));
                const QRgb colour = map.colourAt(0.5f + 0.5f * std::max(share, 0.15f));
                painter.fillRect(cell, QColor(colour));
                painter.setPen(ColourMap::textColourOn(colour));
                painter.setFont(cellFont);
                painter.drawText(cell, Qt::AlignCenter, QString::number(count));
            }
        }
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::WindowText));
    for (int col = 0; col < classes; ++col)
        painter.drawText(QRectF(g.grid.left() + col * g.cell, g.grid.top() - 1.2 * metrics.height(), g.cell, metrics.height()),
                         Qt::AlignCenter, QString::number(col));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (int i = 0; i <= classes; ++i) {
        painter.drawLine(QPointF(g.grid.left(), g.grid.top() + i * g.cell), QPointF(g.grid.right(), g.grid.top() + i * g.cell));
        painter.drawLine(QPointF(g.grid.left() + i * g.cell, g.grid.top()), QPointF(g.grid.left() + i * g.cell, g.grid.bottom()));
    }
}

std::pair<int, int> ConfusionMatrixView::cellAt(QPointF position) const
{
    const Geometry g = geometry();
    const int classes = static_cast<int>(m_counts.size());
    if (classes == 0 || !g.grid.contains(position))
        return {-1, -1};
    const int row = std::min(classes - 1, static_cast<int>((position.y() - g.grid.top()) / g.cell));
    const int col = std::min(classes - 1, static_cast<int>((position.x() - g.grid.left()) / g.cell));
    return {row, col};
}

bool ConfusionMatrixView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, col] = cellAt(help->pos());
        if (row >= 0) {
            const int count = m_counts[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)];
            QString text = tr("%n test image(s) of class %1 classified as %2", nullptr, count)
                               .arg(m_labels.value(row), m_labels.value(col));
            if (count > 0)
                text += QLatin1Char('\n') + tr("Click to see them.");
            QToolTip::showText(help->globalPos(), io::fitKoreanParticles(text), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent* event)
{
    // The hand says a cell can be clicked; an empty cell has nothing to show.
    const auto [row, col] = cellAt(event->position());
    const bool images = row >= 0 && m_counts[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)] > 0;
    setCursor(images ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ConfusionMatrixView::mouseReleaseEvent(QMouseEvent* event)
{
    const auto [row, col] = cellAt(event->position());
    if (event->button() == Qt::LeftButton && row >= 0) {
        emit cellClicked(row, col);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace convscope::ui
