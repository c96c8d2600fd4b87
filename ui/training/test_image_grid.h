#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

namespace convscope::ui {

// One test image as the grid shows it.
struct TestImageItem {
    QImage image;       // the image, one pixel per value (e.g. 28×28 grey)
    QString truth;      // the true class
    QString predicted;  // the network's answer; empty before any prediction
    bool wrong = false; // predicted differs from truth
    int index = 0;      // position in the test set, for the tooltip
};

// A grid of test images with the network's answer under each; wrong answers are framed in
// vermillion and marked ✗, right ones marked ✓ (so the mark does not rely on colour alone).
// Cells keep their size and wrap to the width; use inside a scroll area.
class TestImageGrid : public QWidget {
    Q_OBJECT

public:
    explicit TestImageGrid(QWidget* parent = nullptr);

    void setItems(QList<TestImageItem> items);
    const QList<TestImageItem>& items() const { return m_items; }
    // A sentence shown instead of the grid when there are no items.
    void setEmptyText(const QString& text);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QSize cellSize() const { return m_cellSize; }
    // Every layout pass asks for the cell size many times; measuring each label every time made
    // a change of font take a tenth of a second.
    void measureCells();
    int columnsFor(int width) const;
    int itemAt(QPoint position) const;

    QList<TestImageItem> m_items;
    QString m_emptyText;
    QSize m_cellSize;
};

} // namespace convscope::ui
