#include "ui/shared/step_player.h"

#include <algorithm>
#include <cmath>

namespace convscope::ui {

StepPlayer::StepPlayer(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_stepsPerSecond)));
    connect(&m_timer, &QTimer::timeout, this, &StepPlayer::advance);
}

void StepPlayer::reset(int count)
{
    pause();
    m_count = std::max(0, count);
    m_position = 0;
    emit positionChanged(m_position);
}

void StepPlayer::setPosition(int position)
{
    position = std::clamp(position, 0, m_count);
    if (position == m_position)
        return;
    m_position = position;
    emit positionChanged(m_position);
}

void StepPlayer::play()
{
    if (m_count == 0 || isPlaying())
        return;
    if (m_position >= m_count)
        setPosition(0);
    m_timer.start();
    emit playingChanged(true);
}

void StepPlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void StepPlayer::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void StepPlayer::setStepsPerSecond(double steps)
{
    m_stepsPerSecond = std::clamp(steps, 0.25, 30.0);
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_stepsPerSecond)));
}

void StepPlayer::advance()
{
    setPosition(m_position + 1);
    if (m_position >= m_count)
        pause();
}

} // namespace convscope::ui
