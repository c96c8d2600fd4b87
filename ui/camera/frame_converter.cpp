#include "ui/camera/frame_converter.h"

#include <QMetaObject>

namespace convscope::ui {

FrameConverter::FrameConverter(QObject* parent)
    : QObject(parent)
    , m_thread([this](std::stop_token stop) { run(stop); })
{
}

FrameConverter::~FrameConverter()
{
    m_thread.request_stop();
    m_wake.notify_all();
    m_thread.join();
}

void FrameConverter::submit(const QVideoFrame& frame)
{
    {
        std::lock_guard lock(m_mutex);
        m_waiting = frame; // a QVideoFrame shares its buffer: this copies no pixels
    }
    m_wake.notify_one();
}

void FrameConverter::setMirrored(bool mirrored)
{
    std::lock_guard lock(m_mutex);
    m_mirrored = mirrored;
}

void FrameConverter::clear()
{
    std::lock_guard lock(m_mutex);
    m_waiting.reset();
    m_converted = {};
    ++m_epoch;
}

QImage FrameConverter::takeFrame()
{
    std::lock_guard lock(m_mutex);
    m_announced = false;
    return std::exchange(m_converted, QImage());
}

void FrameConverter::run(std::stop_token stop)
{
    for (;;) {
        QVideoFrame frame;
        bool mirrored = false;
        quint64 epoch = 0;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return m_waiting.has_value(); }))
                return;
            frame = std::move(*m_waiting);
            m_waiting.reset();
            mirrored = m_mirrored;
            epoch = m_epoch;
        }

        // toImage() maps the frame and converts YUV (or whatever the camera sends) on the CPU.
        QImage image = frame.toImage();
        if (image.isNull())
            continue;
        image = image.convertToFormat(QImage::Format_RGB888);
        if (mirrored)
            image.mirror(true, false);

        bool announce = false;
        {
            std::lock_guard lock(m_mutex);
            if (epoch != m_epoch)
                continue;
            m_converted = std::move(image);
            announce = !std::exchange(m_announced, true);
        }
        if (announce)
            QMetaObject::invokeMethod(this, &FrameConverter::frameReady, Qt::QueuedConnection);
    }
}

} // namespace convscope::ui
