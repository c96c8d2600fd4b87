#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QString>

namespace convscope::ui {

class LiveSource;

// Records the live frames into one class's folder of a picture-folder dataset while it is held,
// a few frames a second (consecutive camera frames are near copies; a few a second while the
// student turns the object give different views):
//
//   root/                 the dataset the student chose
//     <class>/0001.png    numbered on from the highest number already there, never overwriting
//
// The layout is the one io::readImageFolder reads, so the folder can be trained on at once.
class FrameRecorder : public QObject {
    Q_OBJECT

public:
    static constexpr int framesPerSecond = 4;

    explicit FrameRecorder(LiveSource* source, QObject* parent = nullptr);

    void setRoot(const QString& root);
    QString root() const { return m_root; }
    // Why `name` cannot name a class folder (empty, a path, "." or ".."), translated; empty when it can.
    static QString classNameProblem(const QString& name);
    void setClassName(const QString& name);
    QString className() const { return m_class; }
    // The class folders already under root, in natural order.
    QStringList classNames() const;
    // Pictures in the current class's folder.
    int count() const { return m_count; }

    // Starts recording: false (and errorOccurred) when the root or class cannot be used or the
    // folder cannot be made. stop() ends it.
    bool start();
    void stop();
    bool isRecording() const { return m_recording; }

signals:
    void countChanged(int count);
    void recordingChanged(bool recording);
    void errorOccurred(const QString& message);

private:
    void record(const QImage& frame);
    QString classFolder() const;
    void recount();

    LiveSource* m_source;
    QString m_root;
    QString m_class;
    int m_count = 0;
    int m_nextNumber = 1;
    bool m_recording = false;
    QElapsedTimer m_sinceLast;
};

} // namespace convscope::ui
