#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace convscope::ui {

class QuizBar;
class QuizSession;
class StepPlayer;

// The quiz of a page that steps through output cells (the convolution, the pooling): before a
// step shows its cell the student types the value, the cell and its result stay "?" until then,
// and the verdict comes with the step's arithmetic. Owns the QuizSession (what was asked and the
// score) and the QuizBar it draws in; the page says, at every step, what is asked and how.
class StepQuiz : public QObject {
    Q_OBJECT

public:
    // What the page shows at the current step, for the quiz to word.
    struct Step {
        std::optional<float> answer; // the cell's true value; nullopt when no step is shown
        QString prompt;              // the question, while the answer is hidden
        QString workedLine;          // the step's arithmetic, after the verdict
        QString idle;                // when nothing is asked and no verdict is due
    };

    // `hint` is the toggle's tooltip; `page` gets the keyboard back after an answer, and its
    // player waits while a question is open.
    StepQuiz(StepPlayer* player, const QString& hint, QWidget* page);

    QuizSession* session() const { return m_session; }
    QuizBar* bar() const { return m_bar; }

    // The step `question` (its index) is shown, or none; while it is asked the player pauses.
    // Returns whether it is asked, i.e. whether the page must hide the answer.
    bool ask(std::optional<int> question);
    // The bar's text for the step the page has just drawn.
    void show(const Step& step);

signals:
    // The session changed (on, off, answered): the page draws the step again.
    void changed();

private:
    void check(const QStringList& answers);

    StepPlayer* m_player;
    QWidget* m_page;
    QuizSession* m_session;
    QuizBar* m_bar;
    std::optional<float> m_answer; // of the step shown
};

} // namespace convscope::ui
