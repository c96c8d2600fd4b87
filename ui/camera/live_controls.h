#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace convscope::ui {

class LiveSource;
class RecordPanel;

// What a page that can show the live picture puts on screen: the "Camera" button (its menu lists
// the cameras present and "Video file…"), and, while the source runs, a bar saying what plays and
// how fast, with Freeze/Resume, Mirror, Save frame…, Send to, Stop, and Record, which opens the
// row that records frames into a class's folder. The page places
// cameraButton() beside its other picture buttons and this bar where it likes.
class LiveControls : public QWidget {
    Q_OBJECT

public:
    explicit LiveControls(LiveSource* source, QWidget* parent = nullptr);

    LiveSource* source() const { return m_source; }
    QToolButton* cameraButton() const { return m_camera; }
    QPushButton* freezeButton() const { return m_freeze; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* stopButton() const { return m_stop; }
    QCheckBox* mirrorBox() const { return m_mirror; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* recordButton() const { return m_record; }
    RecordPanel* recordPanel() const { return m_recordPanel; }

    // One entry of "Send to": `send` receives the frame shown (the frozen one, or the last).
    void addSendTarget(const QString& name, std::function<void(const QImage&)> send);
    // Writes the last frame as a PNG atomically; returns the error, empty on success.
    QString saveFrame(const QString& path) const;
    // Asks for a video file and plays it.
    void chooseVideo();
    // The page has drawn a live frame: the bar counts these, since a page slower than the
    // source drops frames, and says how many a second the student sees.
    void noteFrameShown();
    int framesShownPerSecond() const { return m_shownPerSecond; }

signals:
    // A sentence for the page's message line (a frame that could not be saved).
    void errorOccurred(const QString& message);

private:
    void fillCameraMenu();
    void showState();
    void saveDialog();

    LiveSource* m_source;
    QToolButton* m_camera = nullptr;
    QMenu* m_cameraMenu = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_mirror = nullptr;
    QPushButton* m_freeze = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_send = nullptr;
    QMenu* m_sendMenu = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_record = nullptr;
    int m_shownThisSecond = 0;
    int m_shownPerSecond = 0;
    QElapsedTimer m_second;
    RecordPanel* m_recordPanel = nullptr;
};

} // namespace convscope::ui
