#pragma once

#include "core/tensor.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>

namespace convscope::ui {

// A square to draw a digit on with the mouse (or a pen or a finger), the way MNIST digits look:
// white ink on black with a round, thick pen. The drawing lives in a fixed-size backing image
// (inkSide × inkSide pixels) whatever size the widget has, so the stroke keeps the same
// thickness relative to the digit on a laptop and on a projector.
//
// The widget only records ink. Pages read it as a QImage or as an ink matrix and run it through
// core::preprocessDigit (crop, scale to 20×20, centre by mass in 28×28) before classifying.
// Left button draws, right button (or Delete / Backspace) clears.
class DigitCanvas : public QWidget {
    Q_OBJECT

public:
    static constexpr int inkSide = 280;

    explicit DigitCanvas(QWidget* parent = nullptr);

    // inkSide × inkSide, Format_Grayscale8: 0 background, 255 full ink.
    const QImage& image() const { return m_ink; }
    // The same as a 1×inkSide×inkSide tensor, values 0…1 (what core::preprocessDigit reads).
    core::Tensor inkTensor() const;
    bool isEmpty() const { return m_empty; }

    // Pen diameter in backing-image pixels; a tenth of the side by default, which after scaling
    // the digit to MNIST's 20-pixel box gives MNIST's 2–3 pixel strokes.
    void setPenWidth(double pixels) { m_penWidth = pixels; }
    double penWidth() const { return m_penWidth; }

    // Draws a stroke through `points` (backing-image coordinates), as a mouse drag would.
    void drawStroke(const QList<QPointF>& points);
    // Replaces the ink with `image` scaled to inkSide × inkSide (its grey level is the ink).
    void setImage(const QImage& image);
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    // After clear() and drawStroke(), and after the pieces of a stroke drawn with the mouse, at
    // most once an event-loop turn: the page reclassifies once for a burst of mouse moves, not
    // once for each.
    void inkChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void announceStroke();
    QRectF drawingArea() const;              // the square the ink is shown in, in widget pixels
    QPointF toInk(QPointF widgetPoint) const; // widget → backing-image coordinates
    void drawSegment(QPointF from, QPointF to);

    QImage m_ink;
    bool m_empty = true;
    double m_penWidth = inkSide / 10.0;
    std::optional<QPointF> m_last; // previous point of the stroke being drawn
    bool m_strokeChanged = false;  // an inkChanged for the stroke is due this event-loop turn
};

} // namespace convscope::ui
