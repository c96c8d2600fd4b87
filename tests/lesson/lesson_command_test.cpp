// `convscope LESSON` and `convscope --screenshot FILE [--page ID] LESSON` run as processes on the
// offscreen platform: a lesson is pictured on its page, a damaged one is refused with exit code 2
// and a message naming the file, and a second lesson is refused.
#include "tests/ui/catch_qstring.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run runProgram(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVSCOPE_GUI), arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QString lesson(const char* name)
{
    return QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/lessons/") + QLatin1String(name);
}

} // namespace

TEST_CASE("convscope pictures a lesson and refuses a damaged one", "[lesson]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString picture = folder.filePath(QStringLiteral("lesson.png"));

    SECTION("a shipped lesson")
    {
        const Run run = runProgram({QStringLiteral("--screenshot"), picture, QStringLiteral("--size"),
                                    QStringLiteral("1300x820"), QStringLiteral("--lang"), QStringLiteral("en"),
                                    lesson("02-stride-padding.convscope")});
        CHECK(run.exitCode == 0);
        const QImage image(picture);
        CHECK(image.size() == QSize(1300, 820));
    }
    SECTION("--page shows another page of the lesson")
    {
        CHECK(runProgram({QStringLiteral("--screenshot"), picture, QStringLiteral("--page"), QStringLiteral("pooling"),
                          lesson("01-convolution.convscope")})
                  .exitCode
              == 0);
        CHECK_FALSE(QImage(picture).isNull());
    }
    SECTION("a damaged lesson")
    {
        const QString broken = folder.filePath(QStringLiteral("broken.convscope"));
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "convscope-lesson", "version": 3, "page": "pooling"})");
        file.close();
        const Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                                    picture, broken});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("broken.convscope: ")));
        CHECK(run.err.contains(QStringLiteral("version 3")));
        CHECK_FALSE(QFile::exists(picture));
    }
    SECTION("two lessons")
    {
        const Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                                    picture, lesson("01-convolution.convscope"), lesson("04-pooling.convscope")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("one lesson file at most")));
    }
}
