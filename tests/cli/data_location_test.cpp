// Where the programs find their bundled files (io::dataPath), tried as installations are laid out:
// a copy of convscope-cli outside the build folder, with the bundled model in <prefix>/share,
// in $CONVSCOPE_DATA_DIR, in an XDG data folder, and nowhere.

#include "tests/catch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <string>
#include <utility>

namespace {

const QString modelFile = QStringLiteral("models/classroom-digits.csmodel");

struct Installation {
    QTemporaryDir root;
    QString program;

    Installation()
    {
        REQUIRE(root.isValid());
        REQUIRE(QDir(root.path()).mkpath(QStringLiteral("prefix/bin")));
        program = root.filePath(QStringLiteral("prefix/bin/convscope-cli"));
        REQUIRE(QFile::copy(QStringLiteral(CONVSCOPE_CLI), program));
        REQUIRE(QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        REQUIRE(QDir(root.path()).mkpath(QStringLiteral("empty")));
    }

    // Puts the bundled model under `folder` (relative to the root), as an installation would.
    void placeModel(const QString& folder) const
    {
        REQUIRE(QDir(root.path()).mkpath(folder + QStringLiteral("/models")));
        REQUIRE(QFile::copy(QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/") + modelFile,
                            root.filePath(folder + QLatin1Char('/') + modelFile)));
    }

    // `predict --model bundled` reads the bundled model. The XDG folders point into the root
    // unless the case sets them, so files installed on this machine take no part.
    void run(const QProcessEnvironment& extra, int& exitCode, std::string& err) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CONVSCOPE_DATA_DIR"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("empty")));
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), root.filePath(QStringLiteral("empty")));
        environment.insert(extra);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, {QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("bundled"), QStringLiteral("--input"),
                                QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/samples/digit.png")});
        process.waitForFinished(60'000);
        exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        err = process.readAllStandardError().toStdString();
    }
};

QProcessEnvironment variables(std::initializer_list<std::pair<const char*, QString>> pairs)
{
    QProcessEnvironment environment;
    for (const auto& [name, value] : pairs)
        environment.insert(QString::fromLatin1(name), value);
    return environment;
}

} // namespace

TEST_CASE("the bundled files are found wherever the program is installed")
{
    const Installation installation;
    int exitCode = -1;
    std::string err;

    SECTION("nowhere: the message says where it looked")
    {
        installation.run({}, exitCode, err);
        CHECK(exitCode == 2);
        CHECK(err.find("classroom-digits.csmodel") != std::string::npos);
        CHECK(err.find(installation.root.filePath(QStringLiteral("prefix/share/convscope")).toStdString()) != std::string::npos);
    }
    SECTION("beside the program: <prefix>/share/convscope")
    {
        installation.placeModel(QStringLiteral("prefix/share/convscope"));
        installation.run({}, exitCode, err);
        INFO(err);
        CHECK(exitCode == 0);
    }
    SECTION("$CONVSCOPE_DATA_DIR")
    {
        installation.placeModel(QStringLiteral("data"));
        installation.run(variables({{"CONVSCOPE_DATA_DIR", installation.root.filePath(QStringLiteral("data"))}}), exitCode, err);
        INFO(err);
        CHECK(exitCode == 0);
    }
    SECTION("an XDG data folder: $XDG_DATA_DIRS/convscope, as /usr/share/convscope is")
    {
        installation.placeModel(QStringLiteral("usr/share/convscope"));
        const QString dirs = installation.root.filePath(QStringLiteral("empty")) + QLatin1Char(':')
            + installation.root.filePath(QStringLiteral("usr/share"));
        installation.run(variables({{"XDG_DATA_DIRS", dirs}}), exitCode, err);
        INFO(err);
        CHECK(exitCode == 0);
    }
    SECTION("$XDG_DATA_HOME/convscope, a user's own copy")
    {
        installation.placeModel(QStringLiteral("home/.local/share/convscope"));
        installation.run(variables({{"XDG_DATA_HOME", installation.root.filePath(QStringLiteral("home/.local/share"))}}), exitCode, err);
        INFO(err);
        CHECK(exitCode == 0);
    }
}
