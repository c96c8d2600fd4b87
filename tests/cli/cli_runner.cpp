#include "tests/cli/cli_runner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace convscope::test {

CliRun runCli(const QStringList& arguments, const QString& workingDirectory, int timeoutMs)
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
    process.start();
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

CliRun runCli(std::initializer_list<const char*> arguments, const QString& workingDirectory)
{
    QStringList list;
    for (const char* argument : arguments)
        list.append(QString::fromUtf8(argument));
    return runCli(list, workingDirectory);
}

} // namespace convscope::test
