#include "tests/cli/cli_runner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace convscope::test {

CliRun runCli(const QStringList& arguments, const QString& workingDirectory, int timeoutMs)
{
    return runCli(arguments, CliStreams{}, workingDirectory, timeoutMs);
}

CliRun runCli(std::initializer_list<const char*> arguments, const QString& workingDirectory)
{
    QStringList list;
    for (const char* argument : arguments)
        list.append(QString::fromUtf8(argument));
    return runCli(list, workingDirectory);
}

CliRun runCli(const QStringList& arguments, const CliStreams& streams, const QString& workingDirectory, int timeoutMs)
{
    QProcess process;
    process.setProgram(QStringLiteral(CONVSCOPE_CLI));
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    if (!streams.inputFile.isEmpty())
        process.setStandardInputFile(streams.inputFile);
    if (!streams.outputFile.isEmpty())
        process.setStandardOutputFile(streams.outputFile);
    process.start();
    if (streams.inputFile.isEmpty()) {
        process.write(streams.input);
        process.closeWriteChannel();
    }
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput().toStdString();
    run.err = process.readAllStandardError().toStdString();
    return run;
}

} // namespace convscope::test
