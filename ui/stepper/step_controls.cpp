#include "ui/stepper/step_controls.h"

#include "ui/stepper/stepper_model.h"
#include "ui/widgets/number_text.h"

#include <QHBoxLayout>
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
    button->setAutoRaise(false);
    return button;
}

} // namespace

StepControls::StepControls(StepperModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_start = makeButton(QStyle::SP_MediaSkipBackward, tr("Go to start"), tr("Home"), this);
    m_back = makeButton(QStyle::SP_MediaSeekBackward, tr("Step back"), tr("Left arrow"), this);
    m_play = makeButton(QStyle::SP_MediaPlay, tr("Play"), tr("Space"), this);
    m_forward = makeButton(QStyle::SP_MediaSeekForward, tr("Step forward"), tr("Right arrow"), this);
    m_end = makeButton(QStyle::SP_MediaSkipForward, tr("Go to end"), tr("End"), this);
    m_start->setObjectName(QStringLiteral("goToStart"));
    m_back->setObjectName(QStringLiteral("stepBack"));
    m_play->setObjectName(QStringLiteral("playPause"));
    m_forward->setObjectName(QStringLiteral("stepForward"));
    m_end->setObjectName(QStringLiteral("goToEnd"));

    m_timeline = new QSlider(Qt::Horizontal, this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(tr("Drag to move through every step"));
    m_timeline->setPageStep(1);
    m_timeline->setFocusPolicy(Qt::TabFocus);

    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_positionLabel->setMinimumWidth(m_positionLabel->fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(8888).arg(8888)));

    auto* speedCaption = new QLabel(tr("Speed"), this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setRange(1, 20);
    m_speed->setFocusPolicy(Qt::TabFocus);
    m_speed->setMaximumWidth(140);
    m_speed->setValue(static_cast<int>(std::lround(model->stepsPerSecond() * speedScale)));
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

    connect(m_start, &QToolButton::clicked, model, &StepperModel::goToStart);
    connect(m_back, &QToolButton::clicked, model, &StepperModel::stepBack);
    connect(m_play, &QToolButton::clicked, model, &StepperModel::togglePlaying);
    connect(m_forward, &QToolButton::clicked, model, &StepperModel::stepForward);
    connect(m_end, &QToolButton::clicked, model, &StepperModel::goToEnd);
    connect(m_timeline, &QSlider::valueChanged, model, &StepperModel::setPosition);
    connect(m_speed, &QSlider::valueChanged, this, [this](int value) {
        m_model->setStepsPerSecond(static_cast<double>(value) / speedScale);
        m_speedLabel->setText(tr("%1 steps/s").arg(formatNumber(m_model->stepsPerSecond())));
    });
    connect(model, &StepperModel::positionChanged, this, &StepControls::refresh);
    connect(model, &StepperModel::playingChanged, this, &StepControls::refreshPlaying);
    m_speedLabel->setText(tr("%1 steps/s").arg(formatNumber(model->stepsPerSecond())));
    refresh();
    refreshPlaying(model->isPlaying());
}

void StepControls::refresh()
{
    const int count = m_model->stepCount();
    const int position = m_model->position();
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

void StepControls::refreshPlaying(bool playing)
{
    const QString text = playing ? tr("Pause") : tr("Play");
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(QStringLiteral("%1 (%2)").arg(text, tr("Space")));
    m_play->setAccessibleName(text);
}

} // namespace convscope::ui
