// A grid read without a mouse: Tab puts a reading cursor on a view that only shows values, the
// arrows move it, the accessible description (what a screen reader says) names the cell and its
// value with a true minus sign, Enter acts as a click and Esc hands the arrows back to the page.
#include "tests/catch.h"

#include "core/tensor.h"
#include "ui/widgets/tensor_view.h"

#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>

#include <optional>

using convscope::core::Matrix;
using convscope::ui::CellPos;
using convscope::ui::TensorView;

namespace {

void key(QWidget* widget, Qt::Key code, const QString& text = {})
{
    QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
}

void focus(QWidget* widget, Qt::FocusReason reason)
{
    QFocusEvent event(QEvent::FocusIn, reason);
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST_CASE("Tab gives a read-only grid a reading cursor that the arrows move")
{
    TensorView view;
    Matrix values(2, 3);
    values << 4, -3, 4, 2, 4, 3;
    view.setMatrix(values);
    view.resize(300, 200);
    CHECK(view.focusPolicy() & Qt::TabFocus);
    CHECK(view.accessibleDescription().startsWith(QStringLiteral("2 × 3 matrix, values from −3 to 4.")));

    // A click leaves the arrows to the page.
    focus(&view, Qt::MouseFocusReason);
    CHECK_FALSE(view.selectedCell().has_value());

    focus(&view, Qt::TabFocusReason);
    REQUIRE(view.selectedCell() == CellPos{0, 0});
    CHECK(view.accessibleDescription().endsWith(QStringLiteral("Row 1, column 1: 4")));
    key(&view, Qt::Key_Right);
    CHECK(view.selectedCell() == CellPos{0, 1});
    CHECK(view.accessibleDescription().endsWith(QStringLiteral("Row 1, column 2: −3")));
    key(&view, Qt::Key_Down);
    key(&view, Qt::Key_Down); // stays on the last row
    CHECK(view.selectedCell() == CellPos{1, 1});

    std::optional<CellPos> clicked;
    QObject::connect(&view, &TensorView::cellClicked, [&clicked](int row, int col) { clicked = CellPos{row, col}; });
    key(&view, Qt::Key_Return);
    CHECK(clicked == CellPos{1, 1});
    // Typing does not edit a view that only shows values.
    key(&view, Qt::Key_5, QStringLiteral("5"));
    CHECK_FALSE(view.isEditing());
    CHECK(view.matrix()(1, 1) == 4.0f);

    key(&view, Qt::Key_Escape);
    CHECK_FALSE(view.selectedCell().has_value());
    focus(&view, Qt::TabFocusReason);
    CHECK(view.selectedCell() == CellPos{0, 0});
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(&view, &out);
    CHECK_FALSE(view.selectedCell().has_value());
}

TEST_CASE("Tab into an editable grid selects its first cell, which keeps its selection afterwards")
{
    TensorView view;
    view.setMatrix(Matrix::Constant(3, 3, 1.0f));
    view.setEditable(true);
    view.resize(300, 300);
    view.show();
    focus(&view, Qt::TabFocusReason);
    REQUIRE(view.selectedCell() == CellPos{0, 0});
    key(&view, Qt::Key_Right);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(&view, &out);
    CHECK(view.selectedCell() == CellPos{0, 1});
    // Typing a digit there opens the cell's editor with it.
    key(&view, Qt::Key_7, QStringLiteral("7"));
    REQUIRE(view.isEditing());
    CHECK(view.editor()->text() == QStringLiteral("7"));
}
