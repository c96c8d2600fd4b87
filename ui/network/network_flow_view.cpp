#include "ui/network/network_flow_view.h"

#include "ui/shared/number_text.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/tensor_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

constexpr double flowMargin = 8.0;
constexpr double gap = 3.0;          // between maps of one column
constexpr double spacing = 14.0;     // between columns
constexpr double stripWidth = 16.0;  // a vector drawn as a strip
constexpr double maxThumb = 110.0;
constexpr double minThumb = 8.0;
constexpr int labelledVector = 16;   // vectors this short get their values written beside them
constexpr double maxVectorCell = 26.0;
// The flatten step draws one fan per map up to this many maps.
constexpr int maxFans = 64;

const QColor selectionColour(0, 0, 0);
const QColor hoverColour = okabeIto::skyBlue;
const QColor lineColour(150, 150, 150);

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QFont boldFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

bool isMaps(const FlowStage& stage)
{
    return stage.values.rank() == 3;
}

} // namespace

NetworkFlowView::NetworkFlowView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("The network, layer by layer"));
}

void NetworkFlowView::setStages(std::vector<FlowStage> stages)
{
    m_stages = std::move(stages);
    rebuildImages();
    QStringList description;
    for (const FlowStage& stage : m_stages)
        description << stage.title + QLatin1Char(' ') + stage.shape;
    setAccessibleDescription(description.join(QStringLiteral(" → ")));
    relayout();
    updateGeometry();
    update();
}

void NetworkFlowView::rebuildImages()
{
    // The View menu's colour map, when one is chosen, applies here as to every tensor view.
    m_programMap = TensorView::programColourMap();
    m_images.assign(m_stages.size(), {});
    for (std::size_t s = 0; s < m_stages.size(); ++s) {
        const FlowStage& stage = m_stages[s];
        const ColourMap map(m_programMap.value_or(stage.colours));
        if (s == 0 && isMaps(stage) && stage.values.dim(0) == 3 && !m_programMap) {
            // A colour picture's three channels, each in its own colour: red, green, blue.
            for (int c = 0; c < 3; ++c)
                m_images[s].push_back(colourChannelToImage(stage.values, c));
        } else if (isMaps(stage)) {
            for (int c = 0; c < stage.values.dim(0); ++c) {
                const ValueRange range = stage.ranges.empty() ? ValueRange{} : stage.ranges[std::min<std::size_t>(
                                                                                   static_cast<std::size_t>(c), stage.ranges.size() - 1)];
                m_images[s].push_back(planeToImage(stage.values, c, map, range));
            }
        } else if (!stage.values.empty()) {
            const ValueRange range = stage.ranges.empty() ? ValueRange{} : stage.ranges.front();
            m_images[s].push_back(planeToImage(stage.values.data(), static_cast<int>(stage.values.size()), 1, map, range));
        }
    }
}

void NetworkFlowView::setSelected(int stage, int channel)
{
    if (stage == m_selectedStage && channel == m_selectedChannel)
        return;
    m_selectedStage = stage;
    m_selectedChannel = channel;
    update();
}

void NetworkFlowView::setLegend(ColourMapKind colours, const QString& low, const QString& middle, const QString& high,
                                const QString& caption)
{
    m_legendColours = colours;
    m_legendLow = low;
    m_legendMiddle = middle;
    m_legendHigh = high;
    m_legendCaption = caption;
    update();
}

QRectF NetworkFlowView::mapRect(int stage, int channel) const
{
    if (stage < 0 || stage >= static_cast<int>(m_columns.size()))
        return {};
    const Column& column = m_columns[static_cast<std::size_t>(stage)];
    if (channel < 0)
        return column.maps.value(0);
    return column.maps.value(channel);
}

QSize NetworkFlowView::sizeHint() const
{
    return {1000, 420};
}

QSize NetworkFlowView::minimumSizeHint() const
{
    return {400, 220};
}

// ---------------------------------------------------------------------------------------------
// layout

double NetworkFlowView::headerHeight() const
{
    return QFontMetricsF(boldFont(font())).height() + 6.0;
}

double NetworkFlowView::footerHeight() const
{
    return 2.0 * QFontMetricsF(smallFont(font())).height() + 6.0;
}

double NetworkFlowView::legendHeight() const
{
    return QFontMetricsF(smallFont(font())).height() + 16.0;
}

double NetworkFlowView::titleWidth(const FlowStage& stage) const
{
    const QFontMetricsF small(smallFont(font()));
    const double text = std::max({QFontMetricsF(boldFont(font())).horizontalAdvance(stage.title),
                                  small.horizontalAdvance(stage.shape), small.horizontalAdvance(stage.rangeText)});
    // Text may reach a little into the spacing on both sides.
    return std::max(0.0, text - 0.6 * spacing);
}

double NetworkFlowView::vectorWidth(const FlowStage& stage) const
{
    if (static_cast<int>(stage.values.size()) > labelledVector)
        return stripWidth;
    const QFontMetricsF small(smallFont(font()));
    double text = 0.0;
    for (std::size_t i = 0; i < stage.values.size(); ++i) {
        const QString label = stage.labels.value(static_cast<qsizetype>(i));
        text = std::max(text, small.horizontalAdvance(label + QStringLiteral("  ") + formatNumber(stage.values.data()[i])));
    }
    return stripWidth + 6.0 + text;
}

void NetworkFlowView::relayout()
{
    m_columns.assign(m_stages.size(), {});
    if (m_stages.empty())
        return;
    const double available = width() - 2.0 * flowMargin;
    const double body = std::max(40.0, height() - 2.0 * flowMargin - headerHeight() - footerHeight() - legendHeight());

    // The largest thumbnail side at which every column fits side by side.
    struct Plan {
        int subColumns = 1;
        int rows = 1;
        double thumbW = 0.0;
        double thumbH = 0.0;
        double width = 0.0;
    };
    // Text widths do not depend on the thumbnail side: measured once, not once a trial side.
    std::vector<double> titleWidths(m_stages.size());
    std::vector<double> vectorWidths(m_stages.size());
    for (std::size_t s = 0; s < m_stages.size(); ++s) {
        titleWidths[s] = titleWidth(m_stages[s]);
        vectorWidths[s] = isMaps(m_stages[s]) ? 0.0 : vectorWidth(m_stages[s]);
    }
    const auto planStage = [&](std::size_t index, double thumb) {
        const FlowStage& stage = m_stages[index];
        Plan plan;
        if (!isMaps(stage)) {
            plan.width = std::max(vectorWidths[index], titleWidths[index]);
            return plan;
        }
        const int channels = stage.values.dim(0);
        const double h = stage.values.dim(1);
        const double w = stage.values.dim(2);
        // The input is drawn larger than the maps that follow it.
        const double side = index == 0 ? std::min(body, 2.0 * thumb) : thumb;
        plan.thumbW = side * w / std::max(h, w);
        plan.thumbH = side * h / std::max(h, w);
        const int fitRows = std::max(1, static_cast<int>(std::floor((body + gap) / (plan.thumbH + gap))));
        plan.subColumns = (channels + fitRows - 1) / fitRows;
        plan.rows = (channels + plan.subColumns - 1) / plan.subColumns;
        plan.width = std::max(plan.subColumns * plan.thumbW + (plan.subColumns - 1) * gap, titleWidths[index]);
        return plan;
    };
    std::vector<Plan> plans(m_stages.size());
    double thumb = std::min(maxThumb, body);
    for (; thumb >= minThumb; thumb -= 1.0) {
        double total = spacing * static_cast<double>(m_stages.size() - 1);
        for (std::size_t s = 0; s < m_stages.size(); ++s) {
            plans[s] = planStage(s, thumb);
            total += plans[s].width;
        }
        if (total <= available)
            break;
    }
    m_thumb = std::max(thumb, minThumb);
    // A network too wide for the view even at the smallest maps (an imported one of a dozen
    // layers) asks for the width it needs; the page scrolls it.
    double narrowest = spacing * static_cast<double>(m_stages.size() - 1);
    for (std::size_t s = 0; s < m_stages.size(); ++s)
        narrowest += planStage(s, minThumb).width;
    const int needed = std::max(minimumSizeHint().width(), static_cast<int>(std::ceil(narrowest + 2.0 * flowMargin)));
    if (minimumWidth() != needed)
        setMinimumWidth(needed);

    double total = spacing * static_cast<double>(m_stages.size() - 1);
    for (const Plan& plan : plans)
        total += plan.width;
    double left = flowMargin + std::max(0.0, (available - total) / 2.0);
    const double bodyTop = flowMargin + headerHeight();
    for (std::size_t s = 0; s < m_stages.size(); ++s) {
        const FlowStage& stage = m_stages[s];
        const Plan& plan = plans[s];
        Column& column = m_columns[s];
        column.left = left;
        column.width = plan.width;
        if (isMaps(stage)) {
            const double blockWidth = plan.subColumns * plan.thumbW + (plan.subColumns - 1) * gap;
            const double blockHeight = plan.rows * plan.thumbH + (plan.rows - 1) * gap;
            const double x0 = left + (plan.width - blockWidth) / 2.0;
            const double y0 = bodyTop + (body - blockHeight) / 2.0;
            for (int c = 0; c < stage.values.dim(0); ++c) {
                const int sub = c / plan.rows;
                const int row = c % plan.rows;
                column.maps.append(QRectF(x0 + sub * (plan.thumbW + gap), y0 + row * (plan.thumbH + gap), plan.thumbW,
                                          plan.thumbH));
            }
        } else if (!stage.values.empty()) {
            const int count = static_cast<int>(stage.values.size());
            const double stripHeight = count > labelledVector ? body : std::min(body, count * maxVectorCell);
            const double x0 = left + (plan.width - vectorWidths[s]) / 2.0;
            column.maps.append(QRectF(x0, bodyTop + (body - stripHeight) / 2.0, stripWidth, stripHeight));
        }
        left += plan.width + spacing;
    }
}

void NetworkFlowView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

// ---------------------------------------------------------------------------------------------
// painting

void NetworkFlowView::paintEvent(QPaintEvent*)
{
    if (TensorView::programColourMap() != m_programMap) {
        // The colour map was changed in the View menu since the images were made.
        rebuildImages();
        update();
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont bold = boldFont(font());
    const QFont small = smallFont(font());
    const double bodyTop = flowMargin + headerHeight();
    const double bodyBottom = height() - flowMargin - footerHeight() - legendHeight();
    const double middle = (bodyTop + bodyBottom) / 2.0;
    const QColor text = palette().color(QPalette::WindowText);

    // First the arrows between columns and the fans of the flatten, so the maps cover them.
    for (std::size_t s = 1; s < m_stages.size() && s < m_columns.size(); ++s) {
        const FlowStage& stage = m_stages[s];
        const Column& column = m_columns[s];
        // The arrow from the previous column, or the lines of the maps unrolling into the vector.
        const Column& previous = m_columns[s - 1];
        const double from = previous.left + previous.width + 2.0;
        const double to = column.left - 2.0;
        painter.setPen(QPen(lineColour, 1.0));
        if (stage.unrolls && !column.maps.isEmpty() && !previous.maps.isEmpty()) {
            const QRectF strip = column.maps.front();
            const QColor fanColour(lineColour.red(), lineColour.green(), lineColour.blue(), 40);
            const auto drawFan = [&](const QRectF& source, double segmentTop, double segmentBottom) {
                QPainterPath path;
                path.moveTo(source.right() + 1.0, source.top() + 1.0);
                path.lineTo(strip.left() - 1.0, segmentTop);
                path.lineTo(strip.left() - 1.0, segmentBottom);
                path.lineTo(source.right() + 1.0, source.bottom() - 1.0);
                path.closeSubpath();
                painter.fillPath(path, fanColour);
                painter.drawLine(QPointF(source.right() + 1.0, source.center().y()),
                                 QPointF(strip.left() - 1.0, (segmentTop + segmentBottom) / 2.0));
            };
            const int pieces = static_cast<int>(previous.maps.size());
            if (pieces > maxFans) {
                // Hundreds of translucent antialiased fans took seconds to paint: one for the column.
                QRectF all;
                for (const QRectF& map : previous.maps)
                    all = all.united(map);
                drawFan(all, strip.top(), strip.bottom());
            } else {
                for (int c = 0; c < pieces; ++c)
                    drawFan(previous.maps[c], strip.top() + strip.height() * c / pieces,
                            strip.top() + strip.height() * (c + 1) / pieces);
            }
        } else if (to - from > 6.0) {
            painter.drawLine(QPointF(from, middle), QPointF(to, middle));
            painter.drawLine(QPointF(to, middle), QPointF(to - 4.0, middle - 3.0));
            painter.drawLine(QPointF(to, middle), QPointF(to - 4.0, middle + 3.0));
        }
    }

    for (std::size_t s = 0; s < m_stages.size() && s < m_columns.size(); ++s) {
        const FlowStage& stage = m_stages[s];
        const Column& column = m_columns[s];
        const QRectF textBox(column.left - spacing / 2.0, flowMargin, column.width + spacing, headerHeight());
        painter.setPen(text);
        painter.setFont(bold);
        painter.drawText(textBox, Qt::AlignHCenter | Qt::AlignTop, stage.title);
        painter.setFont(small);
        const double footerTop = bodyBottom + 4.0;
        const double line = QFontMetricsF(small).height();
        painter.drawText(QRectF(column.left - spacing / 2.0, footerTop, column.width + spacing, line),
                         Qt::AlignHCenter | Qt::AlignTop, stage.shape);
        if (!stage.rangeText.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(column.left - spacing / 2.0, footerTop + line, column.width + spacing, line),
                             Qt::AlignHCenter | Qt::AlignTop, stage.rangeText);
        }

        const std::vector<QImage>& images = m_images[s];
        for (int c = 0; c < column.maps.size() && c < static_cast<int>(images.size()); ++c) {
            const QRectF rect = column.maps[c];
            painter.setRenderHint(QPainter::SmoothPixmapTransform, !isMaps(stage) && stage.values.size() > 200);
            painter.drawImage(rect, images[static_cast<std::size_t>(c)]);
            painter.setPen(QPen(QColor(120, 120, 120), 0.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
        }

        // A flatten strip shows where each map's values went.
        if (stage.unrolls && s > 0 && !column.maps.isEmpty()) {
            const QRectF strip = column.maps.front();
            const int pieces = static_cast<int>(m_columns[s - 1].maps.size());
            painter.setPen(QPen(QColor(60, 60, 60), 0.6));
            for (int c = 1; c < pieces; ++c) {
                const double y = strip.top() + strip.height() * c / pieces;
                painter.drawLine(QPointF(strip.left(), y), QPointF(strip.right(), y));
            }
        }

        // Short vectors: one cell per value, with its label and value beside it.
        if (!isMaps(stage) && !column.maps.isEmpty() && static_cast<int>(stage.values.size()) <= labelledVector) {
            const QRectF strip = column.maps.front();
            const int count = static_cast<int>(stage.values.size());
            const double cell = strip.height() / count;
            const int best = static_cast<int>(std::max_element(stage.values.values().begin(), stage.values.values().end())
                                              - stage.values.values().begin());
            for (int i = 0; i < count; ++i) {
                const QRectF row(strip.right() + 6.0, strip.top() + i * cell, column.width, cell);
                painter.setFont(i == best && !stage.labels.isEmpty() ? boldFont(small) : small);
                painter.setPen(text);
                const QString label = stage.labels.value(i);
                painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                                 (label.isEmpty() ? QString() : label + QStringLiteral("  "))
                                     + formatNumber(stage.values.data()[i]));
                if (i > 0) {
                    painter.setPen(QPen(QColor(120, 120, 120), 0.5));
                    painter.drawLine(QPointF(strip.left(), strip.top() + i * cell),
                                     QPointF(strip.right(), strip.top() + i * cell));
                }
            }
        }
    }

    // Outlines: the hovered map thin, the opened one thick.
    const auto outline = [&](int stage, int channel, const QColor& colour, double widthPx) {
        if (stage < 0 || stage >= static_cast<int>(m_stages.size()))
            return;
        QRectF rect = mapRect(stage, channel);
        if (!isMaps(m_stages[static_cast<std::size_t>(stage)]) && channel >= 0) {
            // One entry of a vector: its slice of the strip.
            const int count = static_cast<int>(m_stages[static_cast<std::size_t>(stage)].values.size());
            const QRectF strip = mapRect(stage, -1);
            rect = QRectF(strip.left(), strip.top() + strip.height() * channel / count, strip.width(),
                          std::max(2.0, strip.height() / count));
        }
        if (rect.isEmpty())
            return;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, widthPx + 2.0));
        painter.drawRect(rect.adjusted(-widthPx, -widthPx, widthPx, widthPx));
        painter.setPen(QPen(colour, widthPx));
        painter.drawRect(rect.adjusted(-widthPx, -widthPx, widthPx, widthPx));
    };
    if (m_hovered)
        outline(m_hovered->stage, m_hovered->channel, hoverColour, 1.5);
    if (m_selectedStage >= 0)
        outline(m_selectedStage, m_selectedChannel, selectionColour, 2.5);

    // The legend.
    const double legendTop = height() - flowMargin - legendHeight() + 4.0;
    painter.setFont(small);
    painter.setPen(text);
    const QFontMetricsF metrics(small);
    double x = flowMargin;
    if (!m_legendCaption.isEmpty()) {
        painter.drawText(QPointF(x, legendTop + metrics.ascent()), m_legendCaption);
        x += metrics.horizontalAdvance(m_legendCaption) + 10.0;
    }
    const double barWidth = 180.0;
    const double lowWidth = metrics.horizontalAdvance(m_legendLow);
    painter.drawText(QPointF(x, legendTop + metrics.ascent()), m_legendLow);
    x += lowWidth + 6.0;
    const QRectF bar(x, legendTop + 2.0, barWidth, metrics.height() - 4.0);
    painter.drawImage(bar, legendImage(ColourMap(m_programMap.value_or(m_legendColours)), static_cast<int>(barWidth), 8));
    painter.setPen(QPen(QColor(120, 120, 120), 0.5));
    painter.drawRect(bar);
    painter.setPen(text);
    if (!m_legendMiddle.isEmpty()) {
        const double middleWidth = metrics.horizontalAdvance(m_legendMiddle);
        painter.drawText(QPointF(bar.center().x() - middleWidth / 2.0, legendTop + metrics.height() + metrics.ascent()),
                         m_legendMiddle);
    }
    painter.drawText(QPointF(bar.right() + 6.0, legendTop + metrics.ascent()), m_legendHigh);
}

// ---------------------------------------------------------------------------------------------
// mouse

std::optional<NetworkFlowView::Hit> NetworkFlowView::hitAt(QPointF position) const
{
    for (std::size_t s = 0; s < m_columns.size(); ++s) {
        const Column& column = m_columns[s];
        const bool maps = isMaps(m_stages[s]);
        for (int c = 0; c < column.maps.size(); ++c) {
            const QRectF rect = column.maps[c].adjusted(-1.5, -1.5, 1.5, 1.5);
            if (!rect.contains(position))
                continue;
            if (maps)
                return Hit{static_cast<int>(s), c, false};
            const int count = static_cast<int>(m_stages[s].values.size());
            const int index = std::clamp(
                static_cast<int>((position.y() - column.maps[c].top()) / column.maps[c].height() * count), 0, count - 1);
            return Hit{static_cast<int>(s), index, true};
        }
    }
    return std::nullopt;
}

QString NetworkFlowView::hoverText(const Hit& hit) const
{
    const FlowStage& stage = m_stages[static_cast<std::size_t>(hit.stage)];
    if (hit.vector) {
        const float value = stage.values.data()[hit.channel];
        const QString label = stage.labels.value(hit.channel);
        return tr("%1\nvalue %2%3 = %4\nClick to see how it is computed.")
            .arg(stage.toolTip)
            .arg(hit.channel + 1)
            .arg(label.isEmpty() ? QString() : QStringLiteral(" (") + label + QStringLiteral(")"))
            .arg(formatNumber(value));
    }
    const core::ConstMatrixMap plane = stage.values.plane(hit.channel);
    return tr("%1\nmap %2 of %3, %4×%5, values %6 … %7\nClick to open it.")
        .arg(stage.toolTip)
        .arg(hit.channel + 1)
        .arg(stage.values.dim(0))
        .arg(plane.rows())
        .arg(plane.cols())
        .arg(formatNumber(plane.minCoeff()), formatNumber(plane.maxCoeff()));
}

void NetworkFlowView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const std::optional<Hit> hit = hitAt(event->position());
    if (!hit)
        return;
    if (hit->vector)
        emit vectorClicked(hit->stage, hit->channel);
    else
        emit mapClicked(hit->stage, hit->channel);
}

void NetworkFlowView::mouseMoveEvent(QMouseEvent* event)
{
    const std::optional<Hit> hit = hitAt(event->position());
    const bool changed = hit.has_value() != m_hovered.has_value()
        || (hit && (hit->stage != m_hovered->stage || hit->channel != m_hovered->channel));
    m_hovered = hit;
    setCursor(hit ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (changed)
        update();
    QWidget::mouseMoveEvent(event);
}

bool NetworkFlowView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const std::optional<Hit> hit = hitAt(help->pos());
        if (hit)
            QToolTip::showText(help->globalPos(), hoverText(*hit), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave && m_hovered) {
        m_hovered.reset();
        update();
    }
    return QWidget::event(event);
}

} // namespace convscope::ui
