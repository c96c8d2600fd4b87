#pragma once

#include "ui/output_size/layer_stack.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace convscope::ui {

// "28×28×8": a feature-map shape in the lecture's order, width × height × channels.
QString shapeText(const StackShape& shape);

// Feature-map shapes drawn as 3-D blocks side by side, all at one scale, so a block's width,
// height and depth are proportional to W, H and K: the lecture's [W_out, H_out, K].
//
//        ┌────────┐
//       /        /│   depth K runs up and to the right at half scale,
//      ┌────────┐ │   width W along the front face,
//      │        │ ┘   height H down the front face
//      └────────┘
class ShapeBlockView : public QWidget {
    Q_OBJECT

public:
    struct Block {
        StackShape shape;
        QString caption; // e.g. "input" or "output"; the size text is added below it
        QColor colour;
        bool valid = true; // an invalid block is drawn as a dashed outline with a cross
        QString depthSymbol = QStringLiteral("K"); // "C" for an input's channels
    };

    explicit ShapeBlockView(QWidget* parent = nullptr);

    void setBlocks(std::vector<Block> blocks);
    const std::vector<Block>& blocks() const { return m_blocks; }
    // W, H and K written along each block's edges; off for long stacks, where the captions
    // under the blocks carry the sizes.
    void setEdgeLabelsVisible(bool visible);

    // Where block `index`'s caption and size text go: its own slot, never over a neighbour's nor
    // past the view's edge; the view's minimum width gives every slot room for its two lines.
    QRectF captionRect(int index) const;
    // The widest of the captions and size texts, in the view's font.
    int widestCaption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Blocks sit in slots of equal width with an arrow between two slots; crowded, the arrows
    // shorten first.
    struct Slots {
        double width = 0;
        double arrow = 0;
    };
    Slots slotLayout() const;
    QString sizeText(const Block& block) const;

    std::vector<Block> m_blocks;
    bool m_edgeLabels = true;
};

} // namespace convscope::ui
