#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <string>

namespace convscope::test {

// One run of the built convscope-cli (the CONVSCOPE_CLI path the test target is compiled with).
struct CliRun {
    int exitCode = -1; // -1 when the process crashed or did not finish in time
    std::string out;   // standard output, byte for byte (a PNG with --output -)
    std::string err;
};

// Where a run's standard streams come from and go to. By default standard input is empty (closed
// at once, so a tool reading it sees its end) and standard output is captured in CliRun::out.
struct CliStreams {
    QByteArray input;   // sent to standard input, which is then closed
    QString inputFile;  // instead, standard input read from this file (/dev/zero: it never ends)
    QString outputFile; // instead of capturing, standard output goes here (/dev/full, a terminal)
};

// Runs convscope-cli as a student's terminal would, but with no display: DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM are removed from its environment. A run that takes longer
// than timeoutMs is killed and reported with exit code -1.
CliRun runCli(const QStringList& arguments, const QString& workingDirectory = {}, int timeoutMs = 60'000);
CliRun runCli(std::initializer_list<const char*> arguments, const QString& workingDirectory = {});
CliRun runCli(const QStringList& arguments, const CliStreams& streams, const QString& workingDirectory = {},
              int timeoutMs = 60'000);

} // namespace convscope::test
