// convscope-cli in Korean: from the locale (LANG=ko_KR.UTF-8) or --lang anywhere on the line,
// with help lines that fit the terminal even though every Hangul syllable takes two columns.
#include "tests/catch.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QString& lang)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVSCOPE_CLI), arguments);
    REQUIRE(process.waitForFinished(30'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Terminal columns of a line: Hangul syllables take two.
qsizetype columns(const QString& line)
{
    qsizetype width = 0;
    for (const QChar c : line)
        width += c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3 ? 2 : 1;
    return width;
}

} // namespace

TEST_CASE("convscope-cli speaks Korean when the locale or --lang asks for it")
{
    const Run english = runCli({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("Usage: convscope-cli COMMAND [options]")));

    const Run korean = runCli({QStringLiteral("--help")}, QStringLiteral("ko_KR.UTF-8"));
    REQUIRE(korean.exitCode == 0);
    CHECK(korean.out.contains(QStringLiteral("사용법: convscope-cli 명령 [옵션]")));
    CHECK(korean.out.contains(QStringLiteral("행렬이나 이미지를 커널로 컨볼루션합니다")));

    // --lang wins over the locale, before or after the command.
    const Run chosen = runCli({QStringLiteral("shape"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ko")},
                              QStringLiteral("C.UTF-8"));
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.out.contains(QStringLiteral("필터 개수 K")));
    const Run back = runCli({QStringLiteral("--lang=en"), QStringLiteral("shape"), QStringLiteral("--help")},
                            QStringLiteral("ko_KR.UTF-8"));
    CHECK(back.out.contains(QStringLiteral("the number of filters K")));

    // Errors come in Korean too, still on one line with exit status 2.
    const Run wrong = runCli({QStringLiteral("shape"), QStringLiteral("--input"), QStringLiteral("28x"),
                              QStringLiteral("--kernel"), QStringLiteral("3"), QStringLiteral("--stride"), QStringLiteral("1"),
                              QStringLiteral("--padding"), QStringLiteral("0"), QStringLiteral("--filters"), QStringLiteral("1")},
                             QStringLiteral("ko_KR.UTF-8"));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--input은 입력 크기 WxHxC여야 합니다")));
    CHECK(wrong.err.count(QLatin1Char('\n')) == 1);

    const Run unknown = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown language 'fr'")));
}

TEST_CASE("Korean help lines fit a 100-column terminal")
{
    for (const char* command : {"conv", "pool", "shape", "train", "predict", "presets"}) {
        const Run help = runCli({QString::fromLatin1(command), QStringLiteral("--help")}, QStringLiteral("ko_KR.UTF-8"));
        REQUIRE(help.exitCode == 0);
        // The option table: "  --name VALUE   description", wrapped by the tool.
        for (const QString& line : help.out.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QStringLiteral("  --")) && !line.startsWith(QStringLiteral("                ")))
                continue;
            CAPTURE(command, line.toStdString());
            CHECK(columns(line) <= 100);
        }
    }
}
