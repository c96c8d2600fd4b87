#include "app/cli/export_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "app/cli/model_argument.h"
#include "core/nn/pytorch_code.h"
#include "core/onnx/onnx_writer.h"

#include <stdexcept>

namespace convscope::cli {

QByteArray ExportCommand::run(const QStringList& arguments)
{
    CliOptions options(
        QStringLiteral("export"),
        {
            {QStringLiteral("model"), QStringLiteral("FILE|bundled"),
             tr("a model saved by 'convscope-cli train --save' or the Training page, an ONNX file (.onnx), "
                "'bundled' for the classroom network that comes with ConvScope, or - to read it from standard input"),
             DashMeans::StandardInput},
            {QStringLiteral("format"), QStringLiteral("onnx|pytorch"),
             tr("onnx: the network with its weights as an ONNX model (opset 13) ending in the softmax, the class names "
                "and the normalisation in its metadata; pytorch: a Python script with an nn.Module of the same layers "
                "and a training loop with the same optimiser, learning rate, batch size and epochs; by default "
                "from the output's name (.onnx or .py)")},
            {QStringLiteral("output"), QStringLiteral("FILE"),
             tr("the file to write, replacing an existing one (-o for short); - writes to standard output")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli export --model FILE|bundled [--format onnx|pytorch] --output FILE|-"),
                  tr("Writes a ConvScope network for other programs: as ONNX, which PyTorch, ONNX Runtime and "
                     "ConvScope itself read, or as PyTorch code to train in a notebook."),
                  tr("  convscope-cli export --model bundled --output classroom.onnx\n"
                     "  convscope-cli export --model digits.csmodel --format pytorch -o digits.py\n"
                     "  python3 digits.py --data DIR --epochs 1\n"
                     "  python3 digits.py --weights classroom.onnx --data DIR --epochs 0"))
            .toUtf8();
    }
    const QString output = options.required(QStringLiteral("output"));
    QString format = options.value(QStringLiteral("format"));
    if (format.isEmpty()) {
        if (output.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive))
            format = QStringLiteral("onnx");
        else if (output.endsWith(QStringLiteral(".py"), Qt::CaseInsensitive))
            format = QStringLiteral("pytorch");
        else
            throw CliError(tr("give --format onnx or --format pytorch, or an output named .onnx or .py"));
    }
    const bool onnx = format == QStringLiteral("onnx");
    if (!onnx && format != QStringLiteral("pytorch"))
        throw CliError(tr("--format must be onnx or pytorch, not '%1'").arg(format));
    // Code may go to a terminal; an ONNX file is binary.
    if (onnx || !FileArgument::isStandardStream(output))
        FileArgument::checkWritable(QStringLiteral("output"), output,
                                    onnx ? QStringLiteral("model.onnx") : QStringLiteral("model.py"));

    const core::Model model = ModelArgument::read(options.required(QStringLiteral("model")));
    QByteArray bytes;
    try {
        if (onnx) {
            const std::string encoded = core::encodeOnnx(model);
            bytes = QByteArray(encoded.data(), static_cast<qsizetype>(encoded.size()));
        } else {
            bytes = QByteArray::fromStdString(
                core::pytorchCode(model.spec, core::PytorchTraining::fromMetadata(model.metadata)));
        }
    } catch (const std::invalid_argument& error) {
        throw CliError(QString::fromStdString(error.what()));
    }
    return FileArgument::write(output, bytes,
                               (onnx ? tr("%1: the network as ONNX, %n learned values", nullptr,
                                         static_cast<int>(model.parameterCount()))
                                          .arg(FileArgument::outputName(output))
                                    : tr("%1: the network as PyTorch code").arg(FileArgument::outputName(output)))
                                   + QLatin1Char('\n'));
}

} // namespace convscope::cli
