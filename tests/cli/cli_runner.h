#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <string>

namespace convscope::test {

// One run of the built convscope-cli (the CONVSCOPE_CLI path the test target is compiled with).
struct CliRun {
    int exitCode = -1; // -1 when the process crashed or did not finish in time
    std::string out;
    std::string err;
};

// Runs convscope-cli as a student's terminal would, but with no display: DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM are removed from its environment. A run that takes longer
// than timeoutMs is killed and reported with exit code -1.
CliRun runCli(const QStringList& arguments, const QString& workingDirectory = {}, int timeoutMs = 60'000);
CliRun runCli(std::initializer_list<const char*> arguments, const QString& workingDirectory = {});

} // namespace convscope::test
