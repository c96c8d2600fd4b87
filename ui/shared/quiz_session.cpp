#include "ui/shared/quiz_session.h"

#include "ui/shared/number_text.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalBlocker>

#include <algorithm>

namespace convscope::ui {

QuizSession::QuizSession(QObject* parent)
    : QObject(parent)
{
}

void QuizSession::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_answers.clear();
    emit changed();
}

void QuizSession::setExercise(const QJsonObject& description)
{
    const QString exercise = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(description).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
            .toHex());
    if (exercise == m_exercise)
        return;
    m_exercise = exercise;
    m_answers.clear();
    emit changed();
}

void QuizSession::setQuestion(std::optional<int> id)
{
    if (id == m_question)
        return;
    // Stepping forward past an unanswered question shows it: it is not asked again.
    if (isAsking() && id && *id > *m_question)
        m_answers.insert(*m_question, Passed);
    m_question = id;
    emit changed();
}

bool QuizSession::isAsking() const
{
    return m_on && m_question && !m_answers.contains(*m_question);
}

std::optional<bool> QuizSession::verdict() const
{
    if (!m_on || !m_question)
        return std::nullopt;
    const auto answer = m_answers.constFind(*m_question);
    if (answer == m_answers.constEnd() || *answer == Passed)
        return std::nullopt;
    return *answer == Right;
}

QString QuizSession::answerValue(const QString& typed, float truth)
{
    if (!isAsking())
        return {};
    const ParsedNumber parsed = parseNumber(typed);
    if (!parsed.value)
        return parsed.error;
    record(core::isRightValue(static_cast<double>(*parsed.value), static_cast<double>(truth)));
    return {};
}

QString QuizSession::answerCounts(const QStringList& typed, const std::vector<int>& truths, const QStringList& names)
{
    if (!isAsking())
        return {};
    bool right = static_cast<qsizetype>(truths.size()) == typed.size();
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const ParsedNumber parsed = parseNumber(typed[i]);
        if (!parsed.value)
            return i < names.size() ? names[i] + QStringLiteral(": ") + parsed.error : parsed.error;
        if (static_cast<std::size_t>(i) < truths.size())
            right = right && core::isRightCount(static_cast<double>(*parsed.value), truths[static_cast<std::size_t>(i)]);
    }
    record(right);
    return {};
}

void QuizSession::record(bool right)
{
    m_answers.insert(*m_question, right ? Right : Wrong);
    m_score.record(right);
    emit changed();
}

void QuizSession::resetScore()
{
    m_score = {};
    emit changed();
}

QJsonObject QuizSession::saveState() const
{
    QJsonObject answers;
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it)
        answers.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("on"), m_on},
        {QStringLiteral("right"), m_score.right},
        {QStringLiteral("answered"), m_score.answered},
        {QStringLiteral("exercise"), m_exercise},
        {QStringLiteral("answers"), answers},
    };
}

void QuizSession::saveIntoPage(QJsonObject& pageState) const
{
    pageState.insert(QStringLiteral("quiz"), saveState());
}

void QuizSession::leaveOutProgress(QJsonObject& pageState)
{
    const QJsonValue quiz = pageState.value(QStringLiteral("quiz"));
    if (!quiz.isObject())
        return;
    pageState.insert(QStringLiteral("quiz"), QJsonObject{{QStringLiteral("on"), quiz.toObject().value(QStringLiteral("on"))}});
}

void QuizSession::restoreFromPage(const QJsonObject& pageState, const QJsonObject& exercise)
{
    const QSignalBlocker blocker(this);
    setExercise(exercise);
    restoreState(pageState.value(QStringLiteral("quiz")).toObject());
}

void QuizSession::restoreState(const QJsonObject& state)
{
    m_on = state.value(QStringLiteral("on")).toBool(false);
    const int answered = std::max(0, state.value(QStringLiteral("answered")).toInt(0));
    m_score = {std::clamp(state.value(QStringLiteral("right")).toInt(0), 0, answered), answered};
    m_answers.clear();
    m_question.reset(); // the page reports the question it shows next
    const QString exercise = state.value(QStringLiteral("exercise")).toString();
    // Answers belong to their exercise: kept only when the page shows the same one.
    if (!exercise.isEmpty() && exercise == m_exercise) {
        const QJsonObject answers = state.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            bool ok = false;
            const int id = it.key().toInt(&ok);
            const int answer = it.value().toInt(Passed);
            if (ok && answer >= Passed && answer <= Right)
                m_answers.insert(id, answer);
        }
    }
    emit changed();
}

} // namespace convscope::ui
