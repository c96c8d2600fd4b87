#pragma once

#include "core/tensor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace convscope::cli {

// convscope-cli conv: convolves a matrix or an image with a kernel file or preset and prints the
// result (or writes it as PNG activation maps).
class ConvCommand {
    Q_DECLARE_TR_FUNCTIONS(ConvCommand)

public:
    static QByteArray run(const QStringList& arguments);

private:
    // The K×C×FH×FW kernel bank from --kernel (a CSV or JSON file, inline JSON, or a preset name)
    // for an input of C channels:
    //   [F][F]        the same kernel on every channel, summed: 1 × C × F × F
    //   [C][F][F]     one filter: 1 × C × F × F (its C must match the input)
    //   [K][C][F][F]  K filters (C must match)
    static core::Tensor kernelBank(const QString& spec, int inputChannels, const QString& inputPath);
    // --bias: one number for every filter, or K numbers; inline or in a file.
    static std::vector<float> bias(const QString& spec, int filters);
};

} // namespace convscope::cli
