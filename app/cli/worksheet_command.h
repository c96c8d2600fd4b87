#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace convscope::cli {

// convscope-cli worksheet: a printable convolution worksheet as a two-page PDF (the problem, then
// the answers), the same for the same --seed on every machine, in the language of --lang. It draws
// text, so main() gives it a QGuiApplication on the offscreen platform.
class WorksheetCommand {
    Q_DECLARE_TR_FUNCTIONS(WorksheetCommand)

public:
    static QByteArray run(const QStringList& arguments);
};

} // namespace convscope::cli
