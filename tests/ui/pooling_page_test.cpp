// The Pooling page: the three poolings of the lecture stepped through the player bar, dropped
// cells of sizes that do not divide, and an activation map pooled once, twice, three times.
#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"

#include "core/pool2d.h"
#include "ui/activation/activation_model.h"
#include "ui/activation/activation_page.h"
#include "ui/activation/current_activation_map.h"
#include "ui/activation/kernel_gallery.h"
#include "ui/pooling/pooling_grid_lesson.h"
#include "ui/pooling/pooling_map_lesson.h"
#include "ui/pooling/pooling_model.h"
#include "ui/pooling/pooling_page.h"
#include "ui/shared/step_player.h"
#include "ui/widgets/step_player_bar.h"
#include "ui/widgets/tensor_view.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <random>

using namespace convscope;
using ui::PoolingModel;
using ui::PoolingPage;

namespace {

QString plain(const QLabel* label) { return QTextDocumentFragment::fromHtml(label->text()).toPlainText(); }

// The model announces its changes once per turn of the event loop; the page draws then.
void settle() { QCoreApplication::processEvents(); }

void pressKey(QWidget* widget, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &press);
}

core::Tensor randomMap(int size)
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    core::Tensor map({1, size, size});
    for (float& v : map.values())
        v = value(rng);
    return map;
}

} // namespace

TEST_CASE("Max, average and min pooling of the same input, as in the lecture", "[pooling]")
{
    PoolingPage page;
    const PoolingModel* model = page.model();
    // 1 1 2 4 / 5 6 7 8 / 3 2 1 0 / 1 2 3 4 with a 2×2 window and stride 2.
    CHECK(model->output(core::PoolMode::Max) == core::Tensor::fromRows({{6, 8}, {3, 4}}));
    CHECK(model->output(core::PoolMode::Average) == core::Tensor::fromRows({{3.25f, 5.25f}, {2, 2}}));
    CHECK(model->output(core::PoolMode::Min) == core::Tensor::fromRows({{1, 2}, {1, 0}}));
    for (core::PoolMode mode : PoolingModel::modes)
        CHECK(model->output(mode) == core::pool2d(model->input(), mode, core::Pool2dParams::uniform(2)));
}

TEST_CASE("The player bar steps the window and the three outputs fill in together", "[pooling]")
{
    PoolingPage page;
    ui::StepPlayerBar* bar = page.grid()->controls();
    CHECK(page.model()->player()->count() == 4);
    CHECK(page.grid()->outputView(0)->filledCount() == 0);

    bar->forwardButton()->click();
    CHECK(page.model()->player()->position() == 1);
    CHECK(page.grid()->inputView()->window() == QRect(0, 0, 2, 2));
    CHECK(plain(page.grid()->sumLabel(0)) == QStringLiteral("max(1, 1, 5, 6) = 6"));
    CHECK(plain(page.grid()->sumLabel(1)) == QStringLiteral("(1 + 1 + 5 + 6) / 4 = 13 / 4 = 3.25"));
    CHECK(plain(page.grid()->sumLabel(2)) == QStringLiteral("min(1, 1, 5, 6) = 1"));
    for (int i = 0; i < 3; ++i) {
        CHECK(page.grid()->outputView(i)->filledCount() == 1);
        CHECK(page.grid()->outputView(i)->highlightedCells(ui::CellRole::Target) == QList<ui::CellPos>{{0, 0}});
    }
    // The max's cell (6, at row 1, column 1) is the one marked.
    CHECK(page.grid()->inputView()->highlightedCells(ui::CellRole::Picked) == QList<ui::CellPos>{{1, 1}});

    bar->forwardButton()->click();
    CHECK(page.grid()->inputView()->window() == QRect(2, 0, 2, 2));
    CHECK(plain(page.grid()->sumLabel(0)) == QStringLiteral("max(2, 4, 7, 8) = 8"));

    SECTION("the keyboard steps like the buttons")
    {
        pressKey(&page, Qt::Key_End);
        CHECK(page.model()->player()->position() == 4);
        CHECK(plain(page.grid()->sumLabel(2)) == QStringLiteral("min(1, 0, 3, 4) = 0"));
        pressKey(&page, Qt::Key_Left);
        CHECK(page.model()->player()->position() == 3);
        pressKey(&page, Qt::Key_Home);
        CHECK(page.model()->player()->position() == 0);
        CHECK(page.grid()->sumLabel(0)->text().isEmpty());
    }

    SECTION("clicking an output cell jumps to its step")
    {
        emit page.grid()->outputView(1)->cellClicked(1, 0);
        CHECK(page.model()->player()->position() == 3);
        CHECK(page.grid()->inputView()->window() == QRect(0, 2, 2, 2));
    }

    SECTION("back steps back")
    {
        bar->backButton()->click();
        CHECK(page.model()->player()->position() == 1);
        CHECK(page.grid()->inputView()->window() == QRect(0, 0, 2, 2));
    }
}

TEST_CASE("Sizes that do not divide show the dropped cells", "[pooling]")
{
    PoolingPage page;
    page.grid()->rowsBox()->setValue(5);
    page.grid()->colsBox()->setValue(5);
    settle();
    // ⌊(5 − 2)/2⌋ + 1 = 2 windows each way: the last row and column are dropped.
    CHECK(page.model()->droppedRows() == 1);
    CHECK(page.model()->droppedCols() == 1);
    const QList<ui::CellPos> dropped = page.grid()->inputView()->highlightedCells(ui::CellRole::Uncovered);
    CHECK(dropped.size() == 9);
    CHECK(dropped.contains(ui::CellPos{4, 0}));
    CHECK(dropped.contains(ui::CellPos{0, 4}));
    CHECK_FALSE(dropped.contains(ui::CellPos{3, 3}));
    CHECK(plain(page.grid()->formulaLabel()).contains(QStringLiteral("never covered")));
    CHECK(page.model()->output(core::PoolMode::Max).dim(-1) == 2);

    SECTION("stride 3 with a window of 2 drops nothing on 5 cells")
    {
        page.grid()->strideBox()->setValue(3);
        settle();
        CHECK(page.model()->droppedRows() == 0);
        CHECK(page.grid()->inputView()->highlightedCells(ui::CellRole::Uncovered).isEmpty());
    }

    SECTION("a window larger than the input gives no output and says so")
    {
        page.grid()->windowBox()->setValue(6);
        settle();
        CHECK_FALSE(page.model()->valid());
        CHECK_FALSE(page.grid()->outputView(0)->isVisibleTo(&page));
        CHECK(plain(page.grid()->formulaLabel()).contains(QStringLiteral("no window fits")));
        CHECK(page.model()->player()->count() == 0);
    }
}

TEST_CASE("An activation map pooled once, twice and three times", "[pooling]")
{
    PoolingPage page;
    PoolingModel* model = page.model();
    const core::Tensor map = randomMap(512);
    model->setSourceMap(map, QStringLiteral("Edge"));
    settle();

    const core::Tensor once = core::pool2d(map, core::PoolMode::Max, core::Pool2dParams::uniform(2));
    REQUIRE(model->pooledMaps().size() == 1);
    CHECK(model->pooledMaps()[0] == once);
    CHECK(page.map()->pooledMapView()->rows() == 256);
    CHECK(page.map()->sourceMapView()->rows() == 512);
    CHECK(page.map()->mapSizesLabel()->text().startsWith(QStringLiteral("512×512 → 256×256")));
    // Both views draw through the same value range.
    CHECK(page.map()->sourceMapView()->valueRange() == page.map()->pooledMapView()->valueRange());

    page.map()->repeatButtons()->button(3)->click();
    settle();
    REQUIRE(model->pooledMaps().size() == 3);
    const core::Tensor twice = core::pool2d(once, core::PoolMode::Max, core::Pool2dParams::uniform(2));
    CHECK(model->pooledMaps()[1] == twice);
    CHECK(model->pooledMaps()[2] == core::pool2d(twice, core::PoolMode::Max, core::Pool2dParams::uniform(2)));
    CHECK(page.map()->mapSizesLabel()->text().startsWith(QStringLiteral("512×512 → 256×256 → 128×128 → 64×64")));
    CHECK(page.map()->pooledMapView()->rows() == 64);

    SECTION("a map too small for another window stops early and says why")
    {
        model->setSourceMap(randomMap(3), QStringLiteral("Blur"));
        settle();
        CHECK(model->pooledMaps().size() == 1);
        CHECK(page.map()->mapSizesLabel()->text().contains(QStringLiteral("too small")));
    }
}

TEST_CASE("The Pooling page pools the map chosen on the Activation maps page", "[pooling]")
{
    ui::ActivationPage activation;
    PoolingPage pooling(activation.currentMap());
    REQUIRE(activation.model()->openFile(QStringLiteral(":/samples/checkerboard.png")));
    activation.gallery()->caption(1)->click();

    // Not on screen: the map waits until the page is shown.
    pooling.show();
    settle();
    const core::Tensor& edge = activation.model()->selectedMap().values;
    CHECK(pooling.model()->sourceMap() == edge);
    CHECK(pooling.model()->pooledMaps().front() == core::pool2d(edge, core::PoolMode::Max, core::Pool2dParams::uniform(2)));
    CHECK(pooling.map()->mapSizesLabel()->text().startsWith(QStringLiteral("256×256 → 128×128")));

    activation.gallery()->caption(5)->click();
    CHECK(pooling.model()->sourceMap() == activation.model()->selectedMap().values);
}

TEST_CASE("The Pooling page outlives the page that shared the map", "[pooling]")
{
    auto* activation = new ui::ActivationPage;
    PoolingPage pooling(activation->currentMap());
    const core::Tensor map = activation->model()->selectedMap().values;
    delete activation;
    pooling.show();
    CHECK(pooling.model()->sourceMap() == map);
    CHECK(pooling.model()->pooledMaps().size() == 1);
}

TEST_CASE("A rebuilt Pooling page gets the same grid, step and map settings back", "[pooling]")
{
    PoolingPage first;
    PoolingModel* model = first.model();
    model->setInputSize(5, 6);
    model->setInputValue(4, 5, 9.5f);
    model->setWindow(3);
    model->setFocus(core::PoolMode::Min);
    model->player()->setPosition(2);
    model->setMapMode(core::PoolMode::Average);
    model->setMapWindow(3);
    model->setRepeats(2);

    PoolingPage second;
    second.setState(first.state());
    const PoolingModel* restored = second.model();
    CHECK(restored->input() == model->input());
    CHECK(restored->window() == 3);
    CHECK(restored->stride() == 3);
    CHECK(restored->focus() == core::PoolMode::Min);
    CHECK(restored->player()->position() == 2);
    CHECK(restored->mapMode() == core::PoolMode::Average);
    CHECK(restored->mapWindow() == 3);
    CHECK(restored->repeats() == 2);
    CHECK(second.map()->mapModeBox()->currentIndex() == 1);
    CHECK(second.presentationHidden().size() == 3); // settings, map controls, GIF button
}

TEST_CASE("One edit of the Pooling model is one signal, on the next turn of the event loop", "[pooling]")
{
    PoolingModel model;
    QCoreApplication::processEvents(); // what the constructor announced
    int structure = 0;
    int values = 0;
    int maps = 0;
    QObject::connect(&model, &PoolingModel::structureChanged, [&structure] { ++structure; });
    QObject::connect(&model, &PoolingModel::valuesChanged, [&values] { ++values; });
    QObject::connect(&model, &PoolingModel::mapChanged, [&maps] { ++maps; });

    SECTION("a restored state changes the grid's settings and the map's: one signal for each part")
    {
        QJsonObject state = model.saveState();
        state.insert(QStringLiteral("window"), 3);
        state.insert(QStringLiteral("repeats"), 2);
        model.restoreState(state);
        CHECK(structure == 0);
        QCoreApplication::processEvents();
        CHECK(structure == 1);
        CHECK(values == 0);
        CHECK(maps == 1);
    }
    SECTION("typed cell values keep the shapes: one values change")
    {
        CHECK(model.setInputValue(0, 0, 9.0f));
        CHECK(model.setInputValue(0, 1, 9.0f));
        QCoreApplication::processEvents();
        CHECK(structure == 0);
        CHECK(values == 1);
        CHECK(maps == 0);
    }
    SECTION("a new window and a new stride in one turn: one structure change")
    {
        model.setWindow(3);
        model.setStride(1);
        QCoreApplication::processEvents();
        CHECK(structure == 1);
        CHECK(values == 0);
    }
}
