#pragma once

#include "core/quiz_answer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace convscope::ui {

// The predict-before-reveal quiz of one page (quiz mode): whether it is on, which question is on
// screen, which questions were answered or passed over, and the session's score. No widgets: the
// page hides what isAsking() says is not to be shown yet, and its QuizBar shows the rest.
//
// A question is an id the page chooses (the step index on a stepping page, 0 on the output-size
// page) within an exercise (the image, kernel and settings it is about). The page reports both
// whenever they change:
//   setExercise(description)   a different description forgets every answer: all asked again
//   setQuestion(id)            the question now on screen, nullopt when there is nothing to ask
// A question is asked once per exercise: answered, it stays revealed; moving forward past it
// unanswered reveals it without a score (the student chose to skip it); moving back leaves it
// to be asked. Turning the quiz on asks everything again, starting with the question on screen.
class QuizSession : public QObject {
    Q_OBJECT

public:
    explicit QuizSession(QObject* parent = nullptr);

    bool isOn() const { return m_on; }
    void setOn(bool on);

    void setExercise(const QJsonObject& description);
    void setQuestion(std::optional<int> id);
    std::optional<int> question() const { return m_question; }
    // True while the question on screen waits for the student's answer: its answer stays hidden.
    bool isAsking() const;
    // Whether the answer to the question on screen was right; nullopt while asking, when the quiz
    // is off, or when the question was passed over.
    std::optional<bool> verdict() const;

    // Checks a typed value against the true output value (core::isRightValue), records the
    // verdict and reveals the question. Bad text ("", "-", letters, NaN) is not an answer: it
    // returns the same sentence the grids give, and nothing is counted. Empty on success; also
    // empty, with nothing recorded, when no question is being asked.
    QString answerValue(const QString& typed, float truth);
    // The same for sizes (W_out, H_out, K), right only when every one is the exact whole number
    // (core::isRightCount). `names` name the fields in the error sentence.
    QString answerCounts(const QStringList& typed, const std::vector<int>& truths, const QStringList& names);

    const core::QuizScore& score() const { return m_score; }
    void resetScore();

    // {"on", "right", "answered", "exercise", "answers": {id: 1 right, 0 wrong, −1 passed}}, so a
    // lesson file and a language switch keep the quiz; restoreState() takes missing keys as off
    // and zero.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject& state);
    // A page's state carries the quiz under "quiz". restoreFromPage() takes the exercise the page
    // shows now and then the quiz's saved state, signalling nothing in between.
    void saveIntoPage(QJsonObject& pageState) const;
    void restoreFromPage(const QJsonObject& pageState, const QJsonObject& exercise);
    // A page's state as a lesson hands it to students: the quiz on or off as the teacher left it,
    // but no score and no answers, so every student starts afresh.
    static void leaveOutProgress(QJsonObject& pageState);

signals:
    // Anything above changed: on/off, the question, a verdict, the score.
    void changed();

private:
    enum Answer { Passed = -1, Wrong = 0, Right = 1 };
    void record(bool right);

    bool m_on = false;
    QString m_exercise; // hash of the exercise's description
    std::optional<int> m_question;
    QHash<int, int> m_answers; // question id → Answer
    core::QuizScore m_score;
};

} // namespace convscope::ui
