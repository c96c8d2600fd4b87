#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace convscope::ui {

class StepPlayer;

// The player bar of a stepping page, drawn like the convolution stepper's: go to start, step
// back, play/pause, step forward, go to end, a timeline over every step and a speed slider.
// Drives a StepPlayer and shows its position; the buttons take focus only by Tab, so a click
// leaves Space and the arrow keys to the page.
class StepPlayerBar : public QWidget {
    Q_OBJECT

public:
    explicit StepPlayerBar(StepPlayer* player, QWidget* parent = nullptr);

    // The bar's keys, named in its tooltips, work anywhere on `page`: Space plays or pauses,
    // ←/→ step, Home and End go to the ends. Only keys no widget of the page takes itself
    // reach them, so a text field keeps its Space and a grid's cell cursor its arrows.
    void takeKeysOf(QWidget* page);

    QToolButton* playButton() const { return m_play; }
    QToolButton* forwardButton() const { return m_forward; }
    QToolButton* backButton() const { return m_back; }
    QSlider* timeline() const { return m_timeline; }
    QSlider* speedSlider() const { return m_speed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void refreshPlaying(bool playing);

    StepPlayer* m_player;
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
