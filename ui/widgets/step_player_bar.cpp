#include "ui/widgets/step_player_bar.h"

#include "ui/shared/number_text.h"
#include "ui/shared/step_player.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace convscope::ui {

namespace {

// The speed slider counts half steps per second: 1 → 0.5/s … 20 → 10/s.
constexpr int speedScale = 2;

QToolButton* makeButton(QStyle::StandardPixmap icon, const QString& text, const QString& key, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setIconSize(QSize(28, 28));
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, key));
    button->setAccessibleName(text);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

StepPlayerBar::StepPlayerBar(StepPlayer* player, QWidget* parent)
    : QWidget(parent)
    , m_player(player)
{
    m_start = makeButton(QStyle::SP_MediaSkipBackward, tr("Go to start"), tr("Home"), this);
    m_back = makeButton(QStyle::SP_MediaSeekBackward, tr("Step back"), tr("Left arrow"), this);
    m_play = makeButton(QStyle::SP_MediaPlay, tr("Play"), tr("Space"), this);
    m_forward = makeButton(QStyle::SP_MediaSeekForward, tr("Step forward"), tr("Right arrow"), this);
    m_end = makeButton(QStyle::SP_MediaSkipForward, tr("Go to end"), tr("End"), this);

    m_timeline = new QSlider(Qt::Horizontal, this);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(tr("Drag to move through every step"));
    m_timeline->setPageStep(1);
    m_timeline->setFocusPolicy(Qt::TabFocus);

    m_positionLabel = new QLabel(this);
    m_positionLabel->setMinimumWidth(m_positionLabel->fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(8888).arg(8888)));

    auto* speedCaption = new QLabel(tr("Speed"), this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setRange(1, 20);
    m_speed->setFocusPolicy(Qt::TabFocus);
    m_speed->setMaximumWidth(140);
    m_speed->setValue(static_cast<int>(std::lround(player->stepsPerSecond() * speedScale)));
    speedCaption->setBuddy(m_speed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setMinimumWidth(m_speedLabel->fontMetrics().horizontalAdvance(tr("%1 steps/s").arg(QStringLiteral("10.5"))));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* button : {m_start, m_back, m_play, m_forward, m_end})
        layout->addWidget(button);
    layout->addSpacing(12);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_positionLabel);
    layout->addSpacing(12);
    layout->addWidget(speedCaption);
    layout->addWidget(m_speed);
    layout->addWidget(m_speedLabel);

    connect(m_start, &QToolButton::clicked, player, &StepPlayer::goToStart);
    connect(m_back, &QToolButton::clicked, player, &StepPlayer::stepBack);
    connect(m_play, &QToolButton::clicked, player, &StepPlayer::togglePlaying);
    connect(m_forward, &QToolButton::clicked, player, &StepPlayer::stepForward);
    connect(m_end, &QToolButton::clicked, player, &StepPlayer::goToEnd);
    connect(m_timeline, &QSlider::valueChanged, player, &StepPlayer::setPosition);
    connect(m_speed, &QSlider::valueChanged, this, [this](int value) {
        m_player->setStepsPerSecond(static_cast<double>(value) / speedScale);
        m_speedLabel->setText(tr("%1 steps/s").arg(formatNumber(m_player->stepsPerSecond())));
    });
    connect(player, &StepPlayer::positionChanged, this, &StepPlayerBar::refresh);
    connect(player, &StepPlayer::playingChanged, this, &StepPlayerBar::refreshPlaying);
    m_speedLabel->setText(tr("%1 steps/s").arg(formatNumber(player->stepsPerSecond())));
    refresh();
    refreshPlaying(player->isPlaying());
}

void StepPlayerBar::takeKeysOf(QWidget* page)
{
    // A filter on the page rather than QShortcuts: a key reaches the page only when the widget
    // with the focus ignored it, whereas a shortcut would take Space from a focused button.
    page->installEventFilter(this);
}

bool StepPlayerBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Space: m_player->togglePlaying(); return true;
    case Qt::Key_Left: m_player->stepBack(); return true;
    case Qt::Key_Right: m_player->stepForward(); return true;
    case Qt::Key_Home: m_player->goToStart(); return true;
    case Qt::Key_End: m_player->goToEnd(); return true;
    default: return QWidget::eventFilter(watched, event);
    }
}

void StepPlayerBar::refresh()
{
    const int count = m_player->count();
    const int position = m_player->position();
    {
        const QSignalBlocker blocker(m_timeline);
        m_timeline->setRange(0, count);
        m_timeline->setValue(position);
    }
    m_timeline->setEnabled(count > 0);
    m_positionLabel->setText(tr("Step %1 of %2").arg(position).arg(count));
    m_start->setEnabled(position > 0);
    m_back->setEnabled(position > 0);
    m_forward->setEnabled(position < count);
    m_end->setEnabled(position < count);
    m_play->setEnabled(count > 0);
}

void StepPlayerBar::refreshPlaying(bool playing)
{
    const QString text = playing ? tr("Pause") : tr("Play");
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(QStringLiteral("%1 (%2)").arg(text, tr("Space")));
    m_play->setAccessibleName(text);
}

} // namespace convscope::ui
