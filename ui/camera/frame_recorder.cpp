#include "ui/camera/frame_recorder.h"

#include "ui/camera/live_source.h"
#include "ui/io/image_loader.h"
#include "ui/io/korean_particles.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace convscope::ui {

FrameRecorder::FrameRecorder(LiveSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    connect(m_source, &LiveSource::frameReady, this, &FrameRecorder::record);
    connect(m_source, &LiveSource::stateChanged, this, [this] {
        if (!m_source->isRunning())
            stop();
    });
}

void FrameRecorder::setRoot(const QString& root)
{
    stop();
    m_root = root;
    recount();
}

QString FrameRecorder::classNameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Type or pick a class name first.");
    if (trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char('\\')) || trimmed == QStringLiteral(".")
        || trimmed == QStringLiteral(".."))
        return io::fitKoreanParticles(tr("“%1” cannot name a class folder: use a name without / or \\.").arg(trimmed));
    return {};
}

void FrameRecorder::setClassName(const QString& name)
{
    stop();
    m_class = name.trimmed();
    recount();
}

QStringList FrameRecorder::classNames() const
{
    if (m_root.isEmpty())
        return {};
    QStringList names = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QString FrameRecorder::classFolder() const { return QDir(m_root).filePath(m_class); }

void FrameRecorder::recount()
{
    m_count = 0;
    m_nextNumber = 1;
    if (!m_root.isEmpty() && classNameProblem(m_class).isEmpty()) {
        const QFileInfoList files = QDir(classFolder()).entryInfoList(QDir::Files);
        for (const QFileInfo& file : files) {
            if (!io::looksLikeImage(file.fileName(), {}))
                continue;
            ++m_count;
            bool numbered = false;
            const int number = file.completeBaseName().toInt(&numbered);
            if (numbered)
                m_nextNumber = std::max(m_nextNumber, number + 1);
        }
    }
    emit countChanged(m_count);
}

bool FrameRecorder::start()
{
    if (m_recording)
        return true;
    if (m_root.isEmpty()) {
        emit errorOccurred(tr("Choose the folder to record into first."));
        return false;
    }
    if (const QString problem = classNameProblem(m_class); !problem.isEmpty()) {
        emit errorOccurred(problem);
        return false;
    }
    if (!m_source->isRunning()) {
        emit errorOccurred(tr("Start the camera or a video first: recording keeps its frames."));
        return false;
    }
    if (!QDir().mkpath(classFolder())) {
        emit errorOccurred(tr("%1: the folder cannot be made").arg(classFolder()));
        return false;
    }
    recount();
    m_recording = true;
    m_sinceLast.invalidate();
    emit recordingChanged(true);
    return true;
}

void FrameRecorder::stop()
{
    if (!m_recording)
        return;
    m_recording = false;
    emit recordingChanged(false);
}

void FrameRecorder::record(const QImage& frame)
{
    if (!m_recording || (m_sinceLast.isValid() && m_sinceLast.elapsed() < 1000 / framesPerSecond))
        return;
    m_sinceLast.start();
    QString path;
    do {
        path = QDir(classFolder()).filePath(QStringLiteral("%1.png").arg(m_nextNumber++, 4, 10, QLatin1Char('0')));
    } while (QFileInfo::exists(path));
    if (const QString error = io::saveImageAsPng(frame, path); !error.isEmpty()) {
        stop();
        emit errorOccurred(error);
        return;
    }
    ++m_count;
    emit countChanged(m_count);
}

} // namespace convscope::ui
