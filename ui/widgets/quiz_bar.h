#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace convscope::ui {

// The quiz controls of a page, under its step controls: a "Quiz" toggle, then while the quiz is
// on the answer box(es) (one for an output value, three for W_out, H_out, K), a Check button, the
// feedback and the session's score with a reset. Shows what the page tells it; the page checks
// the answers (QuizSession, core::isRightValue).
//
// Enter in an answer box checks it. The toggle and the buttons take focus by Tab, not by a click,
// so Space and the arrow keys stay with the page's stepping.
class QuizBar : public QWidget {
    Q_OBJECT

public:
    // `fieldNames` label the answer boxes; one unnamed box when it holds one empty name.
    // `focusOnAsk`: a new question puts the focus in the first box (a stepping page, where the
    // student steps by keyboard; not where settings are typed, which it would interrupt).
    QuizBar(const QStringList& fieldNames, const QString& toggleTip, bool focusOnAsk, QWidget* parent = nullptr);

    QToolButton* toggle() const { return m_toggle; }
    QLineEdit* field(int index = 0) const { return m_fields.value(index); }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* resetButton() const { return m_reset; }
    QLabel* feedbackLabel() const { return m_feedback; }
    QLabel* scoreLabel() const { return m_score; }
    QStringList answers() const;

    // The quiz on or off (the toggle without its signal), whether the boxes take an answer now
    // (they are cleared and the first one gets the focus when asking starts), and the score.
    void setOn(bool on);
    void setAsking(bool asking);
    void setScore(int right, int answered);
    // Rich text beside the boxes, in the colour of a right answer, a wrong one, or plain (a hint,
    // a message about bad text).
    enum class Tone { Plain, Right, Wrong };
    void setFeedback(const QString& richText, Tone tone = Tone::Plain);
    QString feedbackText() const; // as plain text, what a screen reader reads

signals:
    void toggled(bool on);
    void submitted(const QStringList& answers);
    void resetClicked();

private:
    QToolButton* m_toggle = nullptr;
    QWidget* m_answerPart = nullptr;
    QList<QLineEdit*> m_fields;
    QPushButton* m_check = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_score = nullptr;
    bool m_asking = false;
    bool m_focusOnAsk = true;
};

} // namespace convscope::ui
