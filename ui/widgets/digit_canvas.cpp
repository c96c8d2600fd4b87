#include "ui/widgets/digit_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <algorithm>

namespace convscope::ui {

DigitCanvas::DigitCanvas(QWidget* parent)
    : QWidget(parent)
    , m_ink(inkSide, inkSide, QImage::Format_Grayscale8)
{
    m_ink.fill(0);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Drawing area"));
    setToolTip(tr("Draw a digit with the left mouse button; the right button clears"));
}

core::Tensor DigitCanvas::inkTensor() const
{
    core::Tensor tensor({1, inkSide, inkSide});
    for (int y = 0; y < inkSide; ++y) {
        const uchar* line = m_ink.constScanLine(y);
        for (int x = 0; x < inkSide; ++x)
            tensor.at(0, y, x) = line[x] / 255.0f;
    }
    return tensor;
}

void DigitCanvas::drawStroke(const QList<QPointF>& points)
{
    if (points.isEmpty())
        return;
    QPointF previous = points.front();
    drawSegment(previous, previous);
    for (qsizetype i = 1; i < points.size(); ++i) {
        drawSegment(previous, points[i]);
        previous = points[i];
    }
    emit inkChanged();
}

void DigitCanvas::setImage(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(inkSide, inkSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_ink = grey;
    m_empty = true;
    for (int y = 0; y < inkSide && m_empty; ++y) {
        const uchar* line = m_ink.constScanLine(y);
        m_empty = std::all_of(line, line + inkSide, [](uchar v) { return v == 0; });
    }
    update();
    emit inkChanged();
}

void DigitCanvas::clear()
{
    m_ink.fill(0);
    m_empty = true;
    m_last.reset();
    update();
    emit inkChanged();
}

QSize DigitCanvas::sizeHint() const
{
    return {inkSide, inkSide};
}

QSize DigitCanvas::minimumSizeHint() const
{
    return {140, 140};
}

QRectF DigitCanvas::drawingArea() const
{
    const double side = std::min(width(), height());
    return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

QPointF DigitCanvas::toInk(QPointF widgetPoint) const
{
    const QRectF area = drawingArea();
    return (widgetPoint - area.topLeft()) * (inkSide / area.width());
}

void DigitCanvas::drawSegment(QPointF from, QPointF to)
{
    QPainter painter(&m_ink);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, m_penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (from == to)
        painter.drawPoint(from);
    else
        painter.drawLine(from, to);
    m_empty = false;
    update();
}

void DigitCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = drawingArea();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(area, m_ink);
    painter.setPen(QPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid), 2));
    painter.drawRect(area.adjusted(1, 1, -1, -1));
    if (m_empty) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw a digit here"));
    }
}

void DigitCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        clear();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_last = toInk(event->position());
    drawSegment(*m_last, *m_last);
    announceStroke();
}

void DigitCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_last || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF point = toInk(event->position());
    drawSegment(*m_last, point);
    m_last = point;
    announceStroke();
}

void DigitCanvas::announceStroke()
{
    if (m_strokeChanged)
        return;
    m_strokeChanged = true;
    QTimer::singleShot(0, this, [this] {
        m_strokeChanged = false;
        emit inkChanged();
    });
}

void DigitCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_last.reset();
}

void DigitCanvas::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace convscope::ui
