#pragma once

// Short videos made at test time with GStreamer's own tools (gstreamer1.0-tools, which
// scripts/install-deps.sh installs), in Motion JPEG in AVI: the codec the plugins installed with
// Qt Multimedia always decode.
#include "tests/catch.h"

#include <QDir>
#include <QImage>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace convscope::test {

inline void runGstLaunch(const QStringList& pipeline)
{
    QProcess gst;
    gst.start(QStringLiteral("gst-launch-1.0"), QStringList{QStringLiteral("-q")} + pipeline);
    REQUIRE(gst.waitForFinished(60'000));
    INFO(gst.readAllStandardError().toStdString());
    REQUIRE(gst.exitStatus() == QProcess::NormalExit);
    REQUIRE(gst.exitCode() == 0);
}

// `frames` frames of GStreamer's moving ball test pattern, 640×480 at 15 frames a second.
inline QString makeBallVideo(const QDir& dir, int frames = 30)
{
    const QString path = dir.filePath(QStringLiteral("ball.avi"));
    runGstLaunch({QStringLiteral("videotestsrc"), QStringLiteral("num-buffers=%1").arg(frames), QStringLiteral("pattern=ball"),
                  QStringLiteral("!"), QStringLiteral("video/x-raw,width=640,height=480,framerate=15/1"), QStringLiteral("!"),
                  QStringLiteral("jpegenc"), QStringLiteral("!"), QStringLiteral("avimux"), QStringLiteral("!"),
                  QStringLiteral("filesink"), QStringLiteral("location=") + path});
    return path;
}

// The pictures as a video, each shown for `framesEach` frames at 10 frames a second, scaled into
// 640×480 on `paper`.
inline QString makeVideoOf(const QDir& dir, const QList<QImage>& pictures, int framesEach, QColor paper)
{
    int index = 0;
    for (const QImage& picture : pictures) {
        QImage frame(640, 480, QImage::Format_RGB32);
        frame.fill(paper);
        const QImage scaled = picture.scaled(frame.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        for (int y = 0; y < scaled.height(); ++y)
            for (int x = 0; x < scaled.width(); ++x)
                frame.setPixel(x + (640 - scaled.width()) / 2, y + (480 - scaled.height()) / 2, scaled.pixel(x, y));
        for (int i = 0; i < framesEach; ++i)
            REQUIRE(frame.save(dir.filePath(QStringLiteral("frame%1.png").arg(index++, 4, 10, QLatin1Char('0')))));
    }
    const QString path = dir.filePath(QStringLiteral("pictures.avi"));
    runGstLaunch({QStringLiteral("multifilesrc"), QStringLiteral("location=") + dir.filePath(QStringLiteral("frame%04d.png")),
                  QStringLiteral("index=0"), QStringLiteral("caps=image/png,framerate=10/1"), QStringLiteral("!"),
                  QStringLiteral("pngdec"), QStringLiteral("!"), QStringLiteral("videoconvert"), QStringLiteral("!"),
                  QStringLiteral("jpegenc"), QStringLiteral("quality=95"), QStringLiteral("!"), QStringLiteral("avimux"),
                  QStringLiteral("!"), QStringLiteral("filesink"), QStringLiteral("location=") + path});
    return path;
}

} // namespace convscope::test
