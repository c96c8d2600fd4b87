#pragma once

#include "core/nn/model.h"

#include <QCoreApplication>
#include <QString>

namespace convscope::cli {

// The --model of predict and export: a ConvScope model file, an ONNX file (by its .onnx name, or
// on standard input by its first byte), or "bundled" for the classroom network shipped with
// ConvScope. Throws CliError with the file's own message when it cannot be read.
class ModelArgument {
    Q_DECLARE_TR_FUNCTIONS(ModelArgument)

public:
    static core::Model read(const QString& value);
};

} // namespace convscope::cli
