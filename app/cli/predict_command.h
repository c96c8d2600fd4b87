#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli predict: runs an image through a saved model and prints the probability of each
// class.
class PredictCommand {
    Q_DECLARE_TR_FUNCTIONS(PredictCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
