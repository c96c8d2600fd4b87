#include "ui/widgets/quiz_bar.h"

#include "ui/shared/text_symbols.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace convscope::ui {

QuizBar::QuizBar(const QStringList& fieldNames, const QString& toggleTip, bool focusOnAsk, QWidget* parent)
    : QWidget(parent)
    , m_focusOnAsk(focusOnAsk)
{
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("quizToggle"));
    m_toggle->setText(tr("Quiz"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setToolTip(toggleTip);
    m_toggle->setAccessibleName(tr("Quiz mode"));
    m_toggle->setAccessibleDescription(toggleTip);
    m_toggle->setFocusPolicy(Qt::TabFocus);
    {
        QFont font = m_toggle->font();
        font.setBold(true);
        m_toggle->setFont(font);
    }

    m_answerPart = new QWidget(this);
    auto* answerLayout = new QHBoxLayout(m_answerPart);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    auto* prompt = new QLabel(tr("Your answer:"), m_answerPart);
    answerLayout->addWidget(prompt);
    for (const QString& name : fieldNames) {
        auto* field = new QLineEdit(m_answerPart);
        field->setObjectName(QStringLiteral("quizAnswer%1").arg(m_fields.size()));
        field->setAccessibleName(name.isEmpty() ? tr("Your answer") : name);
        field->setAlignment(Qt::AlignCenter);
        // Room for "−123.45" or "1/9" in the field's own font.
        field->setFixedWidth(field->fontMetrics().horizontalAdvance(QString(minusSign) + QStringLiteral("000.000")) + 12);
        if (!name.isEmpty()) {
            auto* label = new QLabel(name, m_answerPart);
            label->setTextFormat(Qt::RichText);
            label->setBuddy(field);
            answerLayout->addWidget(label);
        }
        answerLayout->addWidget(field);
        connect(field, &QLineEdit::returnPressed, this, [this] { emit submitted(answers()); });
        if (m_fields.isEmpty())
            prompt->setBuddy(field);
        m_fields.append(field);
    }
    m_check = new QPushButton(tr("Check"), m_answerPart);
    m_check->setToolTip(tr("Check your answer (Enter)"));
    m_check->setFocusPolicy(Qt::TabFocus);
    answerLayout->addWidget(m_check);
    connect(m_check, &QPushButton::clicked, this, [this] { emit submitted(answers()); });

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("quizFeedback"));
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setWordWrap(true);
    m_feedback->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_reset = new QPushButton(tr("Reset score"), this);
    m_reset->setFocusPolicy(Qt::TabFocus);
    connect(m_reset, &QPushButton::clicked, this, &QuizBar::resetClicked);

    // Two rows, so the bar fits beside the Output size page's settings on a 1024-pixel projector:
    // the toggle and the answer boxes, then the feedback (the worked arithmetic can be long) with
    // the score.
    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(m_toggle);
    answerRow->addWidget(m_answerPart);
    answerRow->addStretch(1);
    auto* feedbackRow = new QHBoxLayout;
    feedbackRow->addWidget(m_feedback, 1);
    feedbackRow->addWidget(m_score);
    feedbackRow->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(answerRow);
    layout->addLayout(feedbackRow);

    connect(m_toggle, &QToolButton::toggled, this, &QuizBar::toggled);
    setOn(false);
}

QStringList QuizBar::answers() const
{
    QStringList texts;
    for (const QLineEdit* field : m_fields)
        texts.append(field->text());
    return texts;
}

void QuizBar::setOn(bool on)
{
    {
        const QSignalBlocker blocker(m_toggle);
        m_toggle->setChecked(on);
    }
    for (QWidget* part : {static_cast<QWidget*>(m_answerPart), static_cast<QWidget*>(m_feedback),
                          static_cast<QWidget*>(m_score), static_cast<QWidget*>(m_reset)})
        part->setVisible(on);
}

void QuizBar::setAsking(bool asking)
{
    const bool started = asking && !m_asking;
    m_asking = asking;
    m_answerPart->setEnabled(asking);
    if (started) {
        for (QLineEdit* field : m_fields)
            field->clear();
        if (m_focusOnAsk && !m_fields.isEmpty() && isVisible())
            m_fields.front()->setFocus();
    }
}

void QuizBar::setScore(int right, int answered)
{
    m_score->setText(tr("Score: %1 of %2 right").arg(right).arg(answered));
}

void QuizBar::setFeedback(const QString& richText, Tone tone)
{
    if (tone == Tone::Plain) {
        m_feedback->setText(richText);
    } else {
        const QColor colour = tone == Tone::Right ? okabeIto::bluishGreen : okabeIto::vermillion;
        m_feedback->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), richText));
    }
    m_feedback->setAccessibleName(feedbackText());
}

QString QuizBar::feedbackText() const
{
    return QTextDocumentFragment::fromHtml(m_feedback->text()).toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
}

} // namespace convscope::ui
