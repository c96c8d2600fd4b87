#pragma once

#include "core/tensor.h"
#include "ui/widgets/colour_map.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace convscope::ui {

// One column of the flow: a stage of the network and how to colour it.
struct FlowStage {
    QString title;    // short, e.g. "Conv 1"
    QString shape;    // e.g. "[28, 28, 8]"
    QString toolTip;  // the long name and the layer's settings, e.g. "Convolution 1: 8 filters 3×3, pad 1"
    core::Tensor values;              // C × H × W (drawn as C maps) or a vector (drawn as a strip)
    ColourMapKind colours = ColourMapKind::BlueOrange;
    std::vector<ValueRange> ranges;   // one per map, or one for a vector
    QString rangeText;                // under the shape, e.g. "±2.4"; empty for none
    bool unrolls = false;             // a flatten: lines from each map of the previous column
    QStringList labels;               // names written beside a short vector (the class scores)
};

// The network as a row of columns, CNN Explainer style: every channel's activation map as a small
// colour-mapped image, the shape under each column, the flatten step drawn as the maps unrolling
// into one long vector, and the vectors of the fully connected layers as strips. Clicking a map or
// a strip entry asks the page to open it. Sizes adapt to the widget: maps shrink and wrap into
// several sub-columns so that every column fits at 1280×800 as at 1920×1080.
//
// The images come from ui/widgets/colour_map (planeToImage), built once per setStages().
class NetworkFlowView : public QWidget {
    Q_OBJECT

public:
    explicit NetworkFlowView(QWidget* parent = nullptr);

    void setStages(std::vector<FlowStage> stages);
    int stageCount() const { return static_cast<int>(m_stages.size()); }
    const FlowStage& stage(int index) const { return m_stages.at(static_cast<std::size_t>(index)); }
    // The outlined map (or vector, channel 0); stage −1 for none.
    void setSelected(int stage, int channel);
    // A colour bar under the columns with text at both ends and in the middle.
    void setLegend(ColourMapKind colours, const QString& low, const QString& middle, const QString& high,
                   const QString& caption);

    // Where map `channel` of `stage` is drawn (or a vector's whole strip for channel −1); empty
    // when it is not shown. For tests and for the page to point at a map.
    QRectF mapRect(int stage, int channel) const;
    // The side of a map thumbnail at the current size, in pixels.
    double thumbnailSide() const { return m_thumb; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void mapClicked(int stage, int channel);
    void vectorClicked(int stage, int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Hit {
        int stage = -1;
        int channel = -1; // map index, or entry index of a vector
        bool vector = false;
    };
    struct Column {
        double left = 0.0;
        double width = 0.0;
        QList<QRectF> maps; // one per channel; for a vector one rect, the strip
    };

    void rebuildImages();
    void relayout();
    std::optional<Hit> hitAt(QPointF position) const;
    QString hoverText(const Hit& hit) const;
    double headerHeight() const;
    double footerHeight() const;
    double legendHeight() const;
    double titleWidth(const FlowStage& stage) const;
    double vectorWidth(const FlowStage& stage) const;

    std::vector<FlowStage> m_stages;
    std::vector<std::vector<QImage>> m_images; // per stage: one per map, or one N×1 strip
    std::optional<ColourMapKind> m_programMap; // the View menu's colour map when they were made
    std::vector<Column> m_columns;
    double m_thumb = 32.0;
    int m_selectedStage = -1;
    int m_selectedChannel = 0;
    std::optional<Hit> m_hovered;

    ColourMapKind m_legendColours = ColourMapKind::BlueOrange;
    QString m_legendLow;
    QString m_legendMiddle;
    QString m_legendHigh;
    QString m_legendCaption;
};

} // namespace convscope::ui
