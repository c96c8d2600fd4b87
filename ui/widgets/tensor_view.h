#pragma once

#include "core/tensor.h"
#include "ui/widgets/colour_map.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QString>
#include <QWidget>

#include <array>
#include <optional>

class QLineEdit;

namespace convscope::ui {

// A cell of a TensorView in matrix coordinates: row 0..rows−1, column 0..cols−1. Cells of the
// zero-padding ring have negative coordinates or coordinates ≥ rows / cols (see setPaddingRing).
struct CellPos {
    int row = 0;
    int col = 0;
    bool operator==(const CellPos& other) const = default;
};

// Small text drawn in the top-right corner of a cell: the lecture's "×1" beside an image value.
struct CellAnnotation {
    CellPos cell;
    QString text;
};

// What a highlighted cell means; each role has its own colour-blind-safe colour (Okabe–Ito).
enum class CellRole {
    Window,    // under the kernel window (tinted); use setWindow() for the outline
    Target,    // the output cell being written (thick outline)
    Related,   // cells linked to the one the student picked (e.g. the outputs an input feeds)
    Uncovered, // input cells no window ever reaches (crossed out)
    Picked,    // the cell the student clicked to ask about
};

// Shows one matrix (one channel of a tensor):
//  - large cells: a grid with each value written in it, the font growing with the cell so the
//    numbers stay readable on a projector;
//  - small cells: the colour-mapped image only; a legend under it gives the value range.
// Zoom: wheel, +/−, 0 fits; pan: drag (or middle-drag). Hovering emits cellHovered and shows a
// tooltip with the value and coordinates; the accessible description follows the hovered or
// selected cell. Tab reaches every view: in a view that is not editable, Tab puts a reading
// cursor on the first cell, the arrows move it (a screen reader reads each cell), Enter acts as
// a click on it and Esc or leaving the view removes it, so the page's arrow keys work again.
//
// The widget never changes the data it shows. In editable mode the student selects a cell and
// types a value (or double-clicks, or uses Shift+wheel / Alt+wheel); the view emits valueEdited
// and the page model decides whether to apply it (the model then calls setMatrix again).
//
// Painting stays smooth for 1000×1000 matrices: values are colour-mapped once into a cached
// image (rebuilt only by setMatrix/setColourMap/setValueRange), only the visible part of it is
// drawn, and numbers/grid lines are drawn only for visible cells when cells are large enough.
class TensorView : public QWidget {
    Q_OBJECT

public:
    explicit TensorView(QWidget* parent = nullptr);
    ~TensorView() override;

    // --- data ---------------------------------------------------------------------------------
    // The matrix shown (copied). Keeps zoom and highlights when the shape is unchanged.
    void setMatrix(const Eigen::Ref<const core::Matrix>& values);
    // Plane `planeIndex` of a tensor, see core::Tensor::plane() (channel c of C×H×W).
    void setTensorPlane(const core::Tensor& tensor, int planeIndex = 0);
    const core::Matrix& matrix() const { return m_values; }
    int rows() const { return static_cast<int>(m_values.rows()); }
    int cols() const { return static_cast<int>(m_values.cols()); }
    // The value drawn in a cell: 0 in the padding ring, nullopt outside the view.
    std::optional<float> valueAt(CellPos cell) const;

    // --- colours ------------------------------------------------------------------------------
    void setColourMap(ColourMapKind kind);
    ColourMapKind colourMap() const { return m_map.kind(); }
    // A fixed range (e.g. the whole output's range while it fills in, or [0, 1] for images).
    void setValueRange(ValueRange range);
    // Back to automaticRange() of the current values (the default).
    void setAutomaticRange();
    ValueRange valueRange() const { return m_range; }
    void setLegendVisible(bool visible);
    bool legendVisible() const { return m_legendVisible; }
    // One colour map for every view of the program, present and future (View ▸ Colour map), or
    // nullopt for each view's own setColourMap(). colourMap() returns the map shown.
    static void setProgramColourMap(std::optional<ColourMapKind> kind);
    static std::optional<ColourMapKind> programColourMap();
    // Presentation mode: the window, target and picked-cell outlines drawn this many times thicker.
    static void setPresentationScale(double scale);
    // The interface's zoom (View ▸ Zoom in, presentation mode): above 1 a small grid, whose cells
    // carry numbers, asks for cells that much larger, so it grows with the text around it; a
    // page that then needs more room than the window scrolls.
    static void setFontScale(double scale);

    // --- what the lecture draws on top --------------------------------------------------------
    // A ring of zero-padding cells around the matrix, `rows` deep above/below and `cols` deep
    // left/right, drawn hatched with the value 0.
    void setPaddingRing(int rows, int cols);
    // Outline of the kernel window, in cell coordinates (may reach into the padding ring);
    // an empty rect removes it.
    void setWindow(const QRect& cells);
    QRect window() const { return m_window; }
    void setHighlightedCells(CellRole role, const QList<CellPos>& cells);
    QList<CellPos> highlightedCells(CellRole role) const;
    void clearHighlights();
    void setAnnotations(const QList<CellAnnotation>& annotations);
    const QList<CellAnnotation>& annotations() const { return m_annotations; }
    // Only the first `count` cells in reading order (row by row) show their value; the rest are
    // drawn empty: the output that fills in step by step. −1 shows all.
    void setFilledCount(int count);
    int filledCount() const { return m_filledCount; }

    // --- zoom ---------------------------------------------------------------------------------
    // The view fits the whole matrix (and ring) by default and after zoomToFit(); wheel or
    // keyboard zoom switches to a fixed cell size until the next fit.
    void zoomToFit();
    void setCellSize(double pixels);
    double cellSize() const { return m_cellSize; }
    // Largest cell size the fit uses, so a 3×3 kernel does not fill a whole screen; views shown
    // together can share one cell size by setting it to the smallest naturalCellSize().
    void setMaximumCellSize(double pixels);
    double maximumCellSize() const { return m_maximumCellSize; }
    // The cell size that would fit the whole matrix and ring in the widget, with no maximum.
    double naturalCellSize() const;
    // Cell size from which values are written in the cells.
    static constexpr double numberThreshold = 22.0;
    // Cell size from which annotations ("×1") are drawn.
    static constexpr double annotationThreshold = 40.0;

    // --- editing ------------------------------------------------------------------------------
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Amount one wheel notch with Shift (or Alt) adds or removes.
    void setEditStep(float step) { m_editStep = step; }
    // Typed values outside this range are refused with a message naming it.
    void setEditRange(float minimum, float maximum);
    void setSelectedCell(std::optional<CellPos> cell);
    std::optional<CellPos> selectedCell() const { return m_selected; }
    // Opens the in-cell editor on the selected cell, pre-filled with `text` (the typed key) or
    // the current value when empty. Returns false when nothing is selected or not editable.
    bool startEditing(const QString& text = {});
    bool isEditing() const;
    QLineEdit* editor() const { return m_editor; }

    // Cell under a widget position; nullopt outside the matrix and ring.
    std::optional<CellPos> cellAt(QPointF position) const;
    // Widget rectangle of a cell at the current zoom and pan.
    QRectF cellRect(CellPos cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int col);
    void cellHovered(int row, int col);
    void hoverLeft();
    void valueEdited(int row, int col, float value);
    // A typed value was refused; `message` says why (already translated).
    void editRejected(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // Exports: the grid as PNG or SVG, its values as CSV, the image to the clipboard.
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Cell rows/cols including the padding ring.
    int totalRows() const { return rows() + 2 * m_ringRows; }
    int totalCols() const { return cols() + 2 * m_ringCols; }
    QRectF gridArea() const;       // where the cells may be drawn (the widget minus legend)
    QRectF legendArea() const;
    double legendHeight() const;   // 0 when the legend is hidden
    QPointF gridOrigin() const;    // widget position of cell (−ringRows, −ringCols)'s top-left
    void rebuildImage();
    void applyFit();
    void clampPan();
    void zoomBy(double factor, QPointF anchor);
    bool isFilled(CellPos cell) const;
    bool isPadding(CellPos cell) const;
    bool contains(CellPos cell) const;
    QString describeCell(CellPos cell) const;
    void updateAccessibleDescription();
    void setHovered(std::optional<CellPos> cell);
    void commitEditor();
    void cancelEditor();
    void placeEditor();
    void changeSelectedValueBy(CellPos cell, float delta);

    void paintCells(QPainter& painter, const QRect& visibleCells) const;
    void paintOverlays(QPainter& painter, const QRect& visibleCells) const;
    void paintLegend(QPainter& painter) const;

    core::Matrix m_values;
    ColourMapKind m_ownMap = ColourMapKind::Grey; // what setColourMap() asked for
    ColourMap m_map;                              // what is shown: m_ownMap or the program's
    ValueRange m_range;
    bool m_automaticRange = true;
    QImage m_image; // rows × cols, one pixel per value, through m_map over m_range
    bool m_legendVisible = true;

    int m_ringRows = 0;
    int m_ringCols = 0;
    QRect m_window;
    std::array<QList<CellPos>, 5> m_highlights; // indexed by CellRole
    QList<CellAnnotation> m_annotations;
    int m_filledCount = -1;

    bool m_fit = true;
    double m_cellSize = 32.0;
    double m_maximumCellSize = 160.0;
    QPointF m_pan; // grid origin offset from the centred position, in pixels

    bool m_editable = false;
    float m_editStep = 1.0f;
    float m_editMinimum = -1e6f;
    float m_editMaximum = 1e6f;
    std::optional<CellPos> m_selected;
    std::optional<CellPos> m_hovered;
    QLineEdit* m_editor = nullptr;
    CellPos m_editorCell;

    // Press position and pan at press time; a press that moves less than the drag distance is a click.
    std::optional<QPointF> m_pressPosition;
    QPointF m_pressPan;
    bool m_dragging = false;
};

} // namespace convscope::ui
