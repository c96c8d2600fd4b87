#include "app/cli/export_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "app/cli/model_argument.h"
#include "core/nn/pytorch_code.h"
#include "core/onnx/onnx_writer.h"

#include <stdexcept>
#include <vector>

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
            {QStringLiteral("onnx"), QStringLiteral("FILE"),
             tr("the same as --format onnx --output FILE; may be given with --pytorch to write both")},
            {QStringLiteral("pytorch"), QStringLiteral("FILE"),
             tr("the same as --format pytorch --output FILE")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli export --model FILE|bundled [--format onnx|pytorch] --output FILE|-\n"
                                 "       convscope-cli export --model FILE|bundled [--onnx OUT.onnx] [--pytorch OUT.py]"),
                  tr("Writes a ConvScope network for other programs: as ONNX, which PyTorch, ONNX Runtime and "
                     "ConvScope itself read, or as PyTorch code to train in a notebook."),
                  tr("  convscope-cli export --model bundled --output classroom.onnx\n"
                     "  convscope-cli export --model bundled --onnx classroom.onnx --pytorch classroom.py\n"
                     "  convscope-cli export --model digits.csmodel --format pytorch -o digits.py\n"
                     "  python3 digits.py --data DIR --epochs 1\n"
                     "  python3 digits.py --weights classroom.onnx --data DIR --epochs 0"))
            .toUtf8();
    }
    // --onnx FILE and --pytorch FILE name the format with the file; --output FILE takes it from
    // --format or the name. Both formats may be written at once.
    struct Target {
        bool onnx;
        QString path;
    };
    std::vector<Target> targets;
    for (const bool onnx : {true, false}) {
        const QString path = options.value(onnx ? QStringLiteral("onnx") : QStringLiteral("pytorch"));
        if (!path.isEmpty())
            targets.push_back({onnx, path});
    }
    if (const QString output = options.value(QStringLiteral("output")); !output.isEmpty()) {
        if (!targets.empty())
            throw CliError(tr("give the file with --output, or with --onnx and --pytorch, not both ways"));
        QString format = options.value(QStringLiteral("format"));
        if (format.isEmpty()) {
            if (output.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive))
                format = QStringLiteral("onnx");
            else if (output.endsWith(QStringLiteral(".py"), Qt::CaseInsensitive))
                format = QStringLiteral("pytorch");
            else
                throw CliError(tr("give --format onnx or --format pytorch, or an output named .onnx or .py"));
        }
        if (format != QStringLiteral("onnx") && format != QStringLiteral("pytorch"))
            throw CliError(tr("--format must be onnx or pytorch, not '%1'").arg(format));
        targets.push_back({format == QStringLiteral("onnx"), output});
    }
    if (targets.empty())
        throw CliError(tr("give the file to write: --output FILE, --onnx FILE or --pytorch FILE"));
    if (targets.size() == 2 && FileArgument::isStandardStream(targets[0].path)
        && FileArgument::isStandardStream(targets[1].path))
        throw CliError(tr("--onnx - and --pytorch - would both write to standard output; give one of them a file"));
    for (const Target& target : targets) {
        // Code may go to a terminal; an ONNX file is binary.
        const QString option = options.value(QStringLiteral("output")).isEmpty()
                                   ? (target.onnx ? QStringLiteral("onnx") : QStringLiteral("pytorch"))
                                   : QStringLiteral("output");
        if (target.onnx || !FileArgument::isStandardStream(target.path))
            FileArgument::checkWritable(option, target.path,
                                        target.onnx ? QStringLiteral("model.onnx") : QStringLiteral("model.py"));
    }

    const core::Model model = ModelArgument::read(options.required(QStringLiteral("model")));
    QByteArray out;
    for (const Target& target : targets) {
        QByteArray bytes;
        try {
            if (target.onnx) {
                const std::string encoded = core::encodeOnnx(model);
                bytes = QByteArray(encoded.data(), static_cast<qsizetype>(encoded.size()));
            } else {
                bytes = QByteArray::fromStdString(
                    core::pytorchCode(model.spec, core::PytorchTraining::fromMetadata(model.metadata)));
            }
        } catch (const std::invalid_argument& error) {
            throw CliError(QString::fromStdString(error.what()));
        }
        const QString name = FileArgument::outputName(target.path);
        out += FileArgument::write(target.path, bytes,
                                   (target.onnx ? tr("%1: the network as ONNX, %n learned values", nullptr,
                                                     static_cast<int>(model.parameterCount()))
                                                      .arg(name)
                                                : tr("%1: the network as PyTorch code").arg(name))
                                       + QLatin1Char('\n'));
    }
    return out;
}

} // namespace convscope::cli
