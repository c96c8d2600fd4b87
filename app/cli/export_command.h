#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli export: a model as an ONNX file (for any ONNX runtime, or back into ConvScope)
// or as a PyTorch script with the same layers and a training loop.
class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
