#include "ui/shared/step_text.h"

#include "ui/shared/number_text.h"
#include "ui/shared/text_symbols.h"

#include <QStringList>

namespace convscope::ui {

namespace {

const QString plus = QStringLiteral(" + ");


} // namespace

QString StepText::product(float input, float weight)
{
    return formatFactor(input) + times + formatFactor(weight);
}

QString StepText::channelSum(const core::ConvStep& step, int channel, bool showResults)
{
    QStringList terms;
    for (const core::ConvTraceCell& cell : step.cells)
        if (cell.channel == channel)
            terms.append(product(cell.input, cell.weight));
    const std::size_t index = static_cast<std::size_t>(channel);
    const float sum = index < step.channelSums.size() ? step.channelSums[index] : 0.0f;
    const QString result = bold(showResults ? formatNumber(sum) : QStringLiteral("?"));
    const QString expression = abbreviatedTerms(terms, plus, maxTerms) + QStringLiteral(" = ") + result;
    if (terms.size() > maxTerms)
        return expression + QStringLiteral(" ") + tr("(%n products)", nullptr, static_cast<int>(terms.size()));
    return expression;
}

QString StepText::stepSum(const core::ConvStep& step, int channels, const QStringList& channelNames, bool showResults)
{
    const QString hidden = QStringLiteral("?");
    const QString total = bold(showResults ? formatNumber(step.total) : hidden);
    if (channels <= 1) {
        if (step.bias == 0.0f)
            return channelSum(step, 0, showResults);
        const float sum = step.channelSums.empty() ? 0.0f : step.channelSums.front();
        return channelSum(step, 0, showResults) + QStringLiteral("<br>")
               + tr("%1 + %2 (bias) = %3").arg(showResults ? formatNumber(sum) : hidden, formatFactor(step.bias), total);
    }
    QStringList lines;
    QStringList sums;
    for (int c = 0; c < channels; ++c) {
        const QString name = c < channelNames.size() ? channelNames[c] : tr("Channel %1").arg(c + 1);
        lines.append(name + QStringLiteral(": ") + channelSum(step, c, showResults));
        sums.append(!showResults ? hidden
                                 : formatFactor(c < static_cast<int>(step.channelSums.size())
                                              ? step.channelSums[static_cast<std::size_t>(c)]
                                              : 0.0f));
    }
    const QString totalLine = tr("Total: %1 + %2 (bias) = %3").arg(sums.join(plus), formatFactor(step.bias), total);
    // Beyond RGB's three channels (a trained network's layer) the total comes first, so it shows
    // without scrolling through every channel's products.
    if (channels > 3)
        lines.prepend(totalLine);
    else
        lines.append(totalLine);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace convscope::ui
