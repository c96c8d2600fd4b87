#pragma once

#include <QObject>
#include <QTimer>

namespace convscope::ui {

// The animation position of a page that plays a sequence of steps (pooling, and any later page
// that steps like the convolution stepper): how many steps are shown, playing and speed.
//
//   position 0       nothing computed yet, the output is empty
//   position p ≥ 1   step p − 1 is shown, p output cells are filled in
//
// Playing advances one step per tick and stops at the end; pressing play at the end starts over.
class StepPlayer : public QObject {
    Q_OBJECT

public:
    explicit StepPlayer(QObject* parent = nullptr);

    int count() const { return m_count; }
    int position() const { return m_position; }
    bool isPlaying() const { return m_timer.isActive(); }
    double stepsPerSecond() const { return m_stepsPerSecond; }

    // A new number of steps (the settings changed): the position restarts at 0 and playing stops.
    void reset(int count);

    void setPosition(int position);
    void stepForward() { setPosition(m_position + 1); }
    void stepBack() { setPosition(m_position - 1); }
    void goToStart() { setPosition(0); }
    void goToEnd() { setPosition(m_count); }
    void play();
    void pause();
    void togglePlaying();
    void setStepsPerSecond(double steps);

signals:
    void positionChanged(int position);
    void playingChanged(bool playing);

private:
    void advance();

    QTimer m_timer;
    int m_count = 0;
    int m_position = 0;
    double m_stepsPerSecond = 2.0;
};

} // namespace convscope::ui
