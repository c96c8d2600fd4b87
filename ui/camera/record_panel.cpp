#include "ui/camera/record_panel.h"

#include "ui/camera/frame_recorder.h"
#include "ui/shared/setting.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace convscope::ui {

namespace {

const Setting<QString> recordFolderSetting{"live/recordFolder", QString()};

} // namespace

RecordPanel::RecordPanel(LiveSource* source, QWidget* parent)
    : QWidget(parent)
    , m_recorder(new FrameRecorder(source, this))
    , m_folder(new QPushButton(tr("Folder…")))
    , m_class(new QComboBox)
    , m_hold(new QPushButton(tr("Hold to record")))
    , m_count(new QLabel)
    , m_train(new QPushButton(tr("Train on this folder")))
{
    m_folder->setToolTip(tr("The dataset folder: each class gets a folder of its pictures inside it"));
    connect(m_folder, &QPushButton::clicked, this, &RecordPanel::chooseFolder);
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    m_class->setMinimumContentsLength(12);
    m_class->setAccessibleName(tr("Class"));
    m_class->lineEdit()->setPlaceholderText(tr("class name"));
    m_class->setToolTip(tr("Pick a class folder or type the name of a new class"));
    connect(m_class, &QComboBox::currentTextChanged, m_recorder, &FrameRecorder::setClassName);
    m_hold->setToolTip(tr("Hold the button down: %n frames a second go into the class's folder", nullptr,
                          FrameRecorder::framesPerSecond));
    connect(m_hold, &QPushButton::pressed, m_recorder, &FrameRecorder::start);
    connect(m_hold, &QPushButton::released, m_recorder, &FrameRecorder::stop);
    m_train->setToolTip(tr("Open the folder as the Training page's dataset"));
    m_train->setVisible(false);

    connect(m_recorder, &FrameRecorder::countChanged, this, &RecordPanel::showCount);
    connect(m_recorder, &FrameRecorder::recordingChanged, this, [this](bool recording) {
        m_hold->setText(recording ? tr("Recording…") : tr("Hold to record"));
        if (!recording)
            fillClasses();
    });
    connect(m_recorder, &FrameRecorder::errorOccurred, this, &RecordPanel::errorOccurred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_folder);
    layout->addWidget(new QLabel(tr("Class")));
    layout->addWidget(m_class);
    layout->addWidget(m_hold);
    layout->addWidget(m_count, 1);
    layout->addWidget(m_train);

    m_recorder->setRoot(recordFolderSetting.get());
    fillClasses();
}

void RecordPanel::setTrainAction(std::function<void(const QString& root)> train)
{
    connect(m_train, &QPushButton::clicked, this, [this, train = std::move(train)] {
        if (m_recorder->root().isEmpty())
            emit errorOccurred(tr("Choose the folder to record into first."));
        else
            train(m_recorder->root());
    });
    m_train->setVisible(true);
}

void RecordPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Record into which dataset folder?"),
                                                             m_recorder->root());
    if (folder.isEmpty())
        return;
    recordFolderSetting.set(folder);
    m_recorder->setRoot(folder);
    fillClasses();
}

void RecordPanel::fillClasses()
{
    const QString current = m_class->currentText();
    const QSignalBlocker blocker(m_class);
    m_class->clear();
    m_class->addItems(m_recorder->classNames());
    m_class->setCurrentText(current);
    m_folder->setText(m_recorder->root().isEmpty() ? tr("Folder…") : QDir(m_recorder->root()).dirName() + QStringLiteral("…"));
    m_folder->setToolTip(m_recorder->root().isEmpty() ? tr("The dataset folder: each class gets a folder of its pictures inside it")
                                                      : QDir::toNativeSeparators(m_recorder->root()));
    showCount(m_recorder->count());
}

void RecordPanel::showCount(int count)
{
    if (m_recorder->root().isEmpty())
        m_count->setText(tr("Choose a folder to record pictures of each class into."));
    else if (m_recorder->className().isEmpty())
        m_count->setText(tr("Type or pick a class."));
    else
        m_count->setText(tr("%n pictures in “%1”", nullptr, count).arg(m_recorder->className()));
}

} // namespace convscope::ui
