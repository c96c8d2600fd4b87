#include "app/cli/shape_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_options.h"
#include "core/output_size.h"
#include "ui/io/output_size_text.h"

#include <QRegularExpression>

namespace convscope::cli {

using SizeText = io::OutputSizeText;

QByteArray ShapeCommand::run(const QStringList& arguments)
{
    CliOptions options(QStringLiteral("shape"),
                       {
                           {QStringLiteral("input"), QStringLiteral("WxHxC"), tr("the input size: width x height x channels, e.g. 28x28x1")},
                           {QStringLiteral("kernel"), QStringLiteral("F"), tr("the filter size F (an F×F filter)")},
                           {QStringLiteral("stride"), QStringLiteral("S"), tr("the stride S: how far the filter moves each step")},
                           {QStringLiteral("padding"), QStringLiteral("P"), tr("the zero padding P: rings of zeros around the input")},
                           {QStringLiteral("filters"), QStringLiteral("K"), tr("the number of filters K: the depth of the output")},
                           {QStringLiteral("dilation"), QStringLiteral("D"), tr("spacing between filter cells (default 1); the filter then spans D*(F-1)+1")},
                           {QStringLiteral("explain"), QString(), tr("show the formula with the numbers substituted")},
                       });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli shape --input WxHxC --kernel F --stride S --padding P --filters K [--explain]"),
                  tr("Prints the output size W_out x H_out x K of a convolution layer, from the lecture's formula\n"
                     "  W_out = (W_in - F + 2P)/S + 1     H_out = (H_in - F + 2P)/S + 1\n"
                     "When the division is not whole it is rounded down, as every CNN framework does."),
                  tr("  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64\n"
                     "  prints 14x14x64: the lecture's MNIST example"))
            .toUtf8();
    }

    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,7})[x\u00d7X*](\\d{1,7})(?:[x\u00d7X*](\\d{1,7}))?$"));
    const QString inputText = options.required(QStringLiteral("input")).trimmed();
    const QRegularExpressionMatch match = sizePattern.match(inputText);
    if (!match.hasMatch())
        throw CliError(tr("--input must be the input size WxHxC, e.g. 28x28x1, not '%1'").arg(inputText));
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    const int channels = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    const auto outOfRange = [](int value) { return value < 1 || value > CliOptions::maximumWholeNumber; };
    if (outOfRange(width) || outOfRange(height) || outOfRange(channels))
        throw CliError(tr("--input %1: the width, height and channels must each be from 1 to %2")
                           .arg(inputText)
                           .arg(CliOptions::maximumWholeNumber));

    const int filter = options.wholeNumber(QStringLiteral("kernel"), 1);
    const int stride = options.wholeNumber(QStringLiteral("stride"), 1);
    const int padding = options.wholeNumber(QStringLiteral("padding"), 0);
    const int filters = options.wholeNumber(QStringLiteral("filters"), 1);
    const int dilation = options.wholeNumber(QStringLiteral("dilation"), 1, 1);

    const SizeText::Terms widthTerms{width, filter, stride, padding, dilation};
    const SizeText::Terms heightTerms{height, filter, stride, padding, dilation};
    const core::OutputSize outWidth = core::outputSize(width, filter, stride, padding, dilation);
    const core::OutputSize outHeight = core::outputSize(height, filter, stride, padding, dilation);
    if (outWidth.status == core::OutputSizeStatus::NoWindowFits)
        throw CliError(SizeText::noWindowFits(SizeText::Axis::Width, outWidth, widthTerms));
    if (outHeight.status == core::OutputSizeStatus::NoWindowFits)
        throw CliError(SizeText::noWindowFits(SizeText::Axis::Height, outHeight, heightTerms));

    const QString shape = QStringLiteral("%1x%2x%3").arg(outWidth.size).arg(outHeight.size).arg(filters);
    QString text;
    if (options.isSet(QStringLiteral("explain"))) {
        if (dilation != 1)
            text += SizeText::plainEffectiveFilter(outWidth, widthTerms) + QLatin1Char('\n');
        text += SizeText::plainFormula(SizeText::Axis::Width, outWidth, widthTerms) + QLatin1Char('\n');
        text += SizeText::plainFormula(SizeText::Axis::Height, outHeight, heightTerms) + QLatin1Char('\n');
        text += tr("depth = K, the number of filters = %1").arg(filters) + QLatin1Char('\n');
    }
    text += shape + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace convscope::cli
