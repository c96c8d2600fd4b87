#include "ui/widgets/probability_bars.h"
#include "ui/shared/text_symbols.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace convscope::ui {

namespace {

const QColor grey(160, 160, 160);
constexpr int maxBars = 20;

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
    const int count = static_cast<int>(m_labels.size());
    m_shown.resize(static_cast<std::size_t>(count));
    std::iota(m_shown.begin(), m_shown.end(), 0);
    if (count > maxBars) {
        const auto probability = [this](int c) {
            return c < static_cast<int>(m_probabilities.size()) ? m_probabilities[static_cast<std::size_t>(c)] : 0.0f;
        };
        std::partial_sort(m_shown.begin(), m_shown.begin() + maxBars, m_shown.end(),
                          [&](int a, int b) { return probability(a) > probability(b); });
        m_shown.resize(maxBars);
    }
    updateGeometry();
    update();
}

int ProbabilityBars::rowCount() const
{
    // A last row says how many classes are not drawn.
    return static_cast<int>(m_shown.size()) + (m_shown.size() < static_cast<std::size_t>(m_labels.size()) ? 1 : 0);
}

QSize ProbabilityBars::sizeHint() const
{
    return {320, std::max(10, rowCount()) * (fontMetrics().height() + 6)};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    return {200, std::max(10, rowCount()) * (fontMetrics().height() + 2)};
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int rows = rowCount();
    if (rows == 0)
        return;
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (int c : m_shown)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_labels[c]));
    const int valueWidth = metrics.horizontalAdvance(tr("%1 %").arg(QLocale().toString(100.0, 'f', 1))) + 14;
    const double rowHeight = static_cast<double>(height()) / rows;
    const double barLeft = labelWidth + 10;
    const double barWidth = std::max(10.0, width() - barLeft - valueWidth);
    const auto best = std::max_element(m_probabilities.begin(), m_probabilities.end());
    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < static_cast<int>(m_shown.size()); ++row) {
        const int i = m_shown[static_cast<std::size_t>(row)];
        const double y = row * rowHeight;
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
    const int hidden = static_cast<int>(m_labels.size() - static_cast<qsizetype>(m_shown.size()));
    if (hidden > 0) {
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(barLeft, (rows - 1) * rowHeight, width() - barLeft, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("… and %n less probable class(es)", nullptr, hidden));
    }
}

} // namespace convscope::ui
