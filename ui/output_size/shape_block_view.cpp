#include "ui/output_size/shape_block_view.h"

#include "ui/shared/text_symbols.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

QString shapeText(const StackShape& shape)
{
    return QString::number(shape.width) + times + QString::number(shape.height) + times + QString::number(shape.channels);
}

namespace {

// The depth axis is drawn at this fraction of the front-face scale, this many degrees above horizontal.
constexpr double depthScale = 0.5;
constexpr double depthAngle = 35.0 * 3.14159265358979323846 / 180.0;
constexpr int arrowWidth = 44;
constexpr int shortestArrow = 24;
constexpr int captionPadding = 8;

double depthDx(int depth) { return depthScale * depth * std::cos(depthAngle); }
double depthDy(int depth) { return depthScale * depth * std::sin(depthAngle); }

} // namespace

ShapeBlockView::ShapeBlockView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ShapeBlockView::setBlocks(std::vector<Block> blocks)
{
    m_blocks = std::move(blocks);
    setAccessibleDescription([this] {
        QStringList parts;
        for (const Block& block : m_blocks)
            parts << block.caption + QStringLiteral(" ") + (block.valid ? shapeText(block.shape) : QStringLiteral("-"));
        return parts.join(QStringLiteral(", "));
    }());
    updateGeometry();
    update();
}

void ShapeBlockView::setEdgeLabelsVisible(bool visible)
{
    m_edgeLabels = visible;
    update();
}

QString ShapeBlockView::sizeText(const Block& block) const { return block.valid ? shapeText(block.shape) : tr("no output"); }

int ShapeBlockView::widestCaption() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    const QFontMetrics boldMetrics(bold);
    int widest = 0;
    for (const Block& block : m_blocks)
        widest = std::max({widest, metrics.horizontalAdvance(block.caption), boldMetrics.horizontalAdvance(sizeText(block))});
    return widest;
}

ShapeBlockView::Slots ShapeBlockView::slotLayout() const
{
    const int count = static_cast<int>(m_blocks.size());
    if (count == 0)
        return {};
    const int gaps = count - 1;
    const double roomForArrows = width() - count * (widestCaption() + captionPadding);
    const double arrow = gaps == 0 ? 0.0 : std::clamp(roomForArrows / gaps, static_cast<double>(shortestArrow), static_cast<double>(arrowWidth));
    return {(width() - arrow * gaps) / count, arrow};
}

QRectF ShapeBlockView::captionRect(int index) const
{
    const Slots layout = slotLayout();
    const QFontMetrics metrics(font());
    const double top = height() - (metrics.height() * 2 + 8);
    return {index * (layout.width + layout.arrow), top, layout.width, metrics.height() * 2.0 + 6};
}

QSize ShapeBlockView::sizeHint() const { return minimumSizeHint().expandedTo({520, 260}); }

QSize ShapeBlockView::minimumSizeHint() const
{
    const int count = static_cast<int>(m_blocks.size());
    const int width = count * (widestCaption() + captionPadding) + std::max(count - 1, 0) * shortestArrow;
    return {std::max(240, width), 160};
}

void ShapeBlockView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_blocks.empty())
        return;

    const QFontMetrics metrics(font());
    const int textHeight = metrics.height() * 2 + 8; // caption and size text below each block
    const int count = static_cast<int>(m_blocks.size());
    const Slots layout = slotLayout();
    const double slotWidth = layout.width;
    // Room for the edge labels: W below and K beside a block need a line, H left of it a word.
    const double margin = m_edgeLabels ? metrics.height() * 1.6 : 6.0;
    const double sideMargin = m_edgeLabels ? metrics.horizontalAdvance(QStringLiteral("H=0000")) + 6.0 : 6.0;
    const double usableHeight = height() - textHeight - margin * 2;

    // One scale for every block, so the sizes compare honestly.
    double scale = 1e9;
    for (const Block& block : m_blocks) {
        if (!block.valid)
            continue;
        const StackShape& s = block.shape;
        const double unitsWide = s.width + depthDx(s.channels);
        const double unitsHigh = s.height + depthDy(s.channels);
        scale = std::min(scale, (slotWidth - sideMargin * 2) / std::max(unitsWide, 1.0));
        scale = std::min(scale, usableHeight / std::max(unitsHigh, 1.0));
    }
    if (scale >= 1e9)
        scale = 1.0;
    scale = std::max(scale, 0.05);

    const QColor text = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (int i = 0; i < count; ++i) {
        const Block& block = m_blocks[static_cast<std::size_t>(i)];
        const double slotLeft = i * (slotWidth + layout.arrow);
        const double centreX = slotLeft + slotWidth / 2;

        if (i > 0) {
            const double y = height() / 2.0 - textHeight / 2.0;
            const double x0 = slotLeft - layout.arrow + 5;
            const double x1 = slotLeft - 5;
            painter.setPen(QPen(text, 2));
            painter.drawLine(QPointF(x0, y), QPointF(x1, y));
            painter.drawLine(QPointF(x1, y), QPointF(x1 - 8, y - 5));
            painter.drawLine(QPointF(x1, y), QPointF(x1 - 8, y + 5));
        }

        const QRectF caption = captionRect(i);
        const int captionWidth = static_cast<int>(caption.width());
        const QRectF captionLine(caption.left(), caption.top(), caption.width(), metrics.height() + 2);
        painter.setPen(text);
        painter.drawText(captionLine, Qt::AlignCenter, metrics.elidedText(block.caption, Qt::ElideRight, captionWidth));
        painter.setFont(bold);
        painter.drawText(captionLine.translated(0, metrics.height() + 4), Qt::AlignCenter,
                         boldMetrics.elidedText(sizeText(block), Qt::ElideRight, captionWidth));
        painter.setFont(font());

        if (!block.valid) {
            const QRectF box(centreX - 40, margin + usableHeight / 2 - 40, 80, 80);
            painter.setPen(QPen(text, 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            painter.drawLine(box.topLeft(), box.bottomRight());
            painter.drawLine(box.topRight(), box.bottomLeft());
            continue;
        }

        const StackShape& s = block.shape;
        const double w = std::max(2.0, s.width * scale);
        const double h = std::max(2.0, s.height * scale);
        const double dx = std::max(2.0, depthDx(s.channels) * scale);
        const double dy = std::max(1.5, depthDy(s.channels) * scale);
        // Front face bottom-left corner, chosen so the whole block is centred in its slot.
        const double left = centreX - (w + dx) / 2;
        const double bottom = margin + usableHeight / 2 + (h + dy) / 2;
        const QPointF a(left, bottom);          // front bottom-left
        const QPointF b(left + w, bottom);      // front bottom-right
        const QPointF c(left + w, bottom - h);  // front top-right
        const QPointF d(left, bottom - h);      // front top-left
        const QPointF shift(dx, -dy);

        const QColor edge = block.colour.darker(170);
        painter.setPen(QPen(edge, 1.5));
        painter.setBrush(block.colour.lighter(125));
        painter.drawPolygon(QPolygonF({d, c, c + shift, d + shift})); // top face
        painter.setBrush(block.colour.darker(115));
        painter.drawPolygon(QPolygonF({b, c, c + shift, b + shift})); // side face
        painter.setBrush(block.colour);
        painter.drawPolygon(QPolygonF({a, b, c, d}));                  // front face

        // One line per channel on the top face when they are far enough apart to read.
        if (s.channels > 1 && s.channels <= 64 && dx / s.channels >= 3.0) {
            painter.setPen(QPen(edge, 0.6));
            for (int k = 1; k < s.channels; ++k) {
                const QPointF step = shift * (static_cast<double>(k) / s.channels);
                painter.drawLine(d + step, c + step);
                painter.drawLine(c + step, b + step);
            }
        }

        if (!m_edgeLabels)
            continue;
        painter.setPen(text);
        painter.drawText(QRectF(a.x() + w / 2 - 50, a.y() + 2, 100, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("W=%1").arg(s.width));
        const double labelHeight = std::max<double>(h, metrics.height());
        painter.drawText(QRectF(a.x() - metrics.horizontalAdvance(QStringLiteral("H=0000")) - 4, d.y() + (h - labelHeight) / 2,
                                metrics.horizontalAdvance(QStringLiteral("H=0000")), labelHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("H=%1").arg(s.height));
        const QPointF depthLabel = b + shift / 2 + QPointF(6, 0);
        painter.drawText(QRectF(depthLabel.x(), depthLabel.y() - metrics.height() / 2.0,
                                metrics.horizontalAdvance(QStringLiteral("K=00000")), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, block.depthSymbol + QStringLiteral("=%1").arg(s.channels));
    }
}

} // namespace convscope::ui
