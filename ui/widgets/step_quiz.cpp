#include "ui/widgets/step_quiz.h"

#include "ui/shared/number_text.h"
#include "ui/shared/quiz_session.h"
#include "ui/shared/step_player.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/quiz_bar.h"

#include <QLineEdit>
#include <QSignalBlocker>
#include <QWidget>

namespace convscope::ui {

StepQuiz::StepQuiz(StepPlayer* player, const QString& hint, QWidget* page)
    : QObject(page)
    , m_player(player)
    , m_page(page)
    , m_session(new QuizSession(this))
    , m_bar(new QuizBar({QString()}, hint, true, page))
{
    connect(m_bar, &QuizBar::toggled, m_session, &QuizSession::setOn);
    connect(m_bar, &QuizBar::submitted, this, &StepQuiz::check);
    connect(m_bar, &QuizBar::resetClicked, m_session, &QuizSession::resetScore);
    connect(m_session, &QuizSession::changed, this, &StepQuiz::changed);
    // Play would pass over the question being asked: it waits for the answer.
    connect(m_player, &StepPlayer::playingChanged, this, [this](bool playing) {
        if (!playing || !m_session->isAsking())
            return;
        m_player->pause();
        m_bar->setFeedback(tr("Type your answer first, or step forward to skip this one."));
        m_bar->field()->setFocus();
    });
}

bool StepQuiz::ask(std::optional<int> question)
{
    {
        const QSignalBlocker blocker(m_session);
        m_session->setQuestion(question);
    }
    const bool asking = m_session->isAsking();
    if (asking)
        m_player->pause();
    return asking;
}

void StepQuiz::show(const Step& step)
{
    m_answer = step.answer;
    m_bar->setOn(m_session->isOn());
    m_bar->setScore(m_session->score().right, m_session->score().answered);
    m_bar->setAsking(m_session->isAsking());
    if (!m_session->isOn())
        return;
    if (m_session->isAsking() && step.answer) {
        m_bar->setFeedback(step.prompt);
    } else if (const std::optional<bool> verdict = m_session->verdict(); verdict && step.answer) {
        const QString head = *verdict ? tr("Right!") : tr("Not quite: the answer is %1.").arg(formatNumber(*step.answer));
        m_bar->setFeedback(bold(head) + QStringLiteral(" ") + step.workedLine,
                           *verdict ? QuizBar::Tone::Right : QuizBar::Tone::Wrong);
    } else {
        m_bar->setFeedback(step.idle);
    }
}

void StepQuiz::check(const QStringList& answers)
{
    if (!m_answer || !m_session->isAsking() || answers.isEmpty())
        return;
    const QString error = m_session->answerValue(answers.front(), *m_answer);
    if (!error.isEmpty()) {
        m_bar->setFeedback(error, QuizBar::Tone::Wrong);
        return;
    }
    // Back to the page, so → steps on to the next question.
    m_page->setFocus();
}

} // namespace convscope::ui
