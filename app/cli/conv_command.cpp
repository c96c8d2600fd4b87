#include "app/cli/conv_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_files.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "core/conv2d.h"
#include "core/kernel_presets.h"
#include "core/output_size.h"
#include "ui/io/input_file.h"
#include "ui/io/matrix_file.h"
#include "ui/io/output_size_text.h"

#include <QFileInfo>

namespace convscope::cli {
namespace {

// Multiply-adds refused up front, so a huge image with many large filters cannot keep the tool
// busy for more than about a minute.
constexpr qint64 maxMultiplications = 100'000'000'000;

QString presetList()
{
    QStringList ids;
    for (const core::KernelPreset& preset : core::kernelPresets())
        ids.append(QString::fromUtf8(preset.id.data(), static_cast<qsizetype>(preset.id.size())));
    return ids.join(QStringLiteral(", "));
}

} // namespace

QByteArray ConvCommand::run(const QStringList& arguments)
{
    CliOptions options(
        QStringLiteral("conv"),
        {
            {QStringLiteral("input"), QStringLiteral("X"), tr("the input: a CSV or JSON matrix file, or an image (PNG, JPEG, BMP, GIF, WebP); - reads it from standard input"), DashMeans::StandardInput},
            {QStringLiteral("kernel"), QStringLiteral("K|PRESET"), tr("the kernel: a CSV or JSON file (- reads it from standard input), JSON written inline like [[1,0],[0,1]], or a preset name from 'convscope-cli presets'"), DashMeans::StandardInput},
            {QStringLiteral("bias"), QStringLiteral("B"), tr("added to every output value: a number, or one number per filter as a JSON array like [0.1,-0.2] (inline, in a file, or - for standard input)"), DashMeans::StandardInput},
            {QStringLiteral("stride"), QStringLiteral("S"), tr("how far the window moves at each step (default 1)")},
            {QStringLiteral("padding"), QStringLiteral("P"), tr("rings of zeros around the input (default 0)")},
            {QStringLiteral("dilation"), QStringLiteral("D"), tr("spacing between the kernel's cells (default 1)")},
            {QStringLiteral("channels"), QStringLiteral("gray|rgb"), tr("how an image input is read: one gray channel (default) or three, R, G and B")},
            {QStringLiteral("output"), QStringLiteral("map.png"), tr("write the activation map as a PNG image instead of printing it, lowest value black, highest white; with K > 1 filters, one image per filter: map-0.png, map-1.png, \u2026; stdout then names the files written; with -, the PNG of a single map goes to standard output")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli conv --input X --kernel K|PRESET [options]"),
                  tr("Slides the kernel over the input and writes, at each step, the sum of the products of the kernel's weights "
                     "and the cells under it: the convolved feature, or activation map. As in the lecture and every CNN framework, "
                     "the kernel is not flipped.\n"
                     "\n"
                     "The input X is [H][W] (CSV, or JSON nested arrays) or [C][H][W] (JSON), or an image file read as gray "
                     "values in [0, 1] (or R, G, B with --channels rgb). The kernel K may be:\n"
                     "  [F][F]        one kernel; on a C-channel input it is applied to each channel and the results\n"
                     "                are added: one output channel (so a preset works on an RGB image)\n"
                     "  [C][F][F]     one filter with a kernel for each input channel: one output channel\n"
                     "  [K][C][F][F]  K filters: K output channels\n"
                     "The result goes to stdout: CSV when it is one matrix, JSON [K][H][W] otherwise.\n"
                     "A file name may be -: standard input for one of --input, --kernel and --bias, standard output "
                     "for --output. What is read is recognised from its bytes, as for a file."),
                  tr("  convscope-cli conv --input image.csv --kernel kernel.csv\n"
                     "  with the lecture's 5×5 image and its kernel 1,0,1 / 0,1,0 / 1,0,1 prints the convolved feature\n"
                     "    4,3,4\n"
                     "    2,4,3\n"
                     "    2,3,4\n"
                     "  convscope-cli conv --input photo.jpg --kernel edge --padding 1 --output edges.png\n"
                     "  convscope-cli conv --input - --kernel edge --output - < photo.jpg > edges.png"))
            .toUtf8();
    }

    const QString inputPath = options.required(QStringLiteral("input"));
    const QString kernelSpec = options.required(QStringLiteral("kernel"));
    const int stride = options.wholeNumber(QStringLiteral("stride"), 1, 1);
    const int padding = options.wholeNumber(QStringLiteral("padding"), 0, 0);
    const int dilation = options.wholeNumber(QStringLiteral("dilation"), 1, 1);
    const QString output = options.value(QStringLiteral("output"));
    if (!output.isEmpty())
        CliFiles::checkOutputPath(output);

    const core::Tensor input = CliFiles::loadInput(inputPath, options.value(QStringLiteral("channels")));
    const int channels = input.dim(0);
    const core::Tensor kernels = kernelBank(kernelSpec, channels, inputPath);
    const int filters = kernels.dim(0);
    const std::vector<float> biases = bias(options.value(QStringLiteral("bias")), filters);

    const io::OutputSizeText::Terms heightTerms{input.dim(1), kernels.dim(2), stride, padding, dilation};
    const io::OutputSizeText::Terms widthTerms{input.dim(2), kernels.dim(3), stride, padding, dilation};
    const core::OutputSize outHeight = core::outputSize(heightTerms.input, heightTerms.filter, stride, padding, dilation);
    const core::OutputSize outWidth = core::outputSize(widthTerms.input, widthTerms.filter, stride, padding, dilation);
    if (outWidth.status == core::OutputSizeStatus::NoWindowFits)
        throw CliError(io::OutputSizeText::noWindowFits(io::OutputSizeText::Axis::Width, outWidth, widthTerms));
    if (outHeight.status == core::OutputSizeStatus::NoWindowFits)
        throw CliError(io::OutputSizeText::noWindowFits(io::OutputSizeText::Axis::Height, outHeight, heightTerms));
    CliFiles::checkResultSize(filters, outHeight.size, outWidth.size, output);
    const qint64 multiplications = static_cast<qint64>(filters) * channels * kernels.dim(2) * kernels.dim(3)
                                   * outHeight.size * outWidth.size;
    if (multiplications > maxMultiplications)
        throw CliError(tr("this convolution needs %1 billion multiplications, more than the limit of %2 billion; "
                          "use a smaller image, a larger stride or fewer filters")
                           .arg(multiplications / 1'000'000'000)
                           .arg(maxMultiplications / 1'000'000'000));

    const core::Tensor result = core::conv2d(input, kernels, biases, core::Conv2dParams::uniform(stride, padding, dilation));
    return output.isEmpty() ? CliFiles::formatResult(result) : CliFiles::writeMaps(result, output);
}

core::Tensor ConvCommand::kernelBank(const QString& spec, int inputChannels, const QString& inputPath)
{
    core::Tensor kernel;
    int depth = 2;
    const bool inlineJson = spec.trimmed().startsWith(QLatin1Char('['));
    if (FileArgument::isStandardStream(spec) || QFileInfo::exists(spec) || inlineJson) {
        io::MatrixParseResult parsed = inlineJson ? io::parseMatrixText(spec.toUtf8(), QStringLiteral("--kernel"))
                                                  : io::parseMatrixText(FileArgument::read(spec, io::maxMatrixFileBytes),
                                                                        FileArgument::inputName(spec));
        if (!parsed.ok())
            throw CliError(parsed.error);
        kernel = std::move(parsed.tensor);
        depth = parsed.depth;
    } else if (const auto preset = core::findKernelPreset(spec.toStdString())) {
        kernel = preset->kernel;
    } else if (spec.contains(QLatin1Char('/')) || spec.contains(QLatin1Char('.'))) {
        throw CliError(io::checkInputFile(spec));
    } else {
        throw CliError(tr("--kernel '%1' is neither a file nor a preset; the presets are %2").arg(spec, presetList()));
    }

    const int height = kernel.dim(-2);
    const int width = kernel.dim(-1);
    if (depth == 2) {
        core::Tensor bank({1, inputChannels, height, width});
        for (int channel = 0; channel < inputChannels; ++channel)
            bank.plane(channel) = kernel.plane(0);
        return bank;
    }
    const int kernelChannels = depth == 3 ? kernel.dim(0) : kernel.dim(1);
    if (kernelChannels != inputChannels)
        throw CliError(tr("%1: each filter has %2 channel(s) but the input %3 has %4; they must match")
                           .arg(FileArgument::inputName(spec))
                           .arg(kernelChannels)
                           .arg(FileArgument::inputName(inputPath))
                           .arg(inputChannels));
    return depth == 3 ? kernel.reshaped({1, inputChannels, height, width}) : kernel;
}

std::vector<float> ConvCommand::bias(const QString& spec, int filters)
{
    if (spec.isEmpty())
        return {};
    QByteArray text = spec.toUtf8();
    QString source = QStringLiteral("--bias");
    if (FileArgument::isStandardStream(spec) || QFileInfo(spec).isFile()) {
        text = FileArgument::read(spec, io::maxMatrixFileBytes);
        source = FileArgument::inputName(spec);
    }
    const io::MatrixParseResult list = io::parseNumberList(text, source);
    if (!list.ok())
        throw CliError(list.error);
    const auto values = list.tensor.values();
    if (values.size() == 1)
        return std::vector<float>(static_cast<std::size_t>(filters), values[0]);
    if (static_cast<int>(values.size()) != filters)
        throw CliError(tr("--bias has %1 values but there are %n filter(s); give one number, or one per filter", nullptr, filters)
                           .arg(values.size()));
    return {values.begin(), values.end()};
}

} // namespace convscope::cli
