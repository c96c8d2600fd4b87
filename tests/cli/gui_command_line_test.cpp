// The GUI program's --help and --version print and exit where there is no display at all (a
// terminal over ssh, help2man at build time): they must not need a window system.

#include "tests/catch.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <string>

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

Run runWithoutDisplay(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVSCOPE_GUI), arguments);
    process.waitForFinished(30'000);
    Run run;
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput().toStdString();
    return run;
}

} // namespace

TEST_CASE("convscope --help and --version need no display")
{
    const Run help = runWithoutDisplay({QStringLiteral("--lang=en"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("--screenshot") != std::string::npos);
    CHECK(help.out.find("[LESSON]") != std::string::npos);

    const Run korean = runWithoutDisplay({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("-h")});
    CHECK(korean.exitCode == 0);
    CHECK(korean.out.find("--screenshot") != std::string::npos);

    const Run version = runWithoutDisplay({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == "ConvScope " CONVSCOPE_VERSION "\n");
}
