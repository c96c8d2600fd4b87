#pragma once

#include <QStringList>
#include <QWidget>

#include <utility>
#include <vector>

namespace convscope::ui {

// A confusion matrix: row = the true class, column = the network's answer, each cell the number
// of test images, coloured by the square root of its share of the row on the orange half of the
// blue–orange map (white to deep orange, readable by colour-blind students).
// The diagonal holds the right answers; anything bright off it is a pair of classes the network
// mixes up. Empty cells stay blank so the mistakes stand out.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    // counts[true][predicted]; `labels` names the classes (one per row).
    void setMatrix(std::vector<std::vector<int>> counts, QStringList labels);
    const std::vector<std::vector<int>>& counts() const { return m_counts; }
    const QStringList& labels() const { return m_labels; }
    void setEmptyText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The cell under `position` as {true class, answer}; {-1, -1} outside the cells.
    std::pair<int, int> cellAt(QPointF position) const;

signals:
    // A click on a cell: the student asks to see its test images.
    void cellClicked(int truth, int answer);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        QRectF grid;     // the cells
        double cell = 0; // side of one cell
        double rowLabelWidth = 0;
        double left = 0; // where the row labels start
    };
    Geometry geometry() const;

    std::vector<std::vector<int>> m_counts;
    QStringList m_labels;
    QString m_emptyText;
};

} // namespace convscope::ui
