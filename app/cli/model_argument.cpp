#include "app/cli/model_argument.h"

#include "app/cli/cli_error.h"
#include "app/cli/file_argument.h"
#include "core/nn/model_file.h"
#include "core/onnx/onnx_reader.h"
#include "ui/io/data_location.h"

#include <cstdint>
#include <span>

namespace convscope::cli {

core::Model ModelArgument::read(const QString& value)
{
    QString path = value;
    if (path == QStringLiteral("bundled")) {
        path = io::dataPath(QStringLiteral("models/classroom-digits.csmodel"));
        if (path.isEmpty())
            throw CliError(tr("the bundled model is missing; looked in %1")
                               .arg(io::dataCandidates(QStringLiteral("models/classroom-digits.csmodel")).join(QStringLiteral(", "))));
    }
    try {
        const QByteArray bytes = FileArgument::read(path, core::maxModelFileBytes);
        const std::span<const std::uint8_t> data(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                                 static_cast<std::size_t>(bytes.size()));
        const std::string name = FileArgument::inputName(path).toStdString();
        // An ONNX file by its name, or on standard input by its first byte: protobuf writes the
        // fields in order, so an ONNX model starts with field 1, ir_version (tag 0x08).
        const bool onnx = path.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive)
            || (FileArgument::isStandardStream(path) && bytes.startsWith('\x08'));
        return onnx ? core::decodeOnnx(data, name).model : core::decodeModel(data, name);
    } catch (const std::runtime_error& error) { // ModelFileError, OnnxError
        throw CliError(QString::fromStdString(error.what()));
    }
}

} // namespace convscope::cli
