#include "ui/widgets/number_text.h"
#include "ui/widgets/text_symbols.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace convscope::ui {

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

std::optional<double> parsePlain(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

QString abbreviatedTerms(const QStringList& terms, const QString& separator, int maxTerms)
{
    if (terms.size() <= maxTerms)
        return terms.join(separator);
    return terms.mid(0, 6).join(separator) + separator + QStringLiteral("…") + separator
        + terms.mid(terms.size() - 3).join(separator);
}

QString formatFactor(double value)
{
    const QString text = formatNumber(value);
    return value < 0 ? QStringLiteral("(") + text + QStringLiteral(")") : text;
}

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

ParsedNumber parseNumber(const QString& text)
{
    QString plain = text.trimmed();
    plain.replace(minusSign, QLatin1Char('-'));
    if (plain.isEmpty())
        return {std::nullopt, QCoreApplication::translate("NumberText", "Type a number.")};

    std::optional<double> value;
    const qsizetype slash = plain.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const std::optional<double> numerator = parsePlain(plain.left(slash).trimmed());
        const std::optional<double> denominator = parsePlain(plain.mid(slash + 1).trimmed());
        if (numerator && denominator) {
            if (*denominator == 0.0)
                return {std::nullopt, QCoreApplication::translate("NumberText", "“%1” divides by zero.").arg(text)};
            value = *numerator / *denominator;
        }
    } else {
        value = parsePlain(plain);
    }
    if (!value)
        return {std::nullopt, QCoreApplication::translate("NumberText", "“%1” is not a number.").arg(text)};
    if (!std::isfinite(*value))
        return {std::nullopt, QCoreApplication::translate("NumberText", "“%1” is not a finite number.").arg(text)};
    if (std::abs(*value) > static_cast<double>(std::numeric_limits<float>::max()))
        return {std::nullopt, QCoreApplication::translate("NumberText", "“%1” is too large.").arg(text)};
    return {static_cast<float>(*value), {}};
}

} // namespace convscope::ui
