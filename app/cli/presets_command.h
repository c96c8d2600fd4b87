#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli presets: every kernel preset with its id (for --kernel), name, what it does and
// its weights.
class PresetsCommand {
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
