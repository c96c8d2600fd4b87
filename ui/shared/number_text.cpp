#include "ui/shared/number_text.h"
#include "ui/io/korean_particles.h"
#include "ui/shared/text_symbols.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace convscope::ui {

namespace {


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
                return {std::nullopt, io::fitKoreanParticles(QCoreApplication::translate("NumberText", "“%1” divides by zero.").arg(text))};
            value = *numerator / *denominator;
        }
    } else {
        value = parsePlain(plain);
    }
    if (!value)
        return {std::nullopt, io::fitKoreanParticles(QCoreApplication::translate("NumberText", "“%1” is not a number.").arg(text))};
    if (!std::isfinite(*value))
        return {std::nullopt, io::fitKoreanParticles(QCoreApplication::translate("NumberText", "“%1” is not a finite number.").arg(text))};
    if (std::abs(*value) > static_cast<double>(std::numeric_limits<float>::max()))
        return {std::nullopt, io::fitKoreanParticles(QCoreApplication::translate("NumberText", "“%1” is too large.").arg(text))};
    return {static_cast<float>(*value), {}};
}

} // namespace convscope::ui
