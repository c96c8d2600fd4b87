#include "app/cli/size_text.h"

namespace convscope::cli {

QString SizeText::formula(Axis axis, const core::OutputSize& size, const Terms& terms)
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

QString SizeText::effectiveFilter(const core::OutputSize& size, const Terms& terms)
{
    return QStringLiteral("F_eff = D*(F - 1) + 1 = %1*(%2 - 1) + 1 = %3").arg(terms.dilation).arg(terms.filter).arg(size.effectiveFilter);
}

QString SizeText::noWindowFits(Axis axis, const core::OutputSize& size, const Terms& terms)
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

} // namespace convscope::cli
