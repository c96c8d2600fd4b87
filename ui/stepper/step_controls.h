#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace convscope::ui {

class StepperModel;

// The player bar under the stepper: go to start, step back, play/pause, step forward, go to end,
// a speed slider and a timeline slider over every step. Calls the model; shows its position.
// The buttons take keyboard focus only by Tab, so a click leaves Space and the arrows to the page.
class StepControls : public QWidget {
    Q_OBJECT

public:
    explicit StepControls(StepperModel* model, QWidget* parent = nullptr);

    QToolButton* playButton() const { return m_play; }
    QSlider* timeline() const { return m_timeline; }
    QSlider* speedSlider() const { return m_speed; }

private:
    void refresh();
    void refreshPlaying(bool playing);

    StepperModel* m_model;
    QToolButton* m_start = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_end = nullptr;
    QSlider* m_timeline = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
    QLabel* m_positionLabel = nullptr;
};

} // namespace convscope::ui
