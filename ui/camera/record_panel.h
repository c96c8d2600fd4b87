#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace convscope::ui {

class FrameRecorder;
class LiveSource;

// Collecting a class's pictures from the live picture (Teachable Machine's way): the dataset
// folder, the class (an existing folder or a new name), a button to hold while the frames are
// recorded, and the count of the class's pictures, live.
class RecordPanel : public QWidget {
    Q_OBJECT

public:
    explicit RecordPanel(LiveSource* source, QWidget* parent = nullptr);

    FrameRecorder* recorder() const { return m_recorder; }
    QComboBox* classBox() const { return m_class; }
    QPushButton* holdButton() const { return m_hold; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* trainButton() const { return m_train; }
    // Shows "Train on this folder", which hands the folder to `train`.
    void setTrainAction(std::function<void(const QString& root)> train);

signals:
    void errorOccurred(const QString& message);

private:
    void chooseFolder();
    void fillClasses();
    void showCount(int count);

    FrameRecorder* m_recorder;
    QPushButton* m_folder = nullptr;
    QComboBox* m_class = nullptr;
    QPushButton* m_hold = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_train = nullptr;
};

} // namespace convscope::ui
