#include "app/cli/pool_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_files.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "core/pool2d.h"

namespace convscope::cli {

QByteArray PoolCommand::run(const QStringList& arguments)
{
    CliOptions options(
        QStringLiteral("pool"),
        {
            {QStringLiteral("input"), QStringLiteral("X"), tr("the input: a CSV or JSON matrix file, or an image (PNG, JPEG, BMP, GIF, WebP); - reads it from standard input"), DashMeans::StandardInput},
            {QStringLiteral("mode"), QStringLiteral("max|avg|min"), tr("keep the largest value of each window, their average, or the smallest")},
            {QStringLiteral("window"), QStringLiteral("F"), tr("the window size: F×F cells")},
            {QStringLiteral("stride"), QStringLiteral("S"), tr("how far the window moves at each step (default F: windows side by side)")},
            {QStringLiteral("channels"), QStringLiteral("gray|rgb"), tr("how an image input is read: one gray channel (default) or three, R, G and B")},
            {QStringLiteral("output"), QStringLiteral("map.png"), tr("write the result as a PNG image instead of printing it, lowest value black, highest white; with several channels one image each: map-0.png, map-1.png, \u2026; - writes the PNG of a single channel to standard output")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli pool --input X --mode max|avg|min --window F [options]"),
                  tr("Pooling (subsampling) shrinks the input: each F×F window becomes one value, its maximum, average or "
                     "minimum. Every channel is pooled on its own. Cells left over at the right or bottom edge, where a whole "
                     "window no longer fits, are dropped, as PyTorch does.\n"
                     "The input and output are as for 'convscope-cli conv': CSV when the result is one matrix, JSON [C][H][W] "
                     "otherwise; - as --input reads standard input, as --output writes standard output."),
                  tr("  convscope-cli pool --input pool.csv --mode max --window 2\n"
                     "  with pool.csv holding 1,4,2,0 / 3,2,1,2 / 1,0,3,1 / 0,1,2,2 prints\n"
                     "    4,2\n"
                     "    1,3\n"
                     "  convscope-cli pool --input - --mode max --window 2 < pool.csv\n"
                     "  prints the same"))
            .toUtf8();
    }

    const QString inputPath = options.required(QStringLiteral("input"));
    const QString modeId = options.required(QStringLiteral("mode"));
    const std::optional<core::PoolMode> mode = core::poolModeFromId(modeId.toStdString());
    if (!mode)
        throw CliError(tr("--mode must be max, avg or min, not '%1'").arg(modeId));
    const int window = options.wholeNumber(QStringLiteral("window"), 1);
    const int stride = options.wholeNumber(QStringLiteral("stride"), 1, window);
    const QString output = options.value(QStringLiteral("output"));
    if (!output.isEmpty())
        CliFiles::checkOutputPath(output);

    const core::Tensor input = CliFiles::loadInput(inputPath, options.value(QStringLiteral("channels")));
    const int height = input.dim(1);
    const int width = input.dim(2);
    if (window > height || window > width)
        throw CliError(tr("the %1\u00d7%1 window does not fit the input %2, which has %3 row(s) and %4 column(s)")
                           .arg(window)
                           .arg(FileArgument::inputName(inputPath))
                           .arg(height)
                           .arg(width));
    CliFiles::checkResultSize(input.dim(0), (height - window) / stride + 1, (width - window) / stride + 1, output);

    const core::Tensor result = core::pool2d(input, *mode, core::Pool2dParams::uniform(window, stride));
    return output.isEmpty() ? CliFiles::formatResult(result) : CliFiles::writeMaps(result, output);
}

} // namespace convscope::cli
