#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QCamera;
class QCameraDevice;
class QMediaCaptureSession;
class QMediaPlayer;
class QTimer;
class QVideoFrame;
class QVideoSink;

namespace convscope::ui {

class FrameConverter;

// The one live picture of the program: a camera, or a video file played in a loop. Both end in
// the same QVideoSink, so every page that works with the camera also works, and is tested, with a
// video. Nothing is opened until start…() is called; stop() lets the camera go.
//
//   QCamera ─▶ QMediaCaptureSession ─┐
//                                    ├─▶ QVideoSink ─▶ FrameConverter (its thread) ─▶ frameReady(QImage)
//   QMediaPlayer (looping file) ─────┘
//
// Every failure (no camera, a camera in use or refused, unplugged, a file missing or not a video
// Qt Multimedia can decode) stops the source and is reported once through failed(), in one
// translated sentence; the pages keep their last picture.
class LiveSource : public QObject {
    Q_OBJECT

public:
    enum class Kind { None, Camera, Video };

    explicit LiveSource(QObject* parent = nullptr);
    ~LiveSource() override;

    // The cameras present now.
    static QList<QCameraDevice> cameras();

    // The camera with this id (QCameraDevice::id()), the system's default camera when empty.
    void startCamera(const QByteArray& id = {});
    void startVideo(const QString& path);
    void stop();

    Kind kind() const { return m_kind; }
    bool isRunning() const { return m_kind != Kind::None; }
    // The camera's description or the video's file name.
    QString sourceName() const { return m_name; }
    QByteArray cameraId() const { return m_cameraId; }

    // A frozen source sends no frames; a video pauses where it is.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    // Camera frames are mirrored left to right by default, as people expect from a webcam; video
    // files never are.
    void setMirrored(bool mirrored);
    bool isMirrored() const { return m_mirrored; }

    // The last frame sent, kept after stop() and failures.
    QImage lastFrame() const { return m_lastFrame; }
    // Frames sent since the last start.
    int framesSent() const { return m_framesSent; }
    QString lastError() const { return m_lastError; }
    // A source running, not frozen, that sends no frame for this long has failed: a camera held by
    // another program may open and stay dark, a damaged video stop midway.
    void setStallTimeout(int milliseconds);

signals:
    // On the GUI thread, the newest frame only.
    void frameReady(const QImage& frame);
    void failed(const QString& message);
    // Started, stopped, frozen or mirrored.
    void stateChanged();

private:
    enum class Release { Now, Later };
    void releaseDevices(Release when);
    void begin(Kind kind, const QString& name);
    void onVideoFrame(const QVideoFrame& frame);
    void onConverted();
    void fail(const QString& message);
    void watchCameras();
    void onStalled();

    Kind m_kind = Kind::None;
    QString m_name;
    QByteArray m_cameraId;
    bool m_frozen = false;
    bool m_mirrored = true;
    QImage m_lastFrame;
    int m_framesSent = 0;
    QString m_lastError;

    FrameConverter* m_converter = nullptr;
    QVideoSink* m_sink = nullptr;
    QTimer* m_stall = nullptr;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaPlayer> m_player;
};

} // namespace convscope::ui
