#include "ui/training/probability_bars.h"
#include "ui/widgets/text_symbols.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace convscope::ui {

namespace {

const QColor grey(160, 160, 160);

} // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Probabilities"));
}

void ProbabilityBars::setProbabilities(std::vector<float> probabilities, QStringList labels)
{
    m_probabilities = std::move(probabilities);
    m_labels = std::move(labels);
    QStringList description;
    for (std::size_t i = 0; i < m_probabilities.size(); ++i)
        description << tr("%1: %2 %").arg(m_labels.value(static_cast<qsizetype>(i)))
                           .arg(QLocale().toString(100.0 * m_probabilities[i], 'f', 1));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize ProbabilityBars::sizeHint() const
{
    const int rows = std::max<int>(10, static_cast<int>(m_labels.size()));
    return {320, rows * (fontMetrics().height() + 6)};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    const int rows = std::max<int>(10, static_cast<int>(m_labels.size()));
    return {200, rows * (fontMetrics().height() + 2)};
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int rows = static_cast<int>(m_labels.size());
    if (rows == 0)
        return;
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const QString& label : m_labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const int valueWidth = metrics.horizontalAdvance(tr("%1 %").arg(QLocale().toString(100.0, 'f', 1))) + 14;
    const double rowHeight = static_cast<double>(height()) / rows;
    const double barLeft = labelWidth + 10;
    const double barWidth = std::max(10.0, width() - barLeft - valueWidth);
    const auto best = std::max_element(m_probabilities.begin(), m_probabilities.end());
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < rows; ++i) {
        const double y = i * rowHeight;
        const bool known = i < static_cast<int>(m_probabilities.size());
        const float p = known ? std::clamp(m_probabilities[static_cast<std::size_t>(i)], 0.0f, 1.0f) : 0.0f;
        const bool top = known && best != m_probabilities.end() && m_probabilities.begin() + i == best;
        painter.setFont(top ? bold : font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(0, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter, m_labels[i]);
        const QRectF track(barLeft, y + rowHeight * 0.18, barWidth, rowHeight * 0.64);
        painter.fillRect(track, palette().color(QPalette::AlternateBase));
        painter.fillRect(QRectF(track.left(), track.top(), track.width() * p, track.height()), top ? okabeIto::blue : grey);
        if (known)
            painter.drawText(QRectF(track.right() + 6, y, valueWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("%1 %").arg(QLocale().toString(100.0 * p, 'f', 1)));
    }
}

} // namespace convscope::ui
