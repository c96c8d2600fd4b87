#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli train: trains a CNN headless on IDX data (the bundled digits by default). Progress
// goes to stderr while it runs; stdout gets one line per epoch (JSON with --json) and a final line
// with samples_per_second, test_accuracy and train_loss.
class TrainCommand {
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
