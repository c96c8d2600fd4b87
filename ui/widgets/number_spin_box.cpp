#include "ui/widgets/number_spin_box.h"

#include "ui/shared/number_text.h"

namespace convscope::ui {

NumberSpinBox::NumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(3);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString NumberSpinBox::textFromValue(double value) const
{
    return formatNumber(value);
}

double NumberSpinBox::valueFromText(const QString& text) const
{
    const ParsedNumber parsed = parseNumber(text);
    return parsed.value ? static_cast<double>(*parsed.value) : value();
}

QValidator::State NumberSpinBox::validate(QString& text, int&) const
{
    const ParsedNumber parsed = parseNumber(text);
    if (parsed.value)
        return *parsed.value >= minimum() && *parsed.value <= maximum() ? QValidator::Acceptable
                                                                         : QValidator::Intermediate;
    // Half-typed numbers ("−", "1/", "0.") may still become valid; letters never do.
    for (const QChar c : text)
        if (!(c.isDigit() || c == QLatin1Char('-') || c == QChar(0x2212) || c == QLatin1Char('.') || c == QLatin1Char('/')
              || c == QLatin1Char('e') || c == QLatin1Char('E') || c == QLatin1Char('+') || c.isSpace()))
            return QValidator::Invalid;
    return QValidator::Intermediate;
}

} // namespace convscope::ui
