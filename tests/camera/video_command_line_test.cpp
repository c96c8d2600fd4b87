// convscope --video FILE as a process: with --screenshot the picture is taken once the page
// shows the video's frames; a file that cannot be played ends the program with its reason.
#include "tests/camera/test_video.h"
#include "tests/catch.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <string>

namespace {

struct Run {
    int exitCode = -1;
    std::string err;
};

Run runOffscreen(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVSCOPE_GUI), arguments);
    REQUIRE(process.waitForFinished(60'000));
    Run run;
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.err = process.readAllStandardError().toStdString();
    return run;
}

} // namespace

TEST_CASE("convscope --video with --screenshot shows the video's frames on the page")
{
    QTemporaryDir dir;
    // A white frame: before the video the page shows the car sample, whose picture is far from white.
    QImage white(640, 480, QImage::Format_RGB32);
    white.fill(Qt::white);
    const QString video = convscope::test::makeVideoOf(QDir(dir.path()), {white}, 10, Qt::white);
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const Run run = runOffscreen({QStringLiteral("--lang=en"), QStringLiteral("--page"), QStringLiteral("activation-maps"),
                                  QStringLiteral("--video"), video, QStringLiteral("--screenshot"), shot,
                                  QStringLiteral("--size"), QStringLiteral("1280x800")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QImage image(shot);
    REQUIRE(image.size() == QSize(1280, 800));
    // The gallery's "Original" thumbnail, at the top left of the page, is the white frame.
    int whitePixels = 0;
    for (int y = 130; y < 200; ++y)
        for (int x = 220; x < 330; ++x)
            whitePixels += image.pixelColor(x, y) == QColor(Qt::white) ? 1 : 0;
    CHECK(whitePixels > 7000);
}

TEST_CASE("convscope --video with a file that cannot be played names it and exits")
{
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const Run missing = runOffscreen({QStringLiteral("--lang=en"), QStringLiteral("--video"), dir.filePath(QStringLiteral("none.mp4")),
                                      QStringLiteral("--screenshot"), shot});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("none.mp4: no such file") != std::string::npos);

    QFile text(dir.filePath(QStringLiteral("notes.webm")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("these are lesson notes, not a video\n");
    text.close();
    const Run undecodable = runOffscreen({QStringLiteral("--lang=en"), QStringLiteral("--video"), text.fileName(),
                                          QStringLiteral("--screenshot"), shot});
    CHECK(undecodable.exitCode == 2);
    CHECK(undecodable.err.find("notes.webm cannot be played") != std::string::npos);
    CHECK_FALSE(QFile::exists(shot));
}
