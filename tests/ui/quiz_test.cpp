// Quiz mode on the Convolution, Pooling and Output size pages: the next output value (or the
// output shape) stays hidden until the student types it; right, wrong and bad text; the score;
// the revealed values against core::conv2d, core::pool2d and core::outputSize.
#include "tests/catch.h"

#include "core/conv2d.h"
#include "core/output_size.h"
#include "core/pool2d.h"
#include "ui/output_size/output_size_model.h"
#include "ui/output_size/output_size_page.h"
#include "ui/pooling/pooling_grid_lesson.h"
#include "ui/pooling/pooling_model.h"
#include "ui/pooling/pooling_page.h"
#include "ui/shared/quiz_session.h"
#include "ui/shared/step_player.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/widgets/quiz_bar.h"
#include "ui/widgets/tensor_view.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <algorithm>
#include <string>

using namespace convscope;
using ui::CellPos;
using ui::QuizBar;

namespace {

std::string text(const QString& value) { return value.toStdString(); }

std::string plain(const QLabel* label)
{
    return text(QTextDocumentFragment::fromHtml(label->text()).toPlainText());
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void showPage(QWidget& page)
{
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    settle();
}

// Turns the quiz on by keyboard, as a student without a mouse does: the toggle takes Space.
void turnOn(QuizBar* bar)
{
    bar->toggle()->setFocus();
    QTest::keyClick(bar->toggle(), Qt::Key_Space);
    settle();
    REQUIRE(bar->toggle()->isChecked());
}

// Types into an answer box and presses Enter.
void answer(QuizBar* bar, const QString& typed, int field = 0)
{
    QLineEdit* box = bar->field(field);
    box->setFocus();
    box->selectAll();
    if (typed.isEmpty())
        box->clear();
    else if (std::all_of(typed.begin(), typed.end(), [](QChar c) { return c.unicode() < 128; }))
        QTest::keyClicks(box, typed);
    else
        box->insert(typed); // QTest types ASCII only: "−" as an input method would

    if (field + 1 == static_cast<int>(bar->answers().size()))
        QTest::keyClick(box, Qt::Key_Return);
    settle();
}

const core::Tensor lectureImage =
    core::Tensor::fromRows({{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}});
const core::Tensor lectureKernel = core::Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}).reshaped({1, 1, 3, 3});

} // namespace

TEST_CASE("Convolution quiz: the lecture's first cell stays hidden until 4 is typed", "[quiz][stepper]")
{
    ui::StepperPage page;
    showPage(page);
    page.model()->resetToLectureExample();
    settle();
    QuizBar* bar = page.quizBar();
    CHECK_FALSE(bar->field()->isVisible());
    turnOn(bar);

    // Asked: the first output cell is empty, marked "?", and the sum ends in "?".
    CHECK(page.quiz()->isAsking());
    CHECK(page.outputView()->filledCount() == 0);
    REQUIRE(page.outputView()->annotations().size() == 1);
    CHECK(text(page.outputView()->annotations().front().text) == "?");
    CHECK(text(page.sumText()) == "1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = ?");
    CHECK(bar->field()->hasFocus());

    answer(bar, QStringLiteral("4"));
    CHECK_FALSE(page.quiz()->isAsking());
    CHECK(text(bar->feedbackText()) == "Right! 1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4");
    CHECK(page.outputView()->filledCount() == 1);
    CHECK(page.outputView()->valueAt({0, 0}) == 4.0f);
    CHECK(text(page.sumText()) == "1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4");
    CHECK(text(bar->scoreLabel()->text()) == "Score: 1 of 1 right");
    // The answer handed the keys back to the page: → asks the lecture's second cell, 3.
    CHECK(page.hasFocus());
    QTest::keyClick(&page, Qt::Key_Right);
    settle();
    CHECK(page.model()->player()->position() == 2);
    CHECK(page.quiz()->isAsking());
    CHECK(page.outputView()->filledCount() == 1);
    CHECK(bar->field()->text().isEmpty());

    answer(bar, QStringLiteral("4"));
    CHECK(text(bar->feedbackText()) == "Not quite: the answer is 3. 1×1 + 1×0 + 0×1 + 1×0 + 1×1 + 1×0 + 0×1 + 1×0 + 1×1 = 3");
    CHECK(page.outputView()->filledCount() == 2);
    CHECK(text(bar->scoreLabel()->text()) == "Score: 1 of 2 right");
}

TEST_CASE("Convolution quiz: bad text gets the grids' message and never counts", "[quiz][stepper]")
{
    ui::StepperPage page;
    showPage(page);
    page.model()->resetToLectureExample();
    settle();
    QuizBar* bar = page.quizBar();
    turnOn(bar);
    for (const QString& bad : {QString(), QStringLiteral("-"), QStringLiteral("four"), QStringLiteral("nan")}) {
        answer(bar, bad);
        CAPTURE(text(bad));
        CHECK(page.quiz()->isAsking());
        CHECK(page.quiz()->score().answered == 0);
        CHECK(page.outputView()->filledCount() == 0);
    }
    CHECK(text(bar->feedbackText()) == "“nan” is not a finite number.");
    answer(bar, QStringLiteral("four"));
    CHECK(text(bar->feedbackText()) == "“four” is not a number.");
    answer(bar, QString());
    CHECK(text(bar->feedbackText()) == "Type a number.");
    answer(bar, QStringLiteral("1/0"));
    CHECK(text(bar->feedbackText()) == "“1/0” divides by zero.");
    CHECK(text(bar->scoreLabel()->text()) == "Score: 0 of 0 right");
    // A true minus sign and a fraction are numbers: a wrong answer, counted.
    answer(bar, QStringLiteral("−8/2"));
    CHECK(page.quiz()->verdict() == false);
    CHECK(text(bar->scoreLabel()->text()) == "Score: 0 of 1 right");
}

TEST_CASE("Convolution quiz: every revealed value is core::conv2d's, and the score counts them", "[quiz][stepper]")
{
    ui::StepperPage page;
    showPage(page);
    page.model()->resetToLectureExample();
    settle();
    const core::Tensor expected = core::conv2d(lectureImage, lectureKernel, {}, core::Conv2dParams{});
    QuizBar* bar = page.quizBar();
    turnOn(bar);
    // Right on every cell but the last, which is answered one too high.
    for (int cell = 0; cell < 9; ++cell) {
        const int row = cell / 3;
        const int col = cell % 3;
        REQUIRE(page.model()->player()->position() == cell + 1);
        REQUIRE(page.quiz()->isAsking());
        CHECK(page.outputView()->filledCount() == cell);
        const float truth = expected.at(0, row, col);
        answer(bar, QString::number(cell == 8 ? truth + 1.0f : truth));
        CHECK(page.outputView()->filledCount() == cell + 1);
        CHECK(page.outputView()->valueAt({row, col}) == truth);
        if (cell < 8)
            QTest::keyClick(&page, Qt::Key_Right);
        settle();
    }
    CHECK(page.quiz()->score() == core::QuizScore{8, 9});
    CHECK(text(bar->scoreLabel()->text()) == "Score: 8 of 9 right");

    // Stepping back shows answered cells; reset clears the score, the answers stay.
    QTest::keyClick(&page, Qt::Key_Left);
    settle();
    CHECK_FALSE(page.quiz()->isAsking());
    CHECK(page.quiz()->verdict() == true);
    QTest::mouseClick(bar->resetButton(), Qt::LeftButton);
    settle();
    CHECK(text(bar->scoreLabel()->text()) == "Score: 0 of 0 right");

    // Playing asks again after a change of the image: it pauses on the first new cell.
    page.model()->setImageValue(0, 0, 0, 2.0f);
    settle();
    page.model()->player()->goToStart();
    settle();
    page.model()->player()->setStepsPerSecond(10.0);
    page.model()->player()->play();
    for (int wait = 0; wait < 100 && page.model()->player()->position() < 1; ++wait)
        QTest::qWait(20);
    QTest::qWait(300); // three more ticks, had it not paused
    settle();
    CHECK(page.model()->player()->position() == 1);
    CHECK(page.quiz()->isAsking());
    CHECK_FALSE(page.model()->player()->isPlaying());
    CHECK(page.outputView()->filledCount() == 0);
}

TEST_CASE("Convolution quiz: Play waits for the answer to the question asked", "[quiz][stepper]")
{
    ui::StepperPage page;
    showPage(page);
    page.model()->resetToLectureExample();
    settle();
    turnOn(page.quizBar());
    page.model()->player()->setStepsPerSecond(10.0);
    QTest::keyClick(&page, Qt::Key_Space);
    QTest::qWait(300); // three ticks, had it played
    settle();
    CHECK_FALSE(page.model()->player()->isPlaying());
    CHECK(page.model()->player()->position() == 1);
    CHECK(page.quiz()->isAsking());
    CHECK(text(page.quizBar()->feedbackText()) == "Type your answer first, or step forward to skip this one.");
    CHECK(page.quizBar()->field()->hasFocus());
}

TEST_CASE("Convolution quiz: stepping past a question shows it without a score", "[quiz][stepper]")
{
    ui::StepperPage page;
    showPage(page);
    page.model()->resetToLectureExample();
    settle();
    turnOn(page.quizBar());
    QTest::keyClick(&page, Qt::Key_Right);
    settle();
    CHECK(page.model()->player()->position() == 2);
    CHECK(page.quiz()->isAsking());
    CHECK(page.outputView()->filledCount() == 1); // the skipped 4 is shown
    QTest::keyClick(&page, Qt::Key_Left);
    settle();
    CHECK_FALSE(page.quiz()->isAsking());
    CHECK(page.quiz()->score().answered == 0);
}

TEST_CASE("Convolution quiz: on/off and score survive the page's state (lesson file, language switch)", "[quiz][stepper]")
{
    ui::StepperPage page;
    showPage(page);
    page.model()->resetToLectureExample();
    settle();
    turnOn(page.quizBar());
    answer(page.quizBar(), QStringLiteral("4"));
    QTest::keyClick(&page, Qt::Key_Right);
    settle();
    answer(page.quizBar(), QStringLiteral("2"));
    QTest::keyClick(&page, Qt::Key_Right);
    settle();
    const QJsonObject state = page.state();

    ui::StepperPage rebuilt;
    rebuilt.setState(state);
    showPage(rebuilt);
    settle();
    CHECK(rebuilt.quizBar()->toggle()->isChecked());
    CHECK(rebuilt.quiz()->score() == core::QuizScore{1, 2});
    CHECK(text(rebuilt.quizBar()->scoreLabel()->text()) == "Score: 1 of 2 right");
    // Still asking the third cell; the two answered ones stay answered.
    CHECK(rebuilt.model()->player()->position() == 3);
    CHECK(rebuilt.quiz()->isAsking());
    CHECK(rebuilt.outputView()->filledCount() == 2);
    QTest::keyClick(&rebuilt, Qt::Key_Left);
    settle();
    CHECK(rebuilt.quiz()->verdict() == false);

    // A state without a quiz (an older lesson file) turns it off.
    QJsonObject old = state;
    old.remove(QStringLiteral("quiz"));
    rebuilt.setState(old);
    settle();
    CHECK_FALSE(rebuilt.quizBar()->toggle()->isChecked());
    CHECK_FALSE(rebuilt.quiz()->isAsking());
    CHECK(rebuilt.outputView()->filledCount() == rebuilt.model()->player()->position());
}

TEST_CASE("Pooling quiz: the marked pooling's value is asked, the revealed one is core::pool2d's", "[quiz][pooling]")
{
    ui::PoolingPage page;
    showPage(page);
    page.model()->resetToExample(); // 4×4, window 2, stride 2: max [[6, 8], [3, 4]]
    page.model()->setFocus(core::PoolMode::Average);
    page.model()->player()->setPosition(1);
    settle();
    const core::Tensor averages =
        core::pool2d(page.model()->input(), core::PoolMode::Average, core::Pool2dParams{2, 2, 2, 2});
    const QLabel* averageSum = page.grid()->sumLabel(1);
    turnOn(page.grid()->quizBar());
    CHECK(page.grid()->quiz()->isAsking());
    CHECK(page.grid()->outputView(1)->filledCount() == 0);
    CHECK(page.grid()->outputView(0)->filledCount() == 1); // max is not the one asked
    CHECK(plain(averageSum) == "(1 + 1 + 5 + 6) / 4 = ? / 4 = ?");
    // 3.25 as a fraction: right.
    answer(page.grid()->quizBar(), QStringLiteral("13/4"));
    CHECK(page.grid()->quiz()->verdict() == true);
    CHECK(page.grid()->outputView(1)->valueAt({0, 0}) == averages.at(0, 0, 0));
    CHECK(averages.at(0, 0, 0) == 3.25f);
    CHECK(plain(averageSum) == "(1 + 1 + 5 + 6) / 4 = 13 / 4 = 3.25");
    CHECK(text(page.grid()->quizBar()->feedbackText()) == "Right! (1 + 1 + 5 + 6) / 4 = 13 / 4 = 3.25");

    page.model()->player()->stepForward();
    settle();
    answer(page.grid()->quizBar(), QStringLiteral("5.2")); // (2 + 4 + 7 + 8) / 4 = 5.25
    CHECK(page.grid()->quiz()->verdict() == false);
    CHECK(text(page.grid()->quizBar()->feedbackText()) == "Not quite: the answer is 5.25. (2 + 4 + 7 + 8) / 4 = 21 / 4 = 5.25");
    CHECK(page.grid()->outputView(1)->valueAt({0, 1}) == averages.at(0, 0, 1));
    answer(page.grid()->quizBar(), QStringLiteral("x"));
    CHECK(page.grid()->quiz()->score() == core::QuizScore{1, 2});
    CHECK(text(page.grid()->quizBar()->scoreLabel()->text()) == "Score: 1 of 2 right");

    // Max: the marks on the chosen cell would tell; they wait for the answer.
    page.model()->setFocus(core::PoolMode::Max);
    settle();
    CHECK(page.grid()->quiz()->isAsking());
    CHECK(page.grid()->inputView()->annotations().isEmpty());
    answer(page.grid()->quizBar(), QStringLiteral("8"));
    CHECK(page.grid()->quiz()->verdict() == true);
    CHECK_FALSE(page.grid()->inputView()->annotations().isEmpty());

    ui::PoolingPage rebuilt;
    rebuilt.setState(page.state());
    settle();
    CHECK(rebuilt.grid()->quiz()->isOn());
    CHECK(rebuilt.grid()->quiz()->score() == core::QuizScore{2, 3});
}

TEST_CASE("Output size quiz: the lecture's W_in = 5, F = 3, P = 0, S = 1 gives 3", "[quiz][output_size]")
{
    ui::OutputSizePage page;
    showPage(page);
    page.model()->setSettings({5, 5, 1, 3, 1, 0, 1, 1});
    settle();
    QuizBar* bar = page.quizBar();
    turnOn(bar);
    CHECK(page.quiz()->isAsking());
    CHECK(contains(plain(page.shapeLabel()), "[?, ?, ?]"));
    CHECK(plain(page.widthFormulaLabel()) == "Wout = (Win − F + 2P) / S + 1 = ?");

    // W_out, H_out and K are typed; a bad box names itself and is not counted.
    answer(bar, QStringLiteral("3"), 0);
    answer(bar, QStringLiteral("3"), 1);
    answer(bar, QStringLiteral("one"), 2);
    CHECK(text(bar->feedbackText()) == "K: “one” is not a number.");
    CHECK(page.quiz()->score().answered == 0);
    answer(bar, QStringLiteral("1"), 2);
    CHECK(page.quiz()->verdict() == true);
    CHECK(core::outputSize(5, 3, 1, 0).size == 3);
    CHECK(contains(plain(page.shapeLabel()), "[3, 3, 1]"));
    CHECK(contains(text(bar->feedbackText()), "Right!"));
    CHECK(contains(text(bar->feedbackText()), "(5 − 3 + 2·0) / 1 + 1 = 2 + 1 = 3"));

    // The lecture's MNIST example, answered [14, 14, 32]: wrong, the answer shown.
    page.model()->loadMnistExample();
    settle();
    CHECK(page.quiz()->isAsking());
    answer(bar, QStringLiteral("14"), 0);
    answer(bar, QStringLiteral("14"), 1);
    answer(bar, QStringLiteral("32"), 2);
    CHECK(page.quiz()->verdict() == false);
    CHECK(contains(text(bar->feedbackText()), "Not quite: the answer is [14, 14, 64]."));
    CHECK(text(bar->scoreLabel()->text()) == "Score: 1 of 2 right");

    const QJsonObject state = page.state();
    ui::OutputSizePage rebuilt;
    rebuilt.setState(state);
    settle();
    CHECK(rebuilt.quiz()->score() == core::QuizScore{1, 2});
    CHECK(rebuilt.quiz()->verdict() == false); // the same settings: still answered
}
