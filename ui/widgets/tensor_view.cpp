#include "ui/widgets/tensor_view.h"

#include "ui/shared/number_text.h"
#include "ui/widgets/export_actions.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

// Okabe–Ito colours: distinguishable with every common form of colour blindness.
const QColor windowColour(0xE6, 0x9F, 0x00);    // orange
const QColor targetColour(0x00, 0x72, 0xB2);    // blue
const QColor relatedColour(0x00, 0x9E, 0x73);   // bluish green
const QColor uncoveredColour(0xD5, 0x5E, 0x00); // vermillion
const QColor pickedColour(0xCC, 0x79, 0xA7);    // reddish purple
const QColor paddingFill(0xEE, 0xEE, 0xEE);
const QColor paddingHatch(0xB8, 0xB8, 0xB8);
const QColor emptyFill(0xFA, 0xFA, 0xFA);
const QColor gridLine(0x80, 0x80, 0x80);

constexpr double margin = 4.0;
constexpr double maximumZoomCellSize = 400.0;
constexpr double gridLineThreshold = 6.0;

// View ▸ Colour map and presentation mode, shared by every view; views register themselves so
// a change reaches them all at once.
std::optional<ColourMapKind> programMap;
double outlineScale = 1.0;
double fontScale = 1.0;
// Grids up to this many cells a side show their numbers at the usual sizes.
constexpr int numberedGridSide = 10;

QList<TensorView*>& liveViews()
{
    static QList<TensorView*> views;
    return views;
}

std::size_t roleIndex(CellRole role)
{
    return static_cast<std::size_t>(role);
}

} // namespace

TensorView::TensorView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Matrix view"));
    m_map = ColourMap(programMap.value_or(m_ownMap));
    liveViews().append(this);
}

TensorView::~TensorView()
{
    liveViews().removeOne(this);
}

void TensorView::setProgramColourMap(std::optional<ColourMapKind> kind)
{
    programMap = kind;
    for (TensorView* view : liveViews()) {
        view->m_map = ColourMap(programMap.value_or(view->m_ownMap));
        view->rebuildImage();
        view->update();
    }
}

std::optional<ColourMapKind> TensorView::programColourMap()
{
    return programMap;
}

void TensorView::setPresentationScale(double scale)
{
    outlineScale = std::max(1.0, scale);
    for (TensorView* view : liveViews())
        view->update();
}

void TensorView::setFontScale(double scale)
{
    fontScale = scale;
    for (TensorView* view : liveViews())
        view->updateGeometry();
}

// ---------------------------------------------------------------------------------------------
// data and colours

void TensorView::setMatrix(const Eigen::Ref<const core::Matrix>& values)
{
    const bool shapeChanged = values.rows() != m_values.rows() || values.cols() != m_values.cols();
    m_values = values;
    if (shapeChanged) {
        cancelEditor();
        if (m_selected && !(m_selected->row >= 0 && m_selected->row < rows() && m_selected->col >= 0
                            && m_selected->col < cols()))
            m_selected.reset();
        m_hovered.reset();
        m_fit = true;
    }
    rebuildImage();
    if (m_fit)
        applyFit();
    else
        clampPan();
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void TensorView::setTensorPlane(const core::Tensor& tensor, int planeIndex)
{
    if (tensor.empty() || tensor.rank() < 2 || planeIndex < 0 || planeIndex >= tensor.planeCount()) {
        setMatrix(core::Matrix());
        return;
    }
    setMatrix(tensor.plane(planeIndex));
}

std::optional<float> TensorView::valueAt(CellPos cell) const
{
    if (!contains(cell))
        return std::nullopt;
    if (isPadding(cell))
        return 0.0f;
    return m_values(cell.row, cell.col);
}

void TensorView::setColourMap(ColourMapKind kind)
{
    m_ownMap = kind;
    kind = programMap.value_or(kind);
    if (kind == m_map.kind())
        return;
    m_map = ColourMap(kind);
    rebuildImage();
    update();
}

void TensorView::setValueRange(ValueRange range)
{
    m_automaticRange = false;
    if (!(range.max > range.min))
        range.max = range.min + 1.0f;
    if (range == m_range && !m_image.isNull())
        return;
    m_range = range;
    rebuildImage();
    update();
}

void TensorView::setAutomaticRange()
{
    m_automaticRange = true;
    rebuildImage();
    update();
}

void TensorView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    if (m_fit)
        applyFit();
    update();
}

void TensorView::rebuildImage()
{
    if (m_automaticRange)
        m_range = automaticRange(m_values.data(), m_values.size(), m_map);
    m_image = planeToImage(m_values, m_map, m_range);
}

// ---------------------------------------------------------------------------------------------
// overlays

void TensorView::setPaddingRing(int ringRows, int ringCols)
{
    ringRows = std::max(0, ringRows);
    ringCols = std::max(0, ringCols);
    if (ringRows == m_ringRows && ringCols == m_ringCols)
        return;
    m_ringRows = ringRows;
    m_ringCols = ringCols;
    m_fit = true;
    applyFit();
    updateGeometry(); // the minimum counts the ring's cells
    update();
}

void TensorView::setWindow(const QRect& cells)
{
    m_window = cells;
    update();
}

void TensorView::setHighlightedCells(CellRole role, const QList<CellPos>& cells)
{
    m_highlights[roleIndex(role)] = cells;
    update();
}

QList<CellPos> TensorView::highlightedCells(CellRole role) const
{
    return m_highlights[roleIndex(role)];
}

void TensorView::clearHighlights()
{
    for (QList<CellPos>& cells : m_highlights)
        cells.clear();
    m_window = {};
    m_annotations.clear();
    update();
}

void TensorView::setAnnotations(const QList<CellAnnotation>& annotations)
{
    m_annotations = annotations;
    update();
}

void TensorView::setFilledCount(int count)
{
    m_filledCount = count < 0 ? -1 : count;
    update();
}

bool TensorView::contains(CellPos cell) const
{
    return cell.row >= -m_ringRows && cell.row < rows() + m_ringRows && cell.col >= -m_ringCols
        && cell.col < cols() + m_ringCols;
}

bool TensorView::isPadding(CellPos cell) const
{
    return cell.row < 0 || cell.row >= rows() || cell.col < 0 || cell.col >= cols();
}

bool TensorView::isFilled(CellPos cell) const
{
    if (m_filledCount < 0 || isPadding(cell))
        return true;
    return static_cast<qint64>(cell.row) * cols() + cell.col < m_filledCount;
}

// ---------------------------------------------------------------------------------------------
// geometry and zoom

double TensorView::legendHeight() const
{
    if (!m_legendVisible || m_values.size() == 0)
        return 0.0;
    const QFontMetricsF metrics(font());
    return std::round(metrics.height() * 0.7) + metrics.height() + 6.0;
}

QRectF TensorView::gridArea() const
{
    const double legend = legendHeight();
    const double bottom = height() - margin - (legend > 0.0 ? legend + margin : 0.0);
    return QRectF(QPointF(margin, margin), QPointF(width() - margin, std::max(margin, bottom)));
}

QRectF TensorView::legendArea() const
{
    const double legend = legendHeight();
    if (legend <= 0.0)
        return {};
    const QRectF area = gridArea();
    const double contentHeight = totalRows() * m_cellSize;
    // Right under the grid when the whole grid shows, else at the bottom of the widget.
    const double top = contentHeight <= area.height() ? gridOrigin().y() + contentHeight + margin : area.bottom() + margin;
    return QRectF(margin, top, width() - 2 * margin, legend);
}

QPointF TensorView::gridOrigin() const
{
    const QRectF area = gridArea();
    const QSizeF content(totalCols() * m_cellSize, totalRows() * m_cellSize);
    // Centring the grid in the area centres grid and legend together, since the legend sits
    // right under a grid that fits (legendArea).
    return area.center() - QPointF(content.width() / 2.0, content.height() / 2.0) + m_pan;
}

void TensorView::applyFit()
{
    m_fit = true;
    m_pan = {};
    if (totalRows() == 0 || totalCols() == 0)
        return;
    double size = std::min(naturalCellSize(), m_maximumCellSize);
    // Whole pixels keep grid lines crisp once cells are a few pixels wide.
    if (size >= 2.0)
        size = std::floor(size);
    m_cellSize = std::max(size, 0.01);
}

double TensorView::naturalCellSize() const
{
    if (totalRows() == 0 || totalCols() == 0)
        return 0.0;
    const QRectF area = gridArea();
    return std::max(0.0, std::min(area.width() / totalCols(), area.height() / totalRows()));
}

void TensorView::zoomToFit()
{
    applyFit();
    update();
}

void TensorView::setCellSize(double pixels)
{
    m_fit = false;
    m_cellSize = std::clamp(pixels, 0.01, maximumZoomCellSize);
    clampPan();
    update();
}

void TensorView::setMaximumCellSize(double pixels)
{
    m_maximumCellSize = std::max(1.0, pixels);
    if (m_fit)
        applyFit();
    update();
}

void TensorView::clampPan()
{
    const QRectF area = gridArea();
    const QSizeF content(totalCols() * m_cellSize, totalRows() * m_cellSize);
    // Content smaller than the area stays centred; larger content may not leave a gap.
    const double freeX = std::max(0.0, (content.width() - area.width()) / 2.0);
    const double freeY = std::max(0.0, (content.height() - area.height()) / 2.0);
    m_pan.setX(std::clamp(m_pan.x(), -freeX, freeX));
    m_pan.setY(std::clamp(m_pan.y(), -freeY, freeY));
}

void TensorView::zoomBy(double factor, QPointF anchor)
{
    if (totalRows() == 0 || totalCols() == 0)
        return;
    const QRectF area = gridArea();
    const double fitSize = std::min({area.width() / totalCols(), area.height() / totalRows(), m_maximumCellSize});
    const double newSize = std::clamp(m_cellSize * factor, std::min(fitSize, m_cellSize), maximumZoomCellSize);
    if (newSize <= fitSize) {
        zoomToFit();
        return;
    }
    // Keep the point under the anchor fixed: origin' = anchor − (anchor − origin)·(new/old).
    const QPointF origin = gridOrigin();
    const QPointF newOrigin = anchor - (anchor - origin) * (newSize / m_cellSize);
    m_cellSize = newSize;
    m_fit = false;
    const QSizeF content(totalCols() * m_cellSize, totalRows() * m_cellSize);
    const QPointF centred = area.center() - QPointF(content.width() / 2.0, content.height() / 2.0);
    m_pan = newOrigin - centred;
    clampPan();
    update();
}

std::optional<CellPos> TensorView::cellAt(QPointF position) const
{
    if (m_cellSize <= 0.0 || !gridArea().contains(position))
        return std::nullopt;
    const QPointF local = (position - gridOrigin()) / m_cellSize;
    const CellPos cell{static_cast<int>(std::floor(local.y())) - m_ringRows,
                       static_cast<int>(std::floor(local.x())) - m_ringCols};
    if (!contains(cell))
        return std::nullopt;
    return cell;
}

QRectF TensorView::cellRect(CellPos cell) const
{
    const QPointF origin = gridOrigin();
    return QRectF(origin.x() + (cell.col + m_ringCols) * m_cellSize, origin.y() + (cell.row + m_ringRows) * m_cellSize,
                  m_cellSize, m_cellSize);
}

QSize TensorView::sizeHint() const
{
    const int legend = static_cast<int>(QFontMetricsF(font()).height() * 1.7 + 12);
    return QSize(std::clamp(totalCols() * 48 + 8, 120, 640), std::clamp(totalRows() * 48 + 8, 120, 640) + legend);
}

QSize TensorView::minimumSizeHint() const
{
    const QSize smallest(80, 80);
    if (fontScale <= 1.0 || totalCols() > numberedGridSide || totalRows() > numberedGridSide)
        return smallest;
    const double cell = numberThreshold * fontScale;
    return QSize(static_cast<int>(std::ceil(totalCols() * cell + 2 * margin)),
                 static_cast<int>(std::ceil(totalRows() * cell + 2 * margin + legendHeight())))
        .expandedTo(smallest);
}

// ---------------------------------------------------------------------------------------------
// painting

void TensorView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_values.size() == 0)
        return;

    const QRectF area = gridArea();
    const QPointF origin = gridOrigin();
    // Visible cells in ring-inclusive indices [0, totalRows) × [0, totalCols), then shifted to
    // matrix coordinates.
    const int firstCol = std::max(0, static_cast<int>(std::floor((area.left() - origin.x()) / m_cellSize)));
    const int firstRow = std::max(0, static_cast<int>(std::floor((area.top() - origin.y()) / m_cellSize)));
    const int lastCol = std::min(totalCols() - 1, static_cast<int>(std::floor((area.right() - origin.x()) / m_cellSize)));
    const int lastRow = std::min(totalRows() - 1, static_cast<int>(std::floor((area.bottom() - origin.y()) / m_cellSize)));
    if (lastCol >= firstCol && lastRow >= firstRow) {
        const QRect visible(QPoint(firstCol - m_ringCols, firstRow - m_ringRows),
                            QPoint(lastCol - m_ringCols, lastRow - m_ringRows));
        painter.save();
        painter.setClipRect(area);
        paintCells(painter, visible);
        paintOverlays(painter, visible);
        painter.restore();
    }
    paintLegend(painter);
}

void TensorView::paintCells(QPainter& painter, const QRect& visible) const
{
    // 1. The colour-mapped values: only the visible part of the cached image, scaled without
    //    smoothing so every cell keeps one flat colour.
    const QRect matrixCells = visible.intersected(QRect(0, 0, cols(), rows()));
    if (!matrixCells.isEmpty()) {
        const QRectF target = cellRect({matrixCells.top(), matrixCells.left()})
                                  .united(cellRect({matrixCells.bottom(), matrixCells.right()}));
        painter.drawImage(target, m_image, QRectF(matrixCells));
    }

    // 2. Cells not computed yet: empty, as in the lecture's half-filled "Convolved Feature".
    if (m_filledCount >= 0 && cols() > 0) {
        const qint64 total = static_cast<qint64>(rows()) * cols();
        if (m_filledCount < total) {
            const int row = static_cast<int>(m_filledCount / cols());
            const int col = static_cast<int>(m_filledCount % cols());
            painter.fillRect(cellRect({row, col}).united(cellRect({row, cols() - 1})), emptyFill);
            if (row + 1 < rows())
                painter.fillRect(cellRect({row + 1, 0}).united(cellRect({rows() - 1, cols() - 1})), emptyFill);
        }
    }

    // 3. The zero-padding ring: light and hatched, four strips.
    if (m_ringRows > 0 || m_ringCols > 0) {
        QPainterPath ring;
        ring.addRect(cellRect({-m_ringRows, -m_ringCols}).united(cellRect({rows() + m_ringRows - 1, cols() + m_ringCols - 1})));
        QPainterPath inner;
        if (rows() > 0 && cols() > 0)
            inner.addRect(cellRect({0, 0}).united(cellRect({rows() - 1, cols() - 1})));
        ring = ring.subtracted(inner);
        painter.fillPath(ring, paddingFill);
        QBrush hatch(paddingHatch, Qt::BDiagPattern);
        painter.fillPath(ring, hatch);
    }

    // 4. Grid lines between visible cells.
    if (m_cellSize >= gridLineThreshold) {
        painter.setPen(QPen(gridLine, m_cellSize >= 40 ? 1.5 : 1.0));
        const QRectF box = cellRect({visible.top(), visible.left()}).united(cellRect({visible.bottom(), visible.right()}));
        for (int c = visible.left(); c <= visible.right() + 1; ++c) {
            const double x = cellRect({0, c}).left();
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
        }
        for (int r = visible.top(); r <= visible.bottom() + 1; ++r) {
            const double y = cellRect({r, 0}).top();
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
        }
    }
}

void TensorView::paintOverlays(QPainter& painter, const QRect& visible) const
{
    const auto isVisible = [&visible](CellPos cell) { return visible.contains(cell.col, cell.row); };
    const double strong = std::max(2.5, m_cellSize * 0.07) * outlineScale;

    // Tints under the numbers.
    const auto tint = [&](CellRole role, QColor colour, int alpha) {
        colour.setAlpha(alpha);
        for (const CellPos& cell : m_highlights[roleIndex(role)])
            if (isVisible(cell))
                painter.fillRect(cellRect(cell), colour);
    };
    tint(CellRole::Window, windowColour, 70);
    tint(CellRole::Related, relatedColour, 110);
    tint(CellRole::Uncovered, uncoveredColour, 60);

    // Numbers, one font for the whole view: as large as the cell allows for the widest value.
    if (m_cellSize >= numberThreshold) {
        QList<std::pair<CellPos, QString>> texts;
        for (int r = visible.top(); r <= visible.bottom(); ++r) {
            for (int c = visible.left(); c <= visible.right(); ++c) {
                const CellPos cell{r, c};
                if (!isFilled(cell))
                    continue;
                texts.append({cell, isPadding(cell) ? QStringLiteral("0") : formatNumber(m_values(r, c))});
            }
        }
        QFont numberFont = font();
        numberFont.setPixelSize(100);
        const QFontMetricsF metrics(numberFont);
        double widest = 1.0;
        for (const auto& [cell, text] : texts)
            widest = std::max(widest, metrics.horizontalAdvance(text));
        const bool annotated = !m_annotations.isEmpty() && m_cellSize >= annotationThreshold;
        const double heightShare = annotated ? 0.36 : 0.42;
        const double pixelSize = std::min(m_cellSize * heightShare, m_cellSize * 0.84 * 100.0 / widest);
        numberFont.setPixelSize(std::max(6, static_cast<int>(pixelSize)));
        painter.setFont(numberFont);
        for (const auto& [cell, text] : texts) {
            QRectF box = cellRect(cell);
            QColor colour;
            if (isPadding(cell)) {
                colour = QColor(0x70, 0x70, 0x70);
            } else {
                colour = ColourMap::textColourOn(m_image.pixel(cell.col, cell.row));
            }
            if (annotated)
                box.adjust(0, m_cellSize * 0.16, -m_cellSize * 0.08, 0);
            painter.setPen(colour);
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }

    // Annotations ("×1") in the top-right corner, on an orange tag so they read on any cell;
    // at most 60 % of the cell wide, and left out on cells too small to hold them beside the
    // number (the page writes the same weights in its sum).
    if (m_cellSize >= annotationThreshold && !m_annotations.isEmpty()) {
        QFont tagFont = font();
        tagFont.setBold(true);
        tagFont.setPixelSize(100);
        double widestTag = 1.0;
        for (const CellAnnotation& annotation : m_annotations)
            widestTag = std::max(widestTag, QFontMetricsF(tagFont).horizontalAdvance(annotation.text));
        const double tagPixels = std::min(m_cellSize * 0.22, m_cellSize * 0.5 * 100.0 / widestTag);
        tagFont.setPixelSize(std::max(7, static_cast<int>(tagPixels)));
        painter.setFont(tagFont);
        const QFontMetricsF metrics(tagFont);
        for (const CellAnnotation& annotation : m_annotations) {
            if (!isVisible(annotation.cell) || annotation.text.isEmpty())
                continue;
            const QRectF box = cellRect(annotation.cell);
            const double w = metrics.horizontalAdvance(annotation.text) + metrics.height() * 0.4;
            const double h = metrics.height();
            // Inside the window outline, which is drawn over the cells' edges.
            const double inset = strong * 1.3 + 1.0;
            const QRectF tag(box.right() - w - inset, box.top() + inset, w, h);
            painter.setPen(Qt::NoPen);
            painter.setBrush(windowColour);
            painter.drawRoundedRect(tag, h * 0.25, h * 0.25);
            painter.setPen(Qt::black);
            painter.drawText(tag, Qt::AlignCenter, annotation.text);
        }
        painter.setBrush(Qt::NoBrush);
    }

    // Outlines on top.
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto outline = [&](CellRole role, const QColor& colour, double width, Qt::PenStyle style) {
        QPen pen(colour, width, style);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const double inset = width / 2.0;
        for (const CellPos& cell : m_highlights[roleIndex(role)])
            if (isVisible(cell))
                painter.drawRect(cellRect(cell).adjusted(inset, inset, -inset, -inset));
    };
    outline(CellRole::Related, relatedColour, strong, Qt::SolidLine);
    outline(CellRole::Picked, pickedColour, strong, Qt::SolidLine);
    outline(CellRole::Target, targetColour, strong * 1.4, Qt::SolidLine);

    // Never-covered cells are crossed out as well as tinted, so they read without colour.
    painter.setPen(QPen(uncoveredColour, std::max(1.5, m_cellSize * 0.03)));
    for (const CellPos& cell : m_highlights[roleIndex(CellRole::Uncovered)]) {
        if (!isVisible(cell))
            continue;
        const QRectF box = cellRect(cell).adjusted(m_cellSize * 0.12, m_cellSize * 0.12, -m_cellSize * 0.12, -m_cellSize * 0.12);
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
    }

    if (!m_window.isEmpty()) {
        const double width = strong * 1.3;
        QPen pen(windowColour, width);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        const QRectF box = cellRect({m_window.top(), m_window.left()}).united(cellRect({m_window.bottom(), m_window.right()}));
        painter.drawRect(box.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }

    if (m_selected && isVisible(*m_selected)) {
        QPen pen(palette().highlight().color(), std::max(2.0, strong * 0.8), Qt::DashLine);
        painter.setPen(pen);
        painter.drawRect(cellRect(*m_selected).adjusted(2, 2, -2, -2));
    }
}

void TensorView::paintLegend(QPainter& painter) const
{
    const QRectF area = legendArea();
    if (area.isNull())
        return;
    const QFontMetricsF metrics(font());
    const QString low = formatNumber(m_range.min);
    const QString high = formatNumber(m_range.max);
    // As wide as the grid (a small kernel gets a short bar), within limits, leaving room for
    // half a label at each end.
    const double labelRoom = std::max(metrics.horizontalAdvance(low), metrics.horizontalAdvance(high)) / 2.0 + 2.0;
    const double gridWidth = totalCols() * m_cellSize;
    const double barWidth = std::max(40.0, std::min({area.width() - 2.0 * labelRoom, std::max(gridWidth, 120.0), 360.0}));
    const double barHeight = std::round(metrics.height() * 0.7);
    const QRectF bar(area.center().x() - barWidth / 2.0, area.top() + 2.0, barWidth, barHeight);
    painter.drawImage(bar, legendImage(m_map, static_cast<int>(barWidth), 1));
    painter.setPen(palette().windowText().color());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    const double textTop = bar.bottom() + 2.0;
    painter.setFont(font());
    // Each label centred under its point of the bar, but kept inside the widget.
    const auto label = [&](double x, const QString& text) {
        const double w = metrics.horizontalAdvance(text) + 2.0;
        const double left = std::clamp(x - w / 2.0, 0.0, std::max(0.0, width() - w));
        painter.drawText(QRectF(left, textTop, w, metrics.height()), Qt::AlignCenter, text);
    };
    label(bar.left(), low);
    label(bar.right(), high);
    if (m_range.min < 0.0f && m_range.max > 0.0f) {
        const double zeroX = bar.left() + bar.width() * (-m_range.min / (m_range.max - m_range.min));
        painter.drawLine(QPointF(zeroX, bar.bottom()), QPointF(zeroX, bar.bottom() + 3.0));
        if (std::abs(zeroX - bar.left()) > labelRoom * 2.0 && std::abs(bar.right() - zeroX) > labelRoom * 2.0)
            label(zeroX, QStringLiteral("0"));
    }
}

// ---------------------------------------------------------------------------------------------
// interaction

void TensorView::resizeEvent(QResizeEvent*)
{
    if (m_fit)
        applyFit();
    else
        clampPan();
    if (isEditing())
        placeEditor();
}

void TensorView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    const int notches = delta.y() != 0 ? delta.y() : delta.x();
    if (notches == 0)
        return;
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (m_editable && (modifiers & (Qt::ShiftModifier | Qt::AltModifier))) {
        if (const std::optional<CellPos> cell = cellAt(event->position()); cell && !isPadding(*cell)) {
            changeSelectedValueBy(*cell, m_editStep * static_cast<float>(notches) / 120.0f);
            event->accept();
        }
        return;
    }
    zoomBy(std::pow(1.2, notches / 120.0), event->position());
    event->accept();
}

void TensorView::changeSelectedValueBy(CellPos cell, float delta)
{
    const float current = m_values(cell.row, cell.col);
    // Snap to the step grid so repeated notches give round numbers.
    const float step = m_editStep > 0 ? m_editStep : 1.0f;
    const float next = std::clamp(std::round((current + delta) / step) * step, m_editMinimum, m_editMaximum);
    setSelectedCell(cell);
    if (next != current)
        emit valueEdited(cell.row, cell.col, next);
}

void TensorView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_pressPosition = event->position();
        m_pressPan = m_pan;
        m_dragging = event->button() == Qt::MiddleButton;
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TensorView::contextMenuEvent(QContextMenuEvent* event)
{
    QString baseName = accessibleName().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    if (baseName.isEmpty())
        baseName = QStringLiteral("grid");
    QMenu menu(this);
    ExportActions::addImageActions(&menu, this, baseName);
    ExportActions::addMatrixAction(&menu, this, [this] { return m_values; }, baseName);
    menu.exec(event->globalPos());
}

void TensorView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressPosition && (event->buttons() & (Qt::LeftButton | Qt::MiddleButton))) {
        const QPointF moved = event->position() - *m_pressPosition;
        if (!m_dragging && moved.manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging && !m_fit) {
            m_pan = m_pressPan + moved;
            clampPan();
            setCursor(Qt::ClosedHandCursor);
            update();
        }
        return;
    }
    setHovered(cellAt(event->position()));
}

void TensorView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool wasClick = m_pressPosition && !m_dragging && event->button() == Qt::LeftButton;
    m_pressPosition.reset();
    m_dragging = false;
    unsetCursor();
    if (!wasClick)
        return;
    if (const std::optional<CellPos> cell = cellAt(event->position())) {
        if (m_editable && !isPadding(*cell))
            setSelectedCell(*cell);
        emit cellClicked(cell->row, cell->col);
    }
}

void TensorView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const std::optional<CellPos> cell = cellAt(event->position());
    if (m_editable && cell && !isPadding(*cell)) {
        setSelectedCell(*cell);
        startEditing();
        return;
    }
    if (!cell)
        zoomToFit();
}

void TensorView::leaveEvent(QEvent*)
{
    setHovered(std::nullopt);
}

void TensorView::setHovered(std::optional<CellPos> cell)
{
    if (cell == m_hovered)
        return;
    m_hovered = cell;
    if (cell) {
        emit cellHovered(cell->row, cell->col);
        QToolTip::showText(mapToGlobal(cellRect(*cell).bottomRight().toPoint()), describeCell(*cell), this);
    } else {
        emit hoverLeft();
        QToolTip::hideText();
    }
    updateAccessibleDescription();
}

QString TensorView::describeCell(CellPos cell) const
{
    if (isPadding(cell))
        return tr("Zero padding (row %1, column %2): 0").arg(cell.row + 1).arg(cell.col + 1);
    if (!isFilled(cell))
        return tr("Row %1, column %2: not computed yet").arg(cell.row + 1).arg(cell.col + 1);
    return tr("Row %1, column %2: %3").arg(cell.row + 1).arg(cell.col + 1).arg(formatNumber(m_values(cell.row, cell.col)));
}

void TensorView::updateAccessibleDescription()
{
    QString text = tr("%1 × %2 matrix, values from %3 to %4.")
                       .arg(rows())
                       .arg(cols())
                       .arg(formatNumber(m_values.size() ? m_values.minCoeff() : 0.0f))
                       .arg(formatNumber(m_values.size() ? m_values.maxCoeff() : 0.0f));
    if (const std::optional<CellPos> cell = m_hovered ? m_hovered : m_selected; cell && contains(*cell))
        text += QLatin1Char(' ') + describeCell(*cell);
    if (text == accessibleDescription())
        return;
    setAccessibleDescription(text);
    QAccessibleEvent accessibleEvent(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&accessibleEvent);
}

// ---------------------------------------------------------------------------------------------
// editing

void TensorView::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable) {
        cancelEditor();
        m_selected.reset();
    }
    update();
}

void TensorView::setEditRange(float minimum, float maximum)
{
    m_editMinimum = std::min(minimum, maximum);
    m_editMaximum = std::max(minimum, maximum);
}

void TensorView::setSelectedCell(std::optional<CellPos> cell)
{
    if (cell && (isPadding(*cell) || !contains(*cell)))
        cell.reset();
    if (cell == m_selected)
        return;
    m_selected = cell;
    updateAccessibleDescription();
    update();
}

bool TensorView::isEditing() const
{
    return m_editor && m_editor->isVisible();
}

bool TensorView::startEditing(const QString& text)
{
    if (!m_editable || !m_selected)
        return false;
    if (!m_editor) {
        m_editor = new QLineEdit(this);
        m_editor->setAlignment(Qt::AlignCenter);
        m_editor->setAccessibleName(tr("Cell value"));
        m_editor->installEventFilter(this);
    }
    m_editorCell = *m_selected;
    m_editor->setText(text.isEmpty() ? formatNumber(m_values(m_editorCell.row, m_editorCell.col)) : text);
    if (text.isEmpty())
        m_editor->selectAll();
    placeEditor();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void TensorView::placeEditor()
{
    if (!m_editor)
        return;
    QRectF box = cellRect(m_editorCell);
    const double minimumWidth = QFontMetricsF(font()).horizontalAdvance(QStringLiteral("−0.000")) + 16.0;
    const double minimumHeight = QFontMetricsF(font()).height() + 10.0;
    if (box.width() < minimumWidth)
        box.adjust(-(minimumWidth - box.width()) / 2, 0, (minimumWidth - box.width()) / 2, 0);
    if (box.height() < minimumHeight)
        box.adjust(0, -(minimumHeight - box.height()) / 2, 0, (minimumHeight - box.height()) / 2);
    QFont editorFont = font();
    editorFont.setPixelSize(std::max(QFontInfo(font()).pixelSize(), static_cast<int>(box.height() * 0.36)));
    m_editor->setFont(editorFont);
    m_editor->setGeometry(box.toAlignedRect());
}

void TensorView::commitEditor()
{
    if (!isEditing())
        return;
    const QString text = m_editor->text();
    const ParsedNumber parsed = parseNumber(text);
    QString error = parsed.error;
    if (parsed.value && (*parsed.value < m_editMinimum || *parsed.value > m_editMaximum))
        error = tr("Values must lie between %1 and %2.").arg(formatNumber(m_editMinimum), formatNumber(m_editMaximum));
    if (!error.isEmpty()) {
        // Keep the editor open so the student can correct the text.
        m_editor->selectAll();
        QToolTip::showText(m_editor->mapToGlobal(QPoint(0, m_editor->height())), error, m_editor);
        emit editRejected(error);
        return;
    }
    const CellPos cell = m_editorCell;
    m_editor->hide();
    setFocus(Qt::OtherFocusReason);
    if (cell.row < rows() && cell.col < cols() && *parsed.value != m_values(cell.row, cell.col))
        emit valueEdited(cell.row, cell.col, *parsed.value);
}

void TensorView::cancelEditor()
{
    if (!isEditing())
        return;
    // Asked before hiding: a hidden editor hands its focus to the next widget in the window (the
    // lesson list), where the student's next key would switch the page.
    const bool hadFocus = m_editor->hasFocus();
    m_editor->hide();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

namespace {

// Focus that leaves with the whole window (another window raised, the window closing or being
// destroyed) or to a popup comes back to the editor; only a move within the window ends the edit.
bool leavesTheCell(const QFocusEvent& event)
{
    return event.reason() != Qt::ActiveWindowFocusReason && event.reason() != Qt::PopupFocusReason;
}

} // namespace

bool TensorView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor) {
        const int key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent*>(event)->key() : 0;
        if (key == Qt::Key_Escape) {
            cancelEditor();
            return true;
        }
        // Enter is taken here: QLineEdit passes it on to its parent after returnPressed, and this
        // view would then open a second editor on the old value, which leaving it writes back.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitEditor();
            return true;
        }
        if (event->type() == QEvent::FocusOut && isEditing() && leavesTheCell(*static_cast<QFocusEvent*>(event))) {
            // Leaving the cell keeps a valid value and drops an invalid one.
            const ParsedNumber parsed = parseNumber(m_editor->text());
            if (parsed.value && *parsed.value >= m_editMinimum && *parsed.value <= m_editMaximum)
                commitEditor();
            else
                m_editor->hide();
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TensorView::event(QEvent* event)
{
    // Typed digits and Enter belong to the selected cell, even where the page has shortcuts.
    if (event->type() == QEvent::ShortcutOverride && m_editable && m_selected && !isEditing()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        const bool startsNumber = !text.isEmpty()
            && (text.at(0).isDigit() || text.at(0) == QLatin1Char('-') || text.at(0) == QChar(0x2212)
                || text.at(0) == QLatin1Char('.'));
        if (startsNumber || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TensorView::focusInEvent(QFocusEvent* event)
{
    // Tab puts the cursor on the first cell. In a view that is not editable the cursor comes
    // with keyboard focus only, so a click leaves the page's arrow keys alone.
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byKeyboard && !m_selected && rows() > 0 && cols() > 0)
        setSelectedCell(CellPos{0, 0});
    QWidget::focusInEvent(event);
}

void TensorView::focusOutEvent(QFocusEvent* event)
{
    if (!m_editable && event->reason() != Qt::PopupFocusReason)
        setSelectedCell(std::nullopt);
    QWidget::focusOutEvent(event);
}

void TensorView::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (!m_editable && m_selected && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit cellClicked(m_selected->row, m_selected->col);
        return;
    }
    if (m_selected) {
        if (m_editable && !text.isEmpty()
            && (text.at(0).isDigit() || text.at(0) == QLatin1Char('-') || text.at(0) == QChar(0x2212)
                || text.at(0) == QLatin1Char('.'))) {
            startEditing(text);
            return;
        }
        if (m_editable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2)) {
            startEditing();
            return;
        }
        int dRow = 0;
        int dCol = 0;
        switch (event->key()) {
        case Qt::Key_Up: dRow = -1; break;
        case Qt::Key_Down: dRow = 1; break;
        case Qt::Key_Left: dCol = -1; break;
        case Qt::Key_Right: dCol = 1; break;
        default: break;
        }
        if (dRow != 0 || dCol != 0) {
            setSelectedCell(CellPos{std::clamp(m_selected->row + dRow, 0, rows() - 1),
                                    std::clamp(m_selected->col + dCol, 0, cols() - 1)});
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            setSelectedCell(std::nullopt);
            return;
        }
    }
    const QPointF centre = gridArea().center();
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        zoomBy(1.25, centre);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        zoomBy(0.8, centre);
        return;
    }
    if (event->key() == Qt::Key_0) {
        zoomToFit();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace convscope::ui
