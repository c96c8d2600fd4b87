#include "ui/camera/live_controls.h"

#include "ui/camera/live_source.h"
#include "ui/camera/record_panel.h"
#include "ui/io/image_loader.h"
#include "ui/shared/setting.h"

#include <QCameraDevice>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

const Setting<QString> videoFolderSetting{"live/videoFolder", QString()};
const Setting<QString> frameFolderSetting{"live/frameFolder", QString()};

} // namespace

LiveControls::LiveControls(LiveSource* source, QWidget* parent)
    : QWidget(parent)
    , m_source(source)
    , m_camera(new QToolButton)
    , m_cameraMenu(new QMenu(m_camera))
    , m_status(new QLabel)
    , m_mirror(new QCheckBox(tr("Mirror")))
    , m_freeze(new QPushButton(tr("Freeze")))
    , m_save(new QPushButton(tr("Save frame…")))
    , m_send(new QPushButton(tr("Send to")))
    , m_sendMenu(new QMenu(m_send))
    , m_stop(new QPushButton(tr("Stop")))
    , m_record(new QPushButton(tr("Record…")))
    , m_recordPanel(new RecordPanel(source))
{
    // The button lives in the page's own bar; this widget owns it so it goes with the controls.
    m_camera->setParent(this);
    m_camera->setText(tr("Camera"));
    m_camera->setToolTip(tr("Show what the camera sees, live. The arrow lists the cameras present and plays a video "
                            "file in a loop instead."));
    m_camera->setPopupMode(QToolButton::MenuButtonPopup);
    m_camera->setMenu(m_cameraMenu);
    m_camera->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_cameraMenu, &QMenu::aboutToShow, this, &LiveControls::fillCameraMenu);
    connect(m_camera, &QToolButton::clicked, this, [this] { m_source->startCamera(); });

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mirror->setToolTip(tr("Show the camera like a mirror, as people expect from a webcam. Inside the network always "
                            "reads the picture as the camera took it, so digits are not reversed."));
    connect(m_mirror, &QCheckBox::toggled, m_source, &LiveSource::setMirrored);
    m_freeze->setCheckable(true);
    m_freeze->setToolTip(tr("Hold the current frame to look at it closely, save it or send it to another page"));
    connect(m_freeze, &QPushButton::toggled, m_source, &LiveSource::setFrozen);
    m_save->setToolTip(tr("Save the frame shown as a PNG picture"));
    connect(m_save, &QPushButton::clicked, this, &LiveControls::saveDialog);
    m_send->setToolTip(tr("Use the frame shown as the picture of another page"));
    m_send->setMenu(m_sendMenu);
    m_send->setVisible(false);
    m_stop->setToolTip(tr("Stop the camera or the video; the page keeps the last frame"));
    connect(m_stop, &QPushButton::clicked, m_source, &LiveSource::stop);

    m_record->setCheckable(true);
    m_record->setToolTip(tr("Collect pictures of your own classes from the live picture, to train a network on"));
    m_recordPanel->setVisible(false);
    connect(m_record, &QPushButton::toggled, m_recordPanel, &RecordPanel::setVisible);
    connect(m_recordPanel, &RecordPanel::errorOccurred, this, &LiveControls::errorOccurred);

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addWidget(m_recordPanel);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_mirror);
    layout->addWidget(m_freeze);
    layout->addWidget(m_save);
    layout->addWidget(m_send);
    layout->addWidget(m_record);
    layout->addWidget(m_stop);

    connect(m_source, &LiveSource::stateChanged, this, &LiveControls::showState);
    showState();
}

void LiveControls::fillCameraMenu()
{
    m_cameraMenu->clear();
    const QList<QCameraDevice> cameras = LiveSource::cameras();
    if (cameras.isEmpty())
        m_cameraMenu->addAction(tr("No camera is connected"))->setEnabled(false);
    for (const QCameraDevice& camera : cameras) {
        QAction* action = m_cameraMenu->addAction(camera.description());
        action->setCheckable(true);
        action->setChecked(m_source->kind() == LiveSource::Kind::Camera && m_source->cameraId() == camera.id());
        const QByteArray id = camera.id();
        connect(action, &QAction::triggered, this, [this, id] { m_source->startCamera(id); });
    }
    m_cameraMenu->addSeparator();
    connect(m_cameraMenu->addAction(tr("Video file…")), &QAction::triggered, this, &LiveControls::chooseVideo);
}

void LiveControls::chooseVideo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Play a video in a loop"), videoFolderSetting.get(),
        tr("Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.ogv *.ogg *.avi);;All files (*)"));
    if (path.isEmpty())
        return;
    videoFolderSetting.set(QFileInfo(path).absolutePath());
    m_source->startVideo(path);
}

void LiveControls::addSendTarget(const QString& name, std::function<void(const QImage&)> send)
{
    connect(m_sendMenu->addAction(name), &QAction::triggered, this, [this, send = std::move(send)] {
        const QImage frame = m_source->lastFrame();
        if (!frame.isNull())
            send(frame);
    });
    m_send->setVisible(true);
}

void LiveControls::noteFrameShown()
{
    ++m_shownThisSecond;
    if (!m_second.isValid()) {
        m_second.start();
    } else if (m_second.elapsed() >= 1000) {
        m_shownPerSecond = static_cast<int>(m_shownThisSecond * 1000 / m_second.restart());
        m_shownThisSecond = 0;
        showState();
    }
}

void LiveControls::showState()
{
    const bool running = m_source->isRunning();
    setVisible(running);
    if (!running || m_source->isFrozen()) {
        m_second.invalidate();
        m_shownThisSecond = 0;
        m_shownPerSecond = 0;
    }
    if (!running)
        return;
    const bool camera = m_source->kind() == LiveSource::Kind::Camera;
    QString text = camera ? tr("Camera “%1”").arg(m_source->sourceName()) : tr("Video “%1”, in a loop").arg(m_source->sourceName());
    if (m_source->isFrozen())
        text += QStringLiteral(": ") + tr("frozen");
    else if (m_shownPerSecond > 0)
        text += QStringLiteral(": ") + tr("%n frames a second", nullptr, m_shownPerSecond);
    m_status->setText(text);
    m_mirror->setVisible(camera);
    {
        const QSignalBlocker blocker(m_mirror);
        m_mirror->setChecked(m_source->isMirrored());
    }
    {
        const QSignalBlocker blocker(m_freeze);
        m_freeze->setChecked(m_source->isFrozen());
    }
    m_freeze->setText(m_source->isFrozen() ? tr("Resume") : tr("Freeze"));
}

QString LiveControls::saveFrame(const QString& path) const
{
    const QImage frame = m_source->lastFrame();
    if (frame.isNull())
        return tr("No frame has arrived yet.");
    return io::saveImageAsPng(frame, path);
}

void LiveControls::saveDialog()
{
    // Saving a moving picture saves whichever frame came last: hold it first, so the file is the
    // frame the student saw.
    m_source->setFrozen(true);
    const QString folder = frameFolderSetting.get();
    const QString suggested = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("frame.png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the frame"), suggested, tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    frameFolderSetting.set(QFileInfo(path).absolutePath());
    const QString error = saveFrame(path);
    if (!error.isEmpty())
        emit errorOccurred(error);
}

} // namespace convscope::ui
