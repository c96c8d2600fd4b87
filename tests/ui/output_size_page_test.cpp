// The Output size page: the lecture's formula and MNIST example, the statuses of core::outputSize
// in words, the shape block and the stack builder, driven through the page's controls.
#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"

#include "ui/io/output_size_text.h"
#include "ui/output_size/layer_stack.h"
#include "ui/output_size/output_size_model.h"
#include "ui/output_size/output_size_page.h"
#include "ui/output_size/shape_block_view.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocumentFragment>

#include <vector>

using namespace convscope;
using ui::OutputSizePage;

namespace {

// The model announces its changes once per turn of the event loop; the page draws then.
void settle() { QCoreApplication::processEvents(); }

QString plain(const QLabel* label) { return QTextDocumentFragment::fromHtml(label->text()).toPlainText(); }

QString cellText(const QTableWidget* table, int row, int column) { return table->item(row, column)->text(); }

} // namespace

TEST_CASE("The MNIST button gives the lecture's 14×14×64 and its parameter count", "[output-size]")
{
    OutputSizePage page;
    page.mnistButton()->click();
    settle();

    CHECK(page.spinBox(OutputSizePage::InputWidth)->value() == 28);
    CHECK(page.spinBox(OutputSizePage::InputHeight)->value() == 28);
    CHECK(page.spinBox(OutputSizePage::InputChannels)->value() == 1);
    CHECK(page.spinBox(OutputSizePage::Filter)->value() == 4);
    CHECK(page.spinBox(OutputSizePage::Stride)->value() == 2);
    CHECK(page.spinBox(OutputSizePage::Padding)->value() == 1);
    CHECK(page.spinBox(OutputSizePage::Filters)->value() == 64);

    const ui::StackShape shape = page.model()->outputShape();
    CHECK(shape.width == 14);
    CHECK(shape.height == 14);
    CHECK(shape.channels == 64);
    CHECK(plain(page.shapeLabel()).contains(QStringLiteral("[14, 14, 64]")));
    // 64 filters of 1·4·4 weights and a bias each.
    CHECK(page.model()->parameterCount() == 64 * (1 * 4 * 4 + 1));
    CHECK(page.explanationLabel()->text().contains(QStringLiteral("every input column is covered")));
}

TEST_CASE("The formula is written with the numbers substituted", "[output-size]")
{
    const core::OutputSize mnist = core::outputSize(28, 4, 2, 1);
    const QString text = QTextDocumentFragment::fromHtml(
                             io::OutputSizeText::substitutedFormula(io::OutputSizeText::Axis::Width, mnist, {28, 4, 2, 1, 1}))
                             .toPlainText();
    // As on the lecture's slide: (28 − 4 + 2·1)/2 + 1 = 14, with a true minus sign.
    CHECK(text == QStringLiteral("= (28 − 4 + 2·1) / 2 + 1 = 13 + 1 = 14"));

    const core::OutputSize notWhole = core::outputSize(28, 5, 2, 0);
    const QString floorText = QTextDocumentFragment::fromHtml(io::OutputSizeText::substitutedFormula(
                                                                  io::OutputSizeText::Axis::Width, notWhole, {28, 5, 2, 0, 1}))
                                  .toPlainText();
    CHECK(floorText == QStringLiteral("= ⌊(28 − 5 + 2·0) / 2⌋ + 1 = ⌊11.5⌋ + 1 = 12"));
}

TEST_CASE("A formula breaks onto a new line only before an equals sign", "[output-size]")
{
    using Axis = io::OutputSizeText::Axis;
    const std::vector<QString> formulas = {
        io::OutputSizeText::generalFormula(Axis::Width, true),
        io::OutputSizeText::substitutedFormula(Axis::Width, core::outputSize(28, 4, 2, 1), {28, 4, 2, 1, 1}),
        io::OutputSizeText::substitutedFormula(Axis::Height, core::outputSize(28, 5, 2, 0), {28, 5, 2, 0, 1}),
        io::OutputSizeText::substitutedFormula(Axis::Width, core::outputSize(3, 5, 1, 0), {3, 5, 1, 0, 1}),
        io::OutputSizeText::effectiveFilterFormula(core::outputSize(28, 3, 1, 0, 2), {28, 3, 1, 0, 2}),
    };
    for (const QString& formula : formulas) {
        INFO(formula.toStdString());
        CHECK(formula.contains(QChar::Nbsp));
        for (qsizetype i = formula.indexOf(QLatin1Char(' ')); i >= 0; i = formula.indexOf(QLatin1Char(' '), i + 1))
            CHECK(formula.mid(i + 1, 1) == QStringLiteral("="));
    }

    // Read as text, the formula is the lecture's, spaces and all.
    const QString plainFormula = QTextDocumentFragment::fromHtml(formulas[1]).toPlainText();
    CHECK(plainFormula == QStringLiteral("= (28 − 4 + 2·1) / 2 + 1 = 13 + 1 = 14"));
}

TEST_CASE("A long stack gives every block's caption a slot of its own, scrolling sideways", "[output-size]")
{
    OutputSizePage page;
    page.resize(1280, 760);
    page.show();
    for (int i = 0; i < 8; ++i)
        page.model()->appendLayer(i % 2 == 0 ? core::LayerSpec::conv(128, 3, 1) : core::LayerSpec::maxPool(2));
    settle();
    QCoreApplication::processEvents();
    const ui::ShapeBlockView* view = page.stackBlocks();
    const int count = static_cast<int>(view->blocks().size());
    REQUIRE(count >= 10);
    CHECK(view->width() >= view->minimumSizeHint().width());
    for (int i = 0; i < count; ++i) {
        INFO(i);
        const QRectF caption = view->captionRect(i);
        CHECK(caption.left() >= 0);
        CHECK(caption.right() <= view->width());
        CHECK(caption.width() >= view->widestCaption());
        if (i > 0)
            CHECK(caption.left() >= view->captionRect(i - 1).right());
    }
    // The view is wider than the room beside the table: it scrolls rather than squeezing.
    CHECK(view->width() > view->parentWidget()->width());
}

TEST_CASE("Settings that do not divide or do not fit are explained", "[output-size]")
{
    OutputSizePage page;
    page.mnistButton()->click();
    settle();

    SECTION("a stride that does not divide drops the last column")
    {
        page.spinBox(OutputSizePage::Filter)->setValue(5);
        settle();
        page.spinBox(OutputSizePage::Padding)->setValue(0);
        settle();
        // 28 − 5 = 23 is odd: W_out = ⌊23/2⌋ + 1 = 12 and one column is never covered.
        CHECK(page.model()->widthSize().status == core::OutputSizeStatus::NotWhole);
        CHECK(page.model()->outputShape().width == 12);
        CHECK(page.explanationLabel()->text().contains(QStringLiteral("rounded down to 12")));
        CHECK(page.explanationLabel()->text().contains(QStringLiteral("the last 1 column(s)")));
    }

    SECTION("a filter larger than the padded input gives no output")
    {
        page.spinBox(OutputSizePage::InputWidth)->setValue(3);
        settle();
        page.spinBox(OutputSizePage::Padding)->setValue(0);
        settle();
        CHECK_FALSE(page.model()->outputValid());
        CHECK(page.explanationLabel()->text().contains(QStringLiteral("no window fits")));
        CHECK(page.explanationLabel()->text().contains(QStringLiteral("only 3 cells wide")));
        CHECK(plain(page.shapeLabel()).contains(QStringLiteral("No output")));
    }

    SECTION("dilation widens the filter")
    {
        page.spinBox(OutputSizePage::Dilation)->setValue(2);
        settle();
        // F_eff = 2·(4 − 1) + 1 = 7: (28 − 7 + 2)/2 + 1 = 12 (23/2 rounded down).
        CHECK(page.model()->widthSize().effectiveFilter == 7);
        CHECK(page.model()->outputShape().width == 12);
    }
}

TEST_CASE("The shape blocks follow the settings", "[output-size]")
{
    OutputSizePage page;
    page.mnistButton()->click();
    settle();
    const ui::ShapeBlockView* block = page.shapeBlocks();
    REQUIRE(block->blocks().size() == 2);
    CHECK(block->blocks()[0].shape.width == 28);
    CHECK(block->blocks()[1].shape.width == 14);
    CHECK(block->blocks()[1].shape.channels == 64);
    CHECK(block->blocks()[1].valid);
}

TEST_CASE("The stack builder gives the shape and parameters after every layer", "[output-size]")
{
    OutputSizePage page;
    page.mnistButton()->click();
    settle();
    const QTableWidget* table = page.stackTable();

    // The classroom CNN's feature extractor on a 28×28×1 digit.
    REQUIRE(table->rowCount() == 5);
    CHECK(cellText(table, 0, 5) == QStringLiteral("28×28×1"));
    CHECK(cellText(table, 1, 5) == QStringLiteral("28×28×8"));
    CHECK(cellText(table, 2, 5) == QStringLiteral("14×14×8"));
    CHECK(cellText(table, 3, 5) == QStringLiteral("14×14×16"));
    CHECK(cellText(table, 4, 5) == QStringLiteral("7×7×16"));
    CHECK(page.model()->stack().totalParameters() == 8 * (1 * 9 + 1) + 16 * (8 * 9 + 1));

    SECTION("editing a layer's filter count updates the shapes and counts after it")
    {
        auto* filters = qobject_cast<QSpinBox*>(table->cellWidget(1, 4));
        REQUIRE(filters);
        filters->setValue(4);
        settle();
        CHECK(cellText(table, 1, 5) == QStringLiteral("28×28×4"));
        CHECK(page.model()->stack().totalParameters() == 4 * (1 * 9 + 1) + 16 * (4 * 9 + 1));
    }

    SECTION("turning a convolution into pooling keeps the channels and costs nothing")
    {
        auto* kind = qobject_cast<QComboBox*>(table->cellWidget(3, 0));
        REQUIRE(kind);
        kind->setCurrentIndex(1);
        settle();
        // pool 3×3 with stride 1 on 14×14×8: (14 − 3)/1 + 1 = 12.
        CHECK(cellText(table, 3, 5) == QStringLiteral("12×12×8"));
        CHECK(cellText(table, 3, 6) == QStringLiteral("0"));
        CHECK(cellText(table, 4, 5) == QStringLiteral("6×6×8"));
    }

    SECTION("a layer that no longer fits is named and the later ones are not evaluated")
    {
        for (int i = 0; i < 3; ++i)
            page.model()->appendLayer(core::LayerSpec::maxPool(2));
        settle();
        // 7 → 3 → 1 → a 2×2 window does not fit a 1×1 map.
        REQUIRE(table->rowCount() == 8);
        CHECK(cellText(table, 5, 5) == QStringLiteral("3×3×16"));
        CHECK(cellText(table, 6, 5) == QStringLiteral("1×1×16"));
        CHECK(cellText(table, 7, 5) == QStringLiteral("does not fit"));
        CHECK(table->item(7, 5)->toolTip().contains(QStringLiteral("no window fits")));
    }
}

TEST_CASE("A stack evaluates like core::outputSize layer by layer", "[output-size]")
{
    ui::LayerStack stack;
    stack.setInput({32, 32, 3});
    stack.append(core::LayerSpec::conv(6, 5));
    stack.append(core::LayerSpec::maxPool(2));
    stack.append(core::LayerSpec::conv(16, 5));
    stack.append(core::LayerSpec::maxPool(2));
    const std::vector<ui::StackRow> rows = stack.evaluate();
    // LeNet-5's feature extractor: 28×28×6, 14×14×6, 10×10×16, 5×5×16.
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].shape.width == 28);
    CHECK(rows[0].parameters == 6 * (3 * 25 + 1));
    CHECK(rows[1].shape.width == 14);
    CHECK(rows[2].shape.width == 10);
    CHECK(rows[2].parameters == 16 * (6 * 25 + 1));
    CHECK(rows[3].shape.width == 5);
    CHECK(rows[3].shape.channels == 16);
}

TEST_CASE("The stack holds at most 16 layers and the add buttons say so", "[output-size]")
{
    OutputSizePage page;
    QPushButton* addConv = nullptr;
    for (QPushButton* button : page.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Add convolution"))
            addConv = button;
    REQUIRE(addConv != nullptr);
    // The button learns the stack is full at the model's next signal, one turn of the event loop on.
    while (addConv->isEnabled() && page.model()->stack().layers().size() < 100) {
        addConv->click();
        settle();
    }
    CHECK(page.model()->stack().layers().size() == static_cast<std::size_t>(ui::LayerStack::maxLayers));
    CHECK(page.stackTable()->rowCount() == ui::LayerStack::maxLayers + 1);
    page.model()->appendLayer(core::LayerSpec::maxPool(2));
    settle();
    CHECK(page.model()->stack().layers().size() == static_cast<std::size_t>(ui::LayerStack::maxLayers));

    page.model()->removeLayer(0);
    settle();
    CHECK(addConv->isEnabled());
}

TEST_CASE("A rebuilt Output size page gets the same settings and stack back", "[output-size]")
{
    OutputSizePage first;
    first.mnistButton()->click();
    settle();
    first.model()->appendLayer(core::LayerSpec::conv(32, 5, 2));
    settle();

    OutputSizePage second;
    second.setState(first.state());
    CHECK(second.model()->settings() == ui::OutputSizeSettings::mnistExample());
    REQUIRE(second.model()->stack().layers().size() == 5);
    CHECK(second.model()->stack().layers()[4].units == 32);
    CHECK(second.model()->stack().layers()[4].padding == 2);
    CHECK(second.stackTable()->rowCount() == 6);
    CHECK(plain(second.shapeLabel()).contains(QStringLiteral("[14, 14, 64]")));
}

TEST_CASE("One edit of the Output size model is one signal for each part, on the next turn", "[output-size]")
{
    ui::OutputSizeModel model;
    int settings = 0;
    int stack = 0;
    QObject::connect(&model, &ui::OutputSizeModel::settingsChanged, [&settings] { ++settings; });
    QObject::connect(&model, &ui::OutputSizeModel::stackChanged, [&stack] { ++stack; });

    SECTION("a new input changes the layer and the stack it feeds")
    {
        model.loadMnistExample();
        CHECK(settings == 0);
        QCoreApplication::processEvents();
        CHECK(settings == 1);
        CHECK(stack == 1);
    }
    SECTION("a new filter size changes the layer only")
    {
        ui::OutputSizeSettings s = model.settings();
        s.filter = 3;
        model.setSettings(s);
        s.stride = 2;
        model.setSettings(s);
        QCoreApplication::processEvents();
        CHECK(settings == 1);
        CHECK(stack == 0);
    }
    SECTION("adding and removing layers in one turn is one stack change")
    {
        model.appendLayer(core::LayerSpec::maxPool(2));
        model.removeLayer(0);
        QCoreApplication::processEvents();
        CHECK(settings == 0);
        CHECK(stack == 1);
    }
}
