#include "ui/network/network_text.h"

#include "ui/shared/number_text.h"
#include "ui/shared/step_text.h"
#include "ui/shared/text_symbols.h"

#include <algorithm>
#include <cmath>

namespace convscope::ui {

QString NetworkText::layerName(core::LayerKind kind, int ordinal)
{
    QString name;
    switch (kind) {
    case core::LayerKind::Conv: name = tr("Convolution"); break;
    case core::LayerKind::Relu: return tr("ReLU");
    case core::LayerKind::MaxPool: return tr("Max pooling");
    case core::LayerKind::AvgPool: return tr("Average pooling");
    case core::LayerKind::Flatten: return tr("Flatten");
    case core::LayerKind::Dense: name = tr("Fully connected"); break;
    case core::LayerKind::Dropout: return tr("Dropout");
    case core::LayerKind::Tanh: return tr("Tanh");
    case core::LayerKind::Sigmoid: return tr("Sigmoid");
    case core::LayerKind::LeakyRelu: return tr("Leaky ReLU");
    case core::LayerKind::BatchNorm: return tr("Batch normalisation");
    case core::LayerKind::GlobalAvgPool: return tr("Global average pooling");
    case core::LayerKind::MinPool: return tr("Min pooling");
    }
    return ordinal > 0 ? tr("%1 %2").arg(name).arg(ordinal) : name;
}

QString NetworkText::shortLayerName(core::LayerKind kind, int ordinal)
{
    switch (kind) {
    case core::LayerKind::Conv: return tr("Conv %1").arg(ordinal);
    case core::LayerKind::Relu: return tr("ReLU");
    case core::LayerKind::MaxPool: return tr("Max pool");
    case core::LayerKind::AvgPool: return tr("Avg pool");
    case core::LayerKind::Flatten: return tr("Flatten");
    case core::LayerKind::Dense: return tr("FC %1").arg(ordinal);
    case core::LayerKind::Dropout: return tr("Dropout");
    case core::LayerKind::Tanh: return tr("Tanh");
    case core::LayerKind::Sigmoid: return tr("Sigmoid");
    case core::LayerKind::LeakyRelu: return tr("Leaky ReLU");
    case core::LayerKind::BatchNorm: return tr("Batch norm");
    case core::LayerKind::GlobalAvgPool: return tr("Global avg pool");
    case core::LayerKind::MinPool: return tr("Min pool");
    }
    return {};
}

QString NetworkText::layerDetails(const core::LayerSpec& spec)
{
    switch (spec.kind) {
    case core::LayerKind::Conv: {
        QString text = tr("%1 filters %2×%2").arg(spec.units).arg(spec.window);
        if (spec.stride != 1)
            text += tr(", stride %1").arg(spec.stride);
        if (spec.padding != 0)
            text += tr(", pad %1").arg(spec.padding);
        return text;
    }
    case core::LayerKind::MaxPool:
    case core::LayerKind::AvgPool:
    case core::LayerKind::MinPool:
        if (spec.padding != 0)
            return tr("%1×%1, stride %2, pad %3").arg(spec.window).arg(spec.stride).arg(spec.padding);
        return tr("%1×%1, stride %2").arg(spec.window).arg(spec.stride);
    case core::LayerKind::GlobalAvgPool: return tr("the mean of each map");
    case core::LayerKind::Tanh: return tr("(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)");
    case core::LayerKind::Sigmoid: return tr("1/(1 + e⁻ˣ)");
    case core::LayerKind::LeakyRelu: return tr("max(%1·x, x)").arg(formatNumber(spec.rate));
    case core::LayerKind::BatchNorm: return tr("(x − mean)/√(var + ε)·γ + β");
    case core::LayerKind::Dense: return tr("%n output(s)", nullptr, spec.units);
    case core::LayerKind::Dropout: return tr("drops %1 while training").arg(formatNumber(spec.rate));
    case core::LayerKind::Relu: return tr("max(0, x)");
    case core::LayerKind::Flatten: return tr("maps → vector");
    }
    return {};
}

QString NetworkText::shape(const std::vector<int>& chw)
{
    QStringList parts;
    if (chw.size() == 3) {
        parts << QString::number(chw[1]) << QString::number(chw[2]) << QString::number(chw[0]);
    } else {
        for (int extent : chw)
            parts << QString::number(extent);
    }
    return QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QStringLiteral("]");
}

QString NetworkText::convSummary(const core::ConvStep& step, int channels, bool reluFollows)
{
    QStringList lines;
    if (channels == 1) {
        // One channel: every product written out, as the lecture does on its 5×5 grid.
        lines << StepText::channelSum(step, 0);
    } else {
        // Several: each channel's sum of products, four to a row.
        const int perChannel = static_cast<int>(step.cells.size()) / channels;
        lines << tr("each channel: Σ of its %n products window × kernel", nullptr, perChannel);
        QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
        constexpr int perRow = 4;
        for (int c = 0; c < channels; ++c) {
            if (c % perRow == 0)
                table += QStringLiteral("<tr>");
            table += QStringLiteral("<td nowrap>") + tr("ch %1: %2").arg(c + 1).arg(formatNumber(step.channelSums[static_cast<std::size_t>(c)]))
                + QStringLiteral("&nbsp;&nbsp;</td>");
            if (c % perRow == perRow - 1 || c == channels - 1)
                table += QStringLiteral("</tr>");
        }
        lines << table + QStringLiteral("</table>");
    }
    double sum = 0.0;
    for (float channelSum : step.channelSums)
        sum += channelSum;
    lines << tr("total = %1 + %2 (bias) = %3")
                 .arg(channels == 1 ? formatNumber(sum) : tr("Σ channels %1").arg(formatNumber(sum)), formatFactor(step.bias),
                      bold(formatNumber(step.total)));
    if (reluFollows)
        lines << tr("after the ReLU: %1").arg(reluSummary(step.total));
    return lines.join(QStringLiteral("<br>"));
}

QString NetworkText::poolSummary(const core::PoolStep& step, core::PoolMode mode)
{
    QStringList values;
    for (const core::PoolTraceCell& cell : step.cells)
        values << formatNumber(cell.value);
    const QString list = values.join(QStringLiteral(", "));
    switch (mode) {
    case core::PoolMode::Max: return tr("max(%1) = %2").arg(list, bold(formatNumber(step.result)));
    case core::PoolMode::Min: return tr("min(%1) = %2").arg(list, bold(formatNumber(step.result)));
    case core::PoolMode::Average:
        return tr("(%1) / %2 = %3")
            .arg(values.join(QStringLiteral(" + ")))
            .arg(step.cells.size())
            .arg(bold(formatNumber(step.result)));
    }
    return {};
}

QString NetworkText::denseSummary(const core::DenseSum& sum, int shown, bool reluFollows)
{
    const std::vector<int> largest = sum.largestTerms(shown);
    QStringList terms;
    double rest = 0.0;
    std::vector<bool> listed(sum.terms.size(), false);
    for (int index : largest)
        listed[static_cast<std::size_t>(index)] = true;
    for (std::size_t m = 0; m < sum.terms.size(); ++m) {
        if (!listed[m])
            rest += sum.terms[m].product;
    }
    for (int index : largest) {
        const core::DenseTerm& term = sum.terms[static_cast<std::size_t>(index)];
        terms << tr("%1×%2").arg(formatFactor(term.weight), formatFactor(term.value));
    }
    QStringList lines;
    lines << tr("output %1 = Σ of %2 products weight × input + bias").arg(sum.output + 1).arg(sum.terms.size());
    lines << tr("the %n largest: %1", nullptr, static_cast<int>(largest.size())).arg(terms.join(QStringLiteral(" + ")));
    const int others = static_cast<int>(sum.terms.size() - largest.size());
    if (others > 0)
        lines << tr("the other %n product(s) add up to %1", nullptr, others).arg(formatNumber(rest));
    lines << tr("+ bias %1 = %2").arg(formatFactor(sum.bias), bold(formatNumber(sum.total)));
    if (reluFollows)
        lines << tr("after the ReLU: %1").arg(reluSummary(sum.total));
    return lines.join(QStringLiteral("<br>"));
}

QString NetworkText::reluSummary(float input)
{
    return tr("max(0, %1) = %2").arg(formatNumber(input), bold(formatNumber(std::max(0.0f, input))));
}

QString NetworkText::flattenSource(int index, const std::vector<int>& inputShape)
{
    if (inputShape.size() != 3)
        return tr("value %1").arg(index + 1);
    const int plane = inputShape[1] * inputShape[2];
    return tr("value %1 = map %2, row %3, column %4")
        .arg(index + 1)
        .arg(index / plane + 1)
        .arg(index % plane / inputShape[2] + 1)
        .arg(index % inputShape[2] + 1);
}

QString NetworkText::softmaxFormula(const std::vector<float>& logits, const std::vector<float>& probabilities, int k,
                                    const QStringList& classNames)
{
    if (k < 0 || k >= static_cast<int>(logits.size()) || probabilities.size() != logits.size())
        return {};
    QStringList powers;
    for (float z : logits)
        powers << QStringLiteral("e<sup>%1</sup>").arg(formatNumber(z));
    const QString name = classNames.value(k, QString::number(k));
    return tr("softmax turns the scores z (logits) into probabilities: p<sub>k</sub> = e<sup>z<sub>k</sub></sup> / "
              "Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>")
        + QStringLiteral("<br>")
        + tr("p(%1) = e<sup>%2</sup> / (%3) = %4")
              .arg(name.toHtmlEscaped(), formatNumber(logits[static_cast<std::size_t>(k)]),
                   abbreviatedTerms(powers, QStringLiteral(" + "), StepText::maxTerms), bold(formatNumber(probabilities[static_cast<std::size_t>(k)])));
}

} // namespace convscope::ui
