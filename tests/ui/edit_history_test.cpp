// Edit ▸ Undo and Redo: the steps a page's history records, merges and puts back, on a page made
// for the test and on the program's own pages in the main window.

#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"
#include "tests/ui/main_window_driving.h"
#include "tests/ui/wait_until_idle.h"

#include "core/nn/network_spec.h"
#include "ui/edit_history.h"
#include "ui/main_window.h"
#include "ui/output_size/output_size_model.h"
#include "ui/output_size/output_size_page.h"
#include "ui/shared/page.h"
#include "ui/shared/page_history.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/training/training_model.h"
#include "ui/training/training_page.h"

#include <QAction>
#include <QCoreApplication>
#include <QJsonArray>
#include <QMenuBar>
#include <QWidget>

using namespace convscope;

namespace {

// A page whose whole editable state is a JSON object the test sets, plus a place that only moves.
class NotebookPage : public QWidget, public ui::Page {
public:
    QJsonObject state() const override
    {
        QJsonObject all = m_edits;
        all.insert(QStringLiteral("position"), m_position);
        return all;
    }
    void setState(const QJsonObject& state) override { m_edits = ui::withoutKeys(state, {QLatin1StringView("position")}); }
    QJsonObject editableState() const override { return m_edits; }
    void setEditableState(const QJsonObject& state) override
    {
        m_edits = state;
        ++applied;
    }
    QString editName(const QStringList& keys) const override { return keys.join(QLatin1Char('+')); }

    // What a student does: change a value, and the page says so.
    void edit(const QString& key, const QJsonValue& value)
    {
        m_edits.insert(key, value);
        announceEdit();
    }
    void editCell(int index, double value)
    {
        QJsonArray cells = m_edits.value(QStringLiteral("cells")).toArray();
        cells[index] = value;
        edit(QStringLiteral("cells"), cells);
    }
    void move()
    {
        ++m_position;
        announceEdit();
    }
    void restart() { restartHistory(); }
    const QJsonObject& edits() const { return m_edits; }
    int applied = 0;

private:
    QJsonObject m_edits{{QStringLiteral("stride"), 1}, {QStringLiteral("cells"), QJsonArray{0, 0, 0}}};
    int m_position = 0;
};

// A NotebookPage recorded by a history of its own.
struct Notebook {
    Notebook()
    {
        history.setPage(&page);
        page.setHistory(&history);
    }
    NotebookPage page;
    ui::PageHistory history;
};

} // namespace

TEST_CASE("An edit becomes a step that undo and redo put back; a change of what only moves does not",
          "[undo]")
{
    Notebook notebook;
    NotebookPage& page = notebook.page;
    ui::PageHistory& history = notebook.history;

    page.move();
    CHECK(history.count() == 0);

    page.edit(QStringLiteral("stride"), 2);
    REQUIRE(history.count() == 1);
    CHECK(history.undoText() == QStringLiteral("stride"));
    CHECK(page.applied == 0); // recording does not apply the edit a second time

    history.undo();
    CHECK(page.edits().value(QStringLiteral("stride")).toInt() == 1);
    CHECK_FALSE(history.canUndo());
    history.redo();
    CHECK(page.edits().value(QStringLiteral("stride")).toInt() == 2);
    CHECK(page.applied == 2);
}

TEST_CASE("Edits of one cell merge into one step; edits of two cells stay two", "[undo]")
{
    Notebook notebook;
    NotebookPage& page = notebook.page;
    ui::PageHistory& history = notebook.history;

    page.editCell(1, 7);
    page.editCell(1, 8);
    page.editCell(1, 9);
    CHECK(history.count() == 1);
    page.editCell(2, 5);
    CHECK(history.count() == 2);

    history.undo();
    CHECK(page.edits().value(QStringLiteral("cells")).toArray() == QJsonArray{0, 9, 0});
    history.undo();
    CHECK(page.edits().value(QStringLiteral("cells")).toArray() == QJsonArray{0, 0, 0});

    // A stride stepped up three times is one step too; a stride stepped back to where it was is none.
    Notebook second;
    NotebookPage& other = second.page;
    ui::PageHistory& steps = second.history;
    other.edit(QStringLiteral("stride"), 2);
    other.edit(QStringLiteral("stride"), 3);
    CHECK(steps.count() == 1);
    other.edit(QStringLiteral("stride"), 1);
    CHECK(steps.count() == 0);
}

TEST_CASE("A new start forgets the steps before it", "[undo]")
{
    Notebook notebook;
    NotebookPage& page = notebook.page;
    ui::PageHistory& history = notebook.history;
    page.edit(QStringLiteral("stride"), 2);
    page.restart();
    CHECK(history.count() == 0);
    page.edit(QStringLiteral("stride"), 3);
    history.undo();
    CHECK(page.edits().value(QStringLiteral("stride")).toInt() == 2);
}

TEST_CASE("Ctrl+Z in the main window undoes a cell typed on the Convolution page, and Ctrl+Shift+Z redoes it",
          "[undo][window]")
{
    ui::MainWindow window;
    auto* page = test::shownPage<ui::StepperPage>(window, "convolution");
    ui::StepperModel* model = page->model();
    const float before = model->image().at(0, 1, 2);

    QAction* undo = test::menuAction(window, QKeySequence::Undo);
    QAction* redo = test::menuAction(window, QKeySequence::Redo);
    REQUIRE(undo != nullptr);
    REQUIRE(redo != nullptr);
    CHECK_FALSE(undo->isEnabled());

    REQUIRE(model->setImageValue(0, 1, 2, 7.0f));
    QCoreApplication::processEvents(); // the model announces its changes on the next turn
    REQUIRE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo image edit"));
    // Stepping through the sum is no edit.
    model->jumpToOutput(1, 1);
    QCoreApplication::processEvents();
    CHECK(window.editHistory()->history(QStringLiteral("convolution"))->count() == 1);

    undo->trigger();
    QCoreApplication::processEvents();
    CHECK(model->image().at(0, 1, 2) == before);
    CHECK(redo->isEnabled());
    redo->trigger();
    QCoreApplication::processEvents();
    CHECK(model->image().at(0, 1, 2) == 7.0f);

    // Undo follows the page shown: the Output size page has nothing to undo yet.
    auto* sizes = test::shownPage<ui::OutputSizePage>(window, "output-size");
    CHECK_FALSE(undo->isEnabled());
    const int layers = static_cast<int>(sizes->model()->stack().layers().size());
    sizes->model()->removeLayer(0);
    QCoreApplication::processEvents();
    CHECK(undo->text() == QStringLiteral("&Undo layer stack change"));
    undo->trigger();
    QCoreApplication::processEvents();
    CHECK(static_cast<int>(sizes->model()->stack().layers().size()) == layers);
}

TEST_CASE("The steps survive a language switch, named in the new language", "[undo][window]")
{
    ui::MainWindow window;
    auto* page = test::shownPage<ui::StepperPage>(window, "convolution");
    const float before = page->model()->image().at(0, 0, 0);
    REQUIRE(page->model()->setImageValue(0, 0, 0, 5.0f));
    QCoreApplication::processEvents();

    test::waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("ko")));
    QCoreApplication::processEvents();
    ui::PageHistory* history = window.editHistory()->history(QStringLiteral("convolution"));
    REQUIRE(history->count() == 1);
    CHECK(history->undoText() == QStringLiteral("이미지 편집"));
    QAction* undo = test::menuAction(window, QKeySequence::Undo);
    REQUIRE(undo != nullptr);
    CHECK(undo->text() == QStringLiteral("이미지 편집 실행 취소(&U)"));
    undo->trigger();
    QCoreApplication::processEvents();
    page = qobject_cast<ui::StepperPage*>(window.page(QStringLiteral("convolution")));
    CHECK(page->model()->image().at(0, 0, 0) == before);
    test::waitUntilIdle(window); // the rebuilt Training page reads its dataset again
    REQUIRE(window.setLanguage(QStringLiteral("en")));
}

TEST_CASE("The Training page undoes a change of its architecture until a network is trained", "[undo][window]")
{
    ui::MainWindow window;
    auto* page = test::shownPage<ui::TrainingPage>(window, "training");
    ui::TrainingModel* model = page->model();
    QCoreApplication::processEvents();
    ui::PageHistory* history = window.editHistory()->history(QStringLiteral("training"));
    REQUIRE(history != nullptr);
    history->clear();

    const std::string design = model->spec().toText();
    model->removeLayer(1);
    QCoreApplication::processEvents();
    REQUIRE(history->count() == 1);
    CHECK(history->undoText() == QStringLiteral("architecture change"));
    history->undo();
    QCoreApplication::processEvents();
    CHECK(model->spec().toText() == design);
    history->redo();
    QCoreApplication::processEvents();
    CHECK(model->spec().toText() != design);
    CHECK(history->count() == 1);
}
