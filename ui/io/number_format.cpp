#include "ui/io/number_format.h"

#include <algorithm>
#include <cmath>

namespace convscope::io {

namespace {

QString withTrueMinus(QString text)
{
    return text.replace(QLatin1Char('-'), minusSign);
}

// "0.470" → "0.47", "2.50" → "2.5", "3.000" → "3".
QString trimZeros(QString text)
{
    if (!text.contains(QLatin1Char('.')))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QString(minusSign) + QStringLiteral("∞");
    const double magnitude = std::abs(value);
    const double rounded = std::round(value);
    if (magnitude < 1e7 && std::abs(value - rounded) <= 1e-6 * std::max(1.0, magnitude)) {
        // Also turns −0 into "0".
        return withTrueMinus(QString::number(static_cast<qint64>(rounded)));
    }
    if (magnitude >= 1e6 || magnitude < 1e-3)
        return withTrueMinus(QString::number(value, 'g', 3));
    const int decimals = magnitude >= 100.0 ? 1 : magnitude >= 1.0 ? 2 : 3;
    QString text = trimZeros(QString::number(value, 'f', decimals));
    if (text == QStringLiteral("-0"))
        text = QStringLiteral("0");
    return withTrueMinus(text);
}

} // namespace convscope::io
