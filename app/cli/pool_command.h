#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli pool: max, average or min pooling of a matrix or an image, each channel alone.
class PoolCommand {
    Q_DECLARE_TR_FUNCTIONS(PoolCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
