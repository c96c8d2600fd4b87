#pragma once

#include <QImage>
#include <QObject>
#include <QVideoFrame>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace convscope::ui {

// Turns the video frames Qt Multimedia hands the GUI thread into pictures on a thread of its own
// (a YUV 640×480 frame takes milliseconds to convert, and the GUI thread paints meanwhile).
//
//   submit(frame) ──▶ waiting (one slot: a newer frame replaces it) ──▶ thread: toImage, mirror
//        ──▶ converted (one slot: the newest picture) ──▶ frameReady, at most one in the event queue
//        ──▶ takeFrame() on the GUI thread
//
// Frames the pages cannot keep up with are dropped at either slot, never queued, so what they show
// is never older than one frame.
class FrameConverter : public QObject {
    Q_OBJECT

public:
    explicit FrameConverter(QObject* parent = nullptr);
    ~FrameConverter() override;

    void submit(const QVideoFrame& frame);
    // Mirrors the frames submitted from now on left to right, as a webcam preview does.
    void setMirrored(bool mirrored);
    // Forgets the waiting frame and the picture not yet taken.
    void clear();
    // The newest converted picture, null when there is none; each picture is taken once.
    QImage takeFrame();

signals:
    // A picture is ready for takeFrame(); not sent again until it has been taken.
    void frameReady();

private:
    void run(std::stop_token stop);

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::optional<QVideoFrame> m_waiting; // guarded by m_mutex
    QImage m_converted;                   // guarded by m_mutex
    bool m_announced = false;             // guarded by m_mutex: a frameReady is on its way
    bool m_mirrored = false;              // guarded by m_mutex
    quint64 m_epoch = 0;                  // guarded by m_mutex: clear() makes a running conversion stale
    std::jthread m_thread;                // last: it stops and joins before the members above go
};

} // namespace convscope::ui
