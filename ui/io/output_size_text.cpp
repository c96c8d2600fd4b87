#include "ui/io/output_size_text.h"

#include "ui/io/korean_particles.h"
#include "ui/io/number_format.h"

namespace convscope::io {

namespace {

QString number(long long value) { return formatNumber(static_cast<double>(value)); }
QString decimal(double value) { return formatNumber(value); }

QString symbol(OutputSizeText::Axis axis, const char* subscript)
{
    const QString letter = axis == OutputSizeText::Axis::Width ? QStringLiteral("W") : QStringLiteral("H");
    return letter + QStringLiteral("<sub>") + QLatin1String(subscript) + QStringLiteral("</sub>");
}

// A formula may break onto a new line only before one of its "=": spaces inside a step are
// non-breaking, so a narrow page never splits "27 + 1" between two lines. (The formulas' tags
// carry no attributes, so no space inside a tag is touched.)
QString breakOnlyBeforeEquals(QString formula)
{
    formula.replace(QLatin1Char(' '), QChar::Nbsp);
    formula.replace(QString(QChar::Nbsp) + QLatin1Char('='), QStringLiteral(" ="));
    return formula;
}

} // namespace

QString OutputSizeText::generalFormula(Axis axis, bool dilated)
{
    const QString filter = dilated ? QStringLiteral("F<sub>eff</sub>") : QStringLiteral("F");
    return breakOnlyBeforeEquals(symbol(axis, "out") + QStringLiteral(" = (") + symbol(axis, "in") + QStringLiteral(" ")
                                 + minusSign + QStringLiteral(" ") + filter + QStringLiteral(" + 2P) / S + 1"));
}

namespace {

QString substitutedSteps(const core::OutputSize& size, const OutputSizeText::Terms& terms)
{
    if (size.status != core::OutputSizeStatus::Whole && size.status != core::OutputSizeStatus::NotWhole
        && size.status != core::OutputSizeStatus::NoWindowFits)
        return QStringLiteral("= ?");
    const QString inner = number(terms.input) + QStringLiteral(" ") + minusSign + QStringLiteral(" ")
                          + number(size.effectiveFilter) + QStringLiteral(" + 2") + middleDot + number(terms.padding);
    const QString head = QStringLiteral("= (") + inner + QStringLiteral(") / ") + number(terms.stride);
    switch (size.status) {
    case core::OutputSizeStatus::Whole:
        return head + QStringLiteral(" + 1 = ") + number(size.numerator / terms.stride) + QStringLiteral(" + 1 = <b>")
               + number(size.size) + QStringLiteral("</b>");
    case core::OutputSizeStatus::NotWhole:
        return QStringLiteral("= ") + QChar(0x230A) + QStringLiteral("(") + inner + QStringLiteral(") / ")
               + number(terms.stride) + QChar(0x230B) + QStringLiteral(" + 1 = ") + QChar(0x230A)
               + decimal(static_cast<double>(size.numerator) / terms.stride) + QChar(0x230B) + QStringLiteral(" + 1 = <b>")
               + number(size.size) + QStringLiteral("</b>");
    default:
        return head + QStringLiteral(" + 1 = ") + decimal(static_cast<double>(size.numerator) / terms.stride + 1.0)
               + QStringLiteral(" ") + QChar(0x2717);
    }
}

} // namespace

QString OutputSizeText::substitutedFormula(Axis axis, const core::OutputSize& size, const Terms& terms)
{
    Q_UNUSED(axis);
    return breakOnlyBeforeEquals(substitutedSteps(size, terms));
}

QString OutputSizeText::effectiveFilterFormula(const core::OutputSize& size, const Terms& terms)
{
    return breakOnlyBeforeEquals(QStringLiteral("F<sub>eff</sub> = D") + middleDot + QStringLiteral("(F ") + minusSign
                                 + QStringLiteral(" 1) + 1 = ") + number(terms.dilation) + middleDot + QStringLiteral("(")
                                 + number(terms.filter) + QStringLiteral(" ") + minusSign + QStringLiteral(" 1) + 1 = ")
                                 + number(size.effectiveFilter));
}

QString OutputSizeText::explanation(Axis axis, const core::OutputSize& size, const Terms& terms)
{
    return fitKoreanParticles(explanationWords(axis, size, terms));
}

QString OutputSizeText::explanationWords(Axis axis, const core::OutputSize& size, const Terms& terms)
{
    const bool width = axis == Axis::Width;
    switch (size.status) {
    case core::OutputSizeStatus::Whole:
        return width ? tr("Width: W_in − F + 2P = %1 divides by the stride %2 exactly, so every input column is covered by a window.")
                           .arg(number(size.numerator), number(terms.stride))
                     : tr("Height: H_in − F + 2P = %1 divides by the stride %2 exactly, so every input row is covered by a window.")
                           .arg(number(size.numerator), number(terms.stride));
    case core::OutputSizeStatus::NotWhole:
        return width ? tr("Width: W_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and "
                          "the last %n column(s) of the padded input are never covered by a window.",
                          nullptr, size.droppedCells)
                           .arg(number(size.numerator), number(terms.stride), number(size.size))
                     : tr("Height: H_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and "
                          "the last %n row(s) of the padded input are never covered by a window.",
                          nullptr, size.droppedCells)
                           .arg(number(size.numerator), number(terms.stride), number(size.size));
    case core::OutputSizeStatus::NoWindowFits:
        return width ? tr("Width: no window fits. The filter spans %1 cells but the padded input is only %2 cells "
                          "wide (W_in + 2P). Use a smaller filter or more padding.")
                           .arg(number(size.effectiveFilter), number(terms.input + 2LL * terms.padding))
                     : tr("Height: no window fits. The filter spans %1 cells but the padded input is only %2 cells "
                          "high (H_in + 2P). Use a smaller filter or more padding.")
                           .arg(number(size.effectiveFilter), number(terms.input + 2LL * terms.padding));
    case core::OutputSizeStatus::InvalidInput:
        return width ? tr("The input width must be at least 1, not %1.").arg(number(terms.input))
                     : tr("The input height must be at least 1, not %1.").arg(number(terms.input));
    case core::OutputSizeStatus::InvalidFilter:
        return tr("The filter size F must be at least 1, not %1.").arg(number(terms.filter));
    case core::OutputSizeStatus::InvalidStride:
        return tr("The stride S must be at least 1, not %1.").arg(number(terms.stride));
    case core::OutputSizeStatus::InvalidPadding:
        return tr("The zero padding P cannot be negative, not %1.").arg(number(terms.padding));
    case core::OutputSizeStatus::InvalidDilation:
        return tr("The dilation D must be at least 1, not %1.").arg(number(terms.dilation));
    }
    return {};
}

QString OutputSizeText::plainFormula(Axis axis, const core::OutputSize& size, const Terms& terms)
{
    const QString out = axis == Axis::Width ? QStringLiteral("W_out") : QStringLiteral("H_out");
    const QString in = axis == Axis::Width ? QStringLiteral("W_in") : QStringLiteral("H_in");
    const QString filter = terms.dilation == 1 ? QStringLiteral("F") : QStringLiteral("F_eff");
    QString text = QStringLiteral("%1 = (%2 - %3 + 2P)/S + 1 = (%4 - %5 + 2*%6)/%7 + 1 = ")
                       .arg(out, in, filter)
                       .arg(terms.input)
                       .arg(size.effectiveFilter)
                       .arg(terms.padding)
                       .arg(terms.stride);
    if (size.status == core::OutputSizeStatus::Whole)
        return text + QString::number(size.size);
    text += QStringLiteral("floor(%1) + 1 = %2").arg(QString::number(static_cast<double>(size.numerator) / terms.stride, 'g', 6)).arg(size.size);
    text += QStringLiteral("\n  ");
    text += axis == Axis::Width
        ? tr("%1 is not a multiple of the stride %2, so the division is rounded down: the last %n column(s) of the "
             "padded input are never covered by a window.",
             nullptr, size.droppedCells)
              .arg(size.numerator)
              .arg(terms.stride)
        : tr("%1 is not a multiple of the stride %2, so the division is rounded down: the last %n row(s) of the "
             "padded input are never covered by a window.",
             nullptr, size.droppedCells)
              .arg(size.numerator)
              .arg(terms.stride);
    return text;
}

QString OutputSizeText::plainEffectiveFilter(const core::OutputSize& size, const Terms& terms)
{
    return QStringLiteral("F_eff = D*(F - 1) + 1 = %1*(%2 - 1) + 1 = %3").arg(terms.dilation).arg(terms.filter).arg(size.effectiveFilter);
}

QString OutputSizeText::noWindowFits(Axis axis, const core::OutputSize& size, const Terms& terms)
{
    const qint64 padded = static_cast<qint64>(terms.input) + 2LL * terms.padding;
    return axis == Axis::Width
        ? tr("no window fits across the width: the filter spans %1 columns but the padded input is only %2 wide "
             "(W_in + 2P = %3 + 2*%4); use a smaller filter or more padding")
              .arg(size.effectiveFilter)
              .arg(padded)
              .arg(terms.input)
              .arg(terms.padding)
        : tr("no window fits down the height: the filter spans %1 rows but the padded input is only %2 high "
             "(H_in + 2P = %3 + 2*%4); use a smaller filter or more padding")
              .arg(size.effectiveFilter)
              .arg(padded)
              .arg(terms.input)
              .arg(terms.padding);
}

} // namespace convscope::io
