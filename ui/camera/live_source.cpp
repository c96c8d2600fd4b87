#include "ui/camera/live_source.h"

#include "ui/camera/frame_converter.h"
#include "ui/io/korean_particles.h"

#include <QCamera>
#include <QCameraDevice>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSignalBlocker>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace convscope::ui {

LiveSource::LiveSource(QObject* parent)
    : QObject(parent)
    , m_converter(new FrameConverter(this))
    , m_sink(new QVideoSink(this))
    , m_stall(new QTimer(this))
{
    // Long enough for a camera to start (a second or two) and a file to be read.
    m_stall->setInterval(8000);
    m_stall->setSingleShot(true);
    connect(m_stall, &QTimer::timeout, this, &LiveSource::onStalled);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &LiveSource::onVideoFrame);
    connect(m_converter, &FrameConverter::frameReady, this, &LiveSource::onConverted);
}

LiveSource::~LiveSource()
{
    // The player and the camera go before the sink they write to.
    const QSignalBlocker blocker(this);
    releaseDevices(Release::Now);
}

QList<QCameraDevice> LiveSource::cameras() { return QMediaDevices::videoInputs(); }

void LiveSource::begin(Kind kind, const QString& name)
{
    m_kind = kind;
    m_name = name;
    m_frozen = false;
    m_framesSent = 0;
    m_lastError.clear();
    m_converter->clear();
    m_converter->setMirrored(kind == Kind::Camera && m_mirrored);
    m_stall->start();
    emit stateChanged();
}

void LiveSource::setStallTimeout(int milliseconds) { m_stall->setInterval(milliseconds); }

void LiveSource::onStalled()
{
    if (!isRunning() || m_frozen)
        return;
    fail(m_kind == Kind::Camera
             ? tr("The camera “%1” sends no picture. Another program may be using it.").arg(m_name)
             : tr("%1 sends no picture: the video may be damaged, or in a format ConvScope cannot decode.").arg(m_name));
}

void LiveSource::startCamera(const QByteArray& id)
{
    stop();
    const QList<QCameraDevice> present = cameras();
    if (present.isEmpty()) {
        fail(tr("No camera is connected to this computer. Connect one, or play a video file instead (Camera ▸ "
                "Video file…)."));
        return;
    }
    QCameraDevice device = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& camera : present)
        if (camera.id() == id)
            device = camera;
    if (device.isNull())
        device = present.constFirst();

    m_cameraId = device.id();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(device);
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink);
    const QString name = device.description();
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this, name](QCamera::Error, const QString& detail) {
        fail(tr("The camera “%1” cannot be used: %2. Another program may be using it, or this user may not be allowed "
                "to (on Linux, a member of the group “video”).")
                 .arg(name, detail));
    });
    watchCameras();
    begin(Kind::Camera, name);
    m_camera->start();
}

void LiveSource::watchCameras()
{
    // A camera pulled out while it runs: Qt lists it no more, and its pipeline may just stop.
    auto* devices = new QMediaDevices(m_camera.get());
    connect(devices, &QMediaDevices::videoInputsChanged, this, [this] {
        if (m_kind != Kind::Camera)
            return;
        for (const QCameraDevice& camera : cameras())
            if (camera.id() == m_cameraId)
                return;
        fail(tr("The camera “%1” was disconnected.").arg(m_name));
    });
}

void LiveSource::startVideo(const QString& path)
{
    stop();
    const QFileInfo file(path);
    if (!file.exists()) {
        fail(tr("%1: no such file").arg(path));
        return;
    }
    if (!file.isFile() || !file.isReadable()) {
        fail(tr("%1: cannot be read").arg(path));
        return;
    }

    m_player = std::make_unique<QMediaPlayer>();
    m_player->setVideoSink(m_sink);
    m_player->setLoops(QMediaPlayer::Infinite);
    const QString name = file.fileName();
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this, name](QMediaPlayer::Error, const QString& detail) {
        fail(tr("%1 cannot be played: %2. Videos in MP4 (H.264), WebM (VP8, VP9), Ogg (Theora), Matroska or AVI "
                "(Motion JPEG) play.")
                 .arg(name, detail.isEmpty() ? tr("not a video ConvScope can decode") : detail));
    });
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, [this, name](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            fail(tr("%1 cannot be played: not a video ConvScope can decode. Videos in MP4 (H.264), WebM (VP8, VP9), "
                    "Ogg (Theora), Matroska or AVI (Motion JPEG) play.")
                     .arg(name));
        else if (status == QMediaPlayer::LoadedMedia && m_player && !m_player->hasVideo())
            fail(tr("%1 holds no video, only sound.").arg(name));
    });
    begin(Kind::Video, name);
    m_player->setSource(QUrl::fromLocalFile(file.absoluteFilePath()));
    m_player->play();
}

void LiveSource::releaseDevices(Release when)
{
    // Let go of the sink and of their signals first; then delete them later, since stop() may run
    // inside one of their own signals (a failure).
    const auto dispose = [when](auto& object) {
        if (when == Release::Later)
            object.release()->deleteLater();
        else
            object.reset();
    };
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
        m_player->setVideoSink(nullptr);
        dispose(m_player);
    }
    if (m_camera) {
        m_camera->disconnect(this);
        m_camera->stop();
        dispose(m_camera);
    }
    if (m_session) {
        m_session->setVideoSink(nullptr);
        dispose(m_session);
    }
}

void LiveSource::stop()
{
    releaseDevices(Release::Later);
    m_converter->clear();
    m_stall->stop();
    m_cameraId.clear();
    if (m_kind == Kind::None)
        return;
    m_kind = Kind::None;
    m_frozen = false;
    emit stateChanged();
}

void LiveSource::setFrozen(bool frozen)
{
    if (!isRunning() || frozen == m_frozen)
        return;
    m_frozen = frozen;
    m_converter->clear();
    if (frozen)
        m_stall->stop();
    else
        m_stall->start();
    if (m_player) {
        if (frozen)
            m_player->pause();
        else
            m_player->play();
    }
    emit stateChanged();
}

void LiveSource::setMirrored(bool mirrored)
{
    if (mirrored == m_mirrored)
        return;
    m_mirrored = mirrored;
    m_converter->setMirrored(m_kind == Kind::Camera && mirrored);
    emit stateChanged();
}

void LiveSource::onVideoFrame(const QVideoFrame& frame)
{
    if (isRunning() && !m_frozen && frame.isValid())
        m_converter->submit(frame);
}

void LiveSource::onConverted()
{
    const QImage frame = m_converter->takeFrame();
    if (frame.isNull() || !isRunning() || m_frozen)
        return;
    m_lastFrame = frame;
    ++m_framesSent;
    m_stall->start();
    emit frameReady(frame);
}

void LiveSource::fail(const QString& message)
{
    stop();
    // The Korean texts write both particles after the camera's or the file's name.
    m_lastError = io::fitKoreanParticles(message);
    emit failed(m_lastError);
}

} // namespace convscope::ui
