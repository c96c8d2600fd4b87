#pragma once

#include <QByteArray>
#include <QStringList>

namespace convscope::cli {

// One subcommand of convscope-cli, one row of the table in main.cpp.
//
// `run` receives the arguments after the command's name and returns everything for stdout (its
// help text when --help is among them). It throws CliError on bad input. main() writes the text
// only after run() has returned, so a failing command never leaves partial output on stdout.
struct CliCommand {
    const char* name;    // "conv"
    const char* summary; // QT_TRANSLATE_NOOP("CliMain", "…"): its line in convscope-cli --help
    QByteArray (*run)(const QStringList& arguments);
};

} // namespace convscope::cli
