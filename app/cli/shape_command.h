#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli shape: the output size of a convolution layer, W_out x H_out x K, from the
// lecture's formula W_out = (W_in - F + 2P)/S + 1; --explain shows the formula with the numbers.
class ShapeCommand {
    Q_DECLARE_TR_FUNCTIONS(ShapeCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
