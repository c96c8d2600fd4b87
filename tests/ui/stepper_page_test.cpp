// The Convolution page driven through its own controls (keys, buttons, spin boxes, clicks on the
// grids), checked against core::conv2d and core::ConvTrace.
#include "tests/catch.h"
#include "tests/ui/wait_until_idle.h"

#include "core/conv2d.h"
#include "core/conv_trace.h"
#include "core/kernel_presets.h"
#include "ui/main_window.h"
#include "ui/network/network_page.h"
#include "ui/shared/step_requests.h"
#include "ui/shared/setting.h"
#include "ui/shared/step_text.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/stepper/stepper_settings_panel.h"
#include "ui/widgets/step_player_bar.h"
#include "ui/widgets/tensor_view.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QComboBox>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace convscope;
using ui::CellPos;
using ui::CellRole;
using ui::StepperModel;
using ui::StepperPage;
using ui::TensorView;

namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

// Delivers the model's coalesced change signals.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void showPage(StepperPage& page)
{
    page.resize(1280, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    settle();
}

void press(QWidget* widget, Qt::Key key)
{
    QTest::keyClick(widget, key);
    settle();
}

// Types a value into a spin box as a student does: select, type, Enter.
void typeInto(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
    settle();
}

QPoint centreOf(const TensorView* view, CellPos cell)
{
    return view->cellRect(cell).center().toPoint();
}

// The number after the last "=" of the sum, as shown.
std::string shownTotal(const StepperPage& page)
{
    const QString sum = page.sumText();
    return text(sum.mid(sum.lastIndexOf(QLatin1Char('=')) + 1).trimmed());
}

const std::vector<float> lectureOutput{4, 3, 4, 2, 4, 3, 2, 3, 4};

} // namespace

TEST_CASE("The page opens on the lecture's example at its first step", "[stepper]")
{
    StepperPage page;
    showPage(page);
    const StepperModel* model = page.model();
    CHECK(model->image() == core::Tensor::fromRows({{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}}));
    CHECK(model->kernels().shape() == std::vector<int>{1, 1, 3, 3});
    CHECK(model->player()->position() == 1);
    CHECK(text(page.sumText()) == "1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4");
    // The lecture's first figure: the window on the top-left 3×3, each cell marked with its weight.
    const TensorView* input = page.inputView();
    CHECK(input->window() == QRect(0, 0, 3, 3));
    REQUIRE(input->annotations().size() == 9);
    CHECK(text(input->annotations()[0].text) == "×1");
    CHECK(text(input->annotations()[1].text) == "×0");
    CHECK(page.outputView()->filledCount() == 1);
    CHECK(page.outputView()->highlightedCells(CellRole::Target) == QList<CellPos>{{0, 0}});
    CHECK(text(page.formulaText()).find("(5 − 3 + 2·0) / 1 + 1") != std::string::npos);
    CHECK(page.inputView()->cellSize() >= 60.0); // large, readable cells at 1280×760
}

TEST_CASE("Stepping with the arrow keys gives 4, 3, 4, 2, 4, 3, 2, 3, 4", "[stepper]")
{
    StepperPage page;
    showPage(page);
    press(&page, Qt::Key_Home);
    REQUIRE(page.model()->player()->position() == 0);
    CHECK(page.outputView()->filledCount() == 0);
    CHECK(page.sumText().isEmpty());

    const core::Tensor expected = core::conv2d(page.model()->image(), page.model()->kernels(), {}, {});
    std::vector<std::string> shown;
    for (int step = 1; step <= 9; ++step) {
        press(&page, Qt::Key_Right);
        REQUIRE(page.model()->player()->position() == step);
        shown.push_back(shownTotal(page));
        const int row = (step - 1) / 3;
        const int col = (step - 1) % 3;
        CHECK(page.outputView()->filledCount() == step);
        CHECK(page.outputView()->matrix()(row, col) == expected.at(0, row, col));
        CHECK(page.inputView()->window() == QRect(col, row, 3, 3));
    }
    CHECK(shown == std::vector<std::string>{"4", "3", "4", "2", "4", "3", "2", "3", "4"});
    for (int i = 0; i < 9; ++i)
        CHECK(expected.data()[i] == lectureOutput[static_cast<std::size_t>(i)]);

    // Past the end nothing moves; End and Home jump.
    press(&page, Qt::Key_Right);
    CHECK(page.model()->player()->position() == 9);
    press(&page, Qt::Key_Home);
    CHECK(page.model()->player()->position() == 0);
    press(&page, Qt::Key_End);
    CHECK(page.model()->player()->position() == 9);
}

TEST_CASE("Back and forward show the same step", "[stepper]")
{
    StepperPage page;
    showPage(page);
    ui::StepPlayerBar* bar = page.controls();
    press(&page, Qt::Key_Home);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(bar->forwardButton(), Qt::LeftButton);
    settle();
    REQUIRE(page.model()->player()->position() == 3);
    const QString atThree = page.sumText();
    const QRect windowAtThree = page.inputView()->window();
    for (int i = 0; i < 3; ++i)
        press(&page, Qt::Key_Right);
    CHECK(shownTotal(page) == "3"); // step 6
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(bar->backButton(), Qt::LeftButton);
    settle();
    CHECK(page.model()->player()->position() == 3);
    CHECK(page.sumText() == atThree);
    CHECK(page.inputView()->window() == windowAtThree);
    CHECK(page.outputView()->filledCount() == 3);

    // The timeline scrubs to any step.
    bar->timeline()->setValue(7);
    settle();
    CHECK(page.model()->player()->position() == 7);
    CHECK(shownTotal(page) == "2");
}

TEST_CASE("Clicking an output cell jumps to its step; an input cell shows what it feeds", "[stepper]")
{
    StepperPage page;
    showPage(page);
    TensorView* output = page.outputView();
    QTest::mouseClick(output, Qt::LeftButton, {}, centreOf(output, {2, 0}));
    settle();
    CHECK(page.model()->player()->position() == 7);
    CHECK(shownTotal(page) == "2");
    CHECK(page.inputView()->window() == QRect(0, 2, 3, 3));

    TensorView* input = page.inputView();
    // The centre cell is read by all nine windows, the corner by one.
    QTest::mouseClick(input, Qt::LeftButton, {}, centreOf(input, {2, 2}));
    settle();
    CHECK(output->highlightedCells(CellRole::Related).size() == 9);
    CHECK(page.messageText().contains(QStringLiteral("9")));
    QTest::mouseClick(input, Qt::LeftButton, {}, centreOf(input, {0, 4}));
    settle();
    CHECK(output->highlightedCells(CellRole::Related) == QList<CellPos>{{0, 2}});
    // Clicking the same cell again clears the question.
    QTest::mouseClick(input, Qt::LeftButton, {}, centreOf(input, {0, 4}));
    settle();
    CHECK(output->highlightedCells(CellRole::Related).isEmpty());
}

TEST_CASE("Space plays and pauses; the animation runs to the end", "[stepper]")
{
    StepperPage page;
    showPage(page);
    page.model()->player()->setStepsPerSecond(20.0);
    press(&page, Qt::Key_Space);
    CHECK(page.model()->player()->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->player()->position(), 9, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->player()->isPlaying(), 1000);
    settle();
    CHECK(shownTotal(page) == "4");
    // Play at the end starts over.
    press(&page, Qt::Key_Space);
    CHECK(page.model()->player()->isPlaying());
    CHECK(page.model()->player()->position() <= 1);
    press(&page, Qt::Key_Space);
    CHECK_FALSE(page.model()->player()->isPlaying());
}

TEST_CASE("Changing the stride mid-animation restarts cleanly", "[stepper]")
{
    StepperPage page;
    showPage(page);
    StepperModel* model = page.model();
    model->player()->setStepsPerSecond(2.0);
    press(&page, Qt::Key_Space);
    REQUIRE(model->player()->isPlaying());
    auto* stride = page.settingsPanel()->findChild<QSpinBox*>(QStringLiteral("stride"));
    REQUIRE(stride);
    typeInto(stride, 2);
    CHECK(model->stride() == 2);
    CHECK(model->stepCount() == 4);
    CHECK(model->player()->position() == 1);
    CHECK(model->player()->isPlaying());
    CHECK(page.outputView()->rows() == 2);
    CHECK(page.outputView()->cols() == 2);
    // Every cell shown is the core's result for stride 2: [[4, 4], [2, 4]].
    const core::Tensor expected = core::conv2d(model->image(), model->kernels(), {}, core::Conv2dParams::uniform(2, 0));
    CHECK(expected == core::Tensor::fromRows({{4, 4}, {2, 4}}));
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c)
            CHECK(page.outputView()->matrix()(r, c) == expected.at(0, r, c));
    press(&page, Qt::Key_Space);
    CHECK_FALSE(model->player()->isPlaying());

    // Paused, a new padding keeps the step number where it still exists.
    press(&page, Qt::Key_End);
    auto* padding = page.settingsPanel()->findChild<QSpinBox*>(QStringLiteral("padding"));
    typeInto(padding, 1);
    CHECK(model->stepCount() == 9); // (5 − 3 + 2)/2 + 1 = 3 per side
    CHECK(model->player()->position() == 4);
    CHECK_FALSE(model->player()->isPlaying());
    CHECK(text(page.formulaText()).find("(5 − 3 + 2·1) / 2 + 1 = 2 + 1 = 3") != std::string::npos);
}

TEST_CASE("Zero padding draws the ring and reads zeros there", "[stepper]")
{
    StepperPage page;
    showPage(page);
    typeInto(page.settingsPanel()->findChild<QSpinBox*>(QStringLiteral("padding")), 1);
    StepperModel* model = page.model();
    REQUIRE(model->stepCount() == 25);
    CHECK(page.inputView()->valueAt({-1, -1}) == 0.0f);
    press(&page, Qt::Key_Home);
    press(&page, Qt::Key_Right);
    // The first window sits on the ring: 5 of its 9 cells are padding.
    CHECK(page.inputView()->window() == QRect(-1, -1, 3, 3));
    const std::optional<core::ConvStep> step = model->currentStep();
    REQUIRE(step);
    CHECK(std::count_if(step->cells.begin(), step->cells.end(), [](const core::ConvTraceCell& c) { return c.isPadding; }) == 5);
    const core::Tensor expected = core::conv2d(model->image(), model->kernels(), {}, core::Conv2dParams::uniform(1, 1));
    CHECK(shownTotal(page) == text(QString::number(expected.at(0, 0, 0))));
    CHECK(page.outputView()->rows() == 5);
}

TEST_CASE("A size that does not divide names and marks the cells never covered", "[stepper]")
{
    StepperPage page;
    showPage(page);
    auto* panel = page.settingsPanel();
    typeInto(panel->findChild<QSpinBox*>(QStringLiteral("imageRows")), 6);
    typeInto(panel->findChild<QSpinBox*>(QStringLiteral("imageCols")), 6);
    typeInto(panel->findChild<QSpinBox*>(QStringLiteral("stride")), 2);
    StepperModel* model = page.model();
    REQUIRE(model->image().shape() == std::vector<int>{1, 6, 6});
    CHECK(model->outputCols().status == core::OutputSizeStatus::NotWhole);
    CHECK(model->stepCount() == 4);
    // (6 − 3)/2 is 1.5: the last row and column are never read, 11 cells.
    CHECK(page.inputView()->highlightedCells(CellRole::Uncovered).size() == 11);
    CHECK(text(page.formulaText()).find("never covered") != std::string::npos);
    CHECK(text(page.formulaText()).find("⌊1.5⌋") != std::string::npos);
    // The old cells kept their values, the new ones are 0.
    CHECK(model->image().at(0, 0, 0) == 1.0f);
    CHECK(model->image().at(0, 5, 5) == 0.0f);
}

TEST_CASE("When no window fits the page says so instead of an empty grid", "[stepper]")
{
    StepperPage page;
    showPage(page);
    auto* panel = page.settingsPanel();
    typeInto(panel->findChild<QSpinBox*>(QStringLiteral("kernelCols")), 7);
    StepperModel* model = page.model();
    CHECK(model->trace() == nullptr);
    CHECK(model->stepCount() == 0);
    CHECK_FALSE(page.outputView()->isVisible());
    auto* message = page.findChild<QLabel*>(QStringLiteral("noWindowLabel"));
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("No window fits")));
    CHECK_FALSE(page.controls()->playButton()->isEnabled());
    // Keys do nothing harmful.
    press(&page, Qt::Key_Right);
    press(&page, Qt::Key_Space);
    press(&page, Qt::Key_End);
    CHECK(model->player()->position() == 0);
    CHECK_FALSE(model->player()->isPlaying());
    // Non-square kernels work once the width fits again: 3×2 gives a 3×4 output.
    typeInto(panel->findChild<QSpinBox*>(QStringLiteral("kernelCols")), 2);
    REQUIRE(model->trace() != nullptr);
    CHECK(page.outputView()->isVisible());
    CHECK(page.outputView()->rows() == 3);
    CHECK(page.outputView()->cols() == 4);
}

TEST_CASE("Bad values typed into cells are refused, good ones recompute", "[stepper][edit]")
{
    StepperPage page;
    showPage(page);
    StepperModel* model = page.model();
    TensorView* input = page.inputView();
    const core::Tensor before = model->image();
    for (const char* bad : {"", "-", "1e309", "nan", "abc", "99999"}) {
        INFO("typed: " << bad);
        QTest::mouseDClick(input, Qt::LeftButton, {}, centreOf(input, {0, 0}));
        REQUIRE(input->isEditing());
        input->editor()->clear();
        QTest::keyClicks(input->editor(), QString::fromUtf8(bad));
        QTest::keyClick(input->editor(), Qt::Key_Return);
        settle();
        CHECK(model->image() == before);
        CHECK_FALSE(page.messageText().isEmpty());
        QTest::keyClick(input->editor(), Qt::Key_Escape);
    }

    // A good value: the first window's sum changes from 4 to 4 − 1 + 5 = 8.
    QTest::mouseClick(input, Qt::LeftButton, {}, centreOf(input, {0, 0}));
    QTest::keyClicks(input, QStringLiteral("5"));
    QTest::keyClick(input->editor(), Qt::Key_Return);
    settle();
    CHECK(model->image().at(0, 0, 0) == 5.0f);
    CHECK(page.model()->player()->position() == 1);
    CHECK(shownTotal(page) == "8");
    CHECK(page.outputView()->matrix()(0, 0) == 8.0f);

    // A kernel weight typed with a true minus sign.
    TensorView* kernel = page.kernelView();
    QTest::mouseDClick(kernel, Qt::LeftButton, {}, centreOf(kernel, {0, 1}));
    kernel->editor()->clear();
    kernel->editor()->insert(QStringLiteral("\u22122")); // QTest types ASCII only
    QTest::keyClick(kernel->editor(), Qt::Key_Return);
    settle();
    CHECK(model->kernels().at(0, 0, 0, 1) == -2.0f);
    CHECK(text(page.sumText()).find("1×(−2)") != std::string::npos);
    const core::Tensor expected = core::conv2d(model->image(), model->kernels(), {}, {});
    CHECK(shownTotal(page) == text(QString::number(expected.at(0, 0, 0)).replace(QLatin1Char('-'), QChar(0x2212))));
}

TEST_CASE("Kernel presets, a random image and the lecture example", "[stepper]")
{
    StepperPage page;
    showPage(page);
    StepperModel* model = page.model();
    auto* preset = page.settingsPanel()->findChild<QComboBox*>(QStringLiteral("preset"));
    REQUIRE(preset);
    const int edge = preset->findData(QStringLiteral("edge"));
    REQUIRE(edge > 0);
    CHECK_FALSE(preset->itemData(edge, Qt::ToolTipRole).toString().isEmpty());
    preset->setCurrentIndex(edge);
    emit preset->activated(edge);
    settle();
    CHECK(model->kernels().reshaped({1, 3, 3}) == core::findKernelPreset("edge")->kernel);
    CHECK(model->presetId() == QStringLiteral("edge"));

    const core::Tensor before = model->image();
    QTest::mouseClick(page.settingsPanel()->findChild<QPushButton*>(QStringLiteral("randomImage")), Qt::LeftButton);
    settle();
    CHECK(model->image() != before);
    for (float v : model->image().values())
        CHECK((v == 0.0f || v == 1.0f));

    QTest::mouseClick(page.settingsPanel()->findChild<QPushButton*>(QStringLiteral("lectureExample")), Qt::LeftButton);
    settle();
    CHECK(model->image() == before);
    CHECK(shownTotal(page) == "4");
}

TEST_CASE("RGB mode sums each channel, then adds the bias", "[stepper][rgb]")
{
    StepperPage page;
    showPage(page);
    StepperModel* model = page.model();
    auto* rgb = page.settingsPanel()->findChild<QCheckBox*>(QStringLiteral("rgb"));
    REQUIRE(rgb);
    rgb->click();
    settle();
    REQUIRE(model->channels() == 3);
    CHECK(model->bias() == 1.0f);
    CHECK(page.inputView(2)->isVisible());
    CHECK(page.kernelView(2)->isVisible());
    const core::Tensor expected = core::conv2d(model->image(), model->kernels(), {model->bias()}, {});
    for (int step = 1; step <= 9; ++step) {
        model->player()->setPosition(step);
        settle();
        const QString sum = page.sumText();
        const QStringList lines = sum.split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 4); // red, green, blue, total
        CHECK(lines[3].startsWith(QStringLiteral("Total:")));
        CHECK(shownTotal(page) == text(QString::number(expected.data()[step - 1])));
        CHECK(page.inputView(1)->annotations().size() == 9);
    }
    rgb->click();
    settle();
    CHECK(model->channels() == 1);
    CHECK_FALSE(page.inputView(1)->isVisible());
    CHECK(shownTotal(page) == "4");
}

TEST_CASE("A picture is loaded at the chosen grid size; a bad file changes nothing", "[stepper][io]")
{
    StepperPage page;
    showPage(page);
    StepperModel* model = page.model();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QImage picture(64, 32, QImage::Format_RGB32);
    picture.fill(Qt::white);
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x)
            picture.setPixel(x, y, qRgb(0, 0, 0));
    const QString path = folder.filePath(QStringLiteral("half.png"));
    REQUIRE(picture.save(path));

    auto* grid = page.settingsPanel()->findChild<QSpinBox*>(QStringLiteral("pictureGrid"));
    typeInto(grid, 8);
    CHECK(page.settingsPanel()->loadPicture(path).isEmpty());
    settle();
    REQUIRE(model->image().shape() == std::vector<int>{1, 4, 8});
    CHECK(model->image().at(0, 0, 0) == 0.0f);
    CHECK(model->image().at(0, 0, 7) == 1.0f);
    // A new grid size re-reads the same picture.
    typeInto(grid, 16);
    CHECK(model->image().shape() == std::vector<int>{1, 8, 16});

    const QString text = folder.filePath(QStringLiteral("notes.png"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a picture");
    file.close();
    const core::Tensor before = model->image();
    CHECK_FALSE(page.settingsPanel()->loadPicture(text).isEmpty());
    settle();
    CHECK(model->image() == before);
    CHECK_FALSE(page.messageText().isEmpty());
}

TEST_CASE("Dilation spreads the window and the formula uses the effective filter", "[stepper]")
{
    StepperPage page;
    showPage(page);
    typeInto(page.settingsPanel()->findChild<QSpinBox*>(QStringLiteral("dilation")), 2);
    StepperModel* model = page.model();
    REQUIRE(model->stepCount() == 1); // F_eff = 2·(3 − 1) + 1 = 5 on a 5×5 image
    CHECK(text(page.formulaText()).find("2·(3 − 1) + 1 = 5") != std::string::npos);
    model->player()->setPosition(1);
    settle();
    CHECK(page.inputView()->window() == QRect(0, 0, 5, 5));
    CHECK(page.inputView()->highlightedCells(CellRole::Window).size() == 9);
    const core::Tensor expected = core::conv2d(model->image(), model->kernels(), {}, core::Conv2dParams::uniform(1, 0, 2));
    CHECK(shownTotal(page) == text(QString::number(expected.at(0, 0, 0))));
    // The cells between the taps are never read: 25 − 9.
    CHECK(model->uncoveredCells().size() == 16);
}

TEST_CASE("The state survives a save and restore; damaged states are refused", "[stepper]")
{
    StepperModel model;
    model.setStride(2);
    model.setPadding(1);
    model.setKernelValue(0, 1, 1, -3.0f);
    model.player()->setPosition(3);
    const QJsonObject saved = model.saveState();

    StepperModel restored;
    REQUIRE(restored.restoreState(saved));
    CHECK(restored.image() == model.image());
    CHECK(restored.kernels() == model.kernels());
    CHECK(restored.stride() == 2);
    CHECK(restored.padding() == 1);
    CHECK(restored.player()->position() == 3);

    QJsonObject damaged = saved;
    damaged[QStringLiteral("imageRows")] = 4; // no longer matches the values
    CHECK_FALSE(restored.restoreState(damaged));
    damaged = saved;
    damaged[QStringLiteral("channels")] = 2;
    CHECK_FALSE(restored.restoreState(damaged));
    CHECK(restored.stride() == 2);
}

TEST_CASE("Long sums are abbreviated, negative factors bracketed", "[stepper][text]")
{
    core::Tensor image({1, 5, 5}, 1.0f);
    core::Tensor kernels({1, 1, 5, 5}, -1.0f);
    const core::ConvTrace trace(image, kernels, {}, {});
    const QString sum = ui::StepText::stepSum(trace.step(0), 1, {});
    const std::string plain = text(sum);
    CHECK(plain.find("1×(−1) + 1×(−1)") != std::string::npos);
    CHECK(plain.find("…") != std::string::npos);
    CHECK(plain.find("−25") != std::string::npos);
    CHECK(plain.find("25 products") != std::string::npos);
}

TEST_CASE("The main window lists pages in the lecture's order", "[window]")
{
    ui::MainWindow window;
    CHECK(window.pageIds().first() == QStringLiteral("convolution"));
    CHECK(window.currentPageId() == QStringLiteral("convolution"));
    // Pages added in any order take their place in the lecture's order; unknown ids go last.
    for (const char* id : {"network", "pooling", "activation-maps"}) {
        if (!window.page(QString::fromLatin1(id)))
            window.addPage(new QWidget, QString::fromLatin1(id), QString::fromLatin1(id));
    }
    window.addPage(new QWidget, QStringLiteral("Extra"), QStringLiteral("extra"));
    const QStringList ids = window.pageIds();
    const QStringList& order = ui::MainWindow::lectureOrder();
    for (qsizetype i = 1; i + 1 < ids.size(); ++i)
        CHECK(order.indexOf(ids[i - 1]) < order.indexOf(ids[i]));
    CHECK(ids.last() == QStringLiteral("extra"));
    CHECK(window.currentPageId() == QStringLiteral("convolution"));
    CHECK(window.showPage(QStringLiteral("pooling")));
    CHECK(window.currentPageId() == QStringLiteral("pooling"));
    CHECK_FALSE(window.showPage(QStringLiteral("no-such-page")));
    CHECK(window.page(QStringLiteral("convolution")) != nullptr);
}

TEST_CASE("No page grows the window: eight channels of a network step and four zoom steps scroll", "[window]")
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const QSize before = window.size();
    REQUIRE(before == QSize(1280, 800));

    // The second convolution of the classroom CNN: eight 14×14 input channels.
    ui::ConvStepRequest request;
    request.input = core::Tensor({8, 14, 14});
    for (std::size_t i = 0; i < request.input.size(); ++i)
        request.input.data()[i] = static_cast<float>(i % 7) / 7.0f;
    request.kernels = core::Tensor({1, 8, 3, 3});
    request.padding = 1;
    request.outY = 4;
    request.outX = 9;
    request.title = QStringLiteral("Conv 2");
    auto* network = qobject_cast<ui::NetworkPage*>(window.page(QStringLiteral("network")));
    REQUIRE(network != nullptr);
    emit network->openConvolutionStep(request);
    QCoreApplication::processEvents();
    REQUIRE(window.currentPageId() == QStringLiteral("convolution"));
    CHECK(qobject_cast<ui::StepperPage*>(window.page(QStringLiteral("convolution")))->model()->channels() == 8);
    CHECK(window.size() == before);

    for (const char* id : {"convolution", "activation-maps", "pooling", "output-size", "training", "network"}) {
        REQUIRE(window.showPage(QString::fromLatin1(id)));
        window.setZoom(std::pow(1.15, 4));
        QCoreApplication::processEvents();
        INFO(id);
        CHECK(window.size() == before);
        // The lesson list keeps room for its titles; the page scrolls instead.
        const auto* list = window.findChild<QListWidget*>();
        REQUIRE(list != nullptr);
        CHECK(list->width() >= list->sizeHintForColumn(0));
        window.setZoom(1.0);
        QCoreApplication::processEvents();
    }
}

TEST_CASE("The page's last settings come back in the next run", "[stepper][settings]")
{
    // Test mode (gui_application_listener.cpp) puts the settings under ~/.qttest, never the user's own.
    REQUIRE(QSettings().fileName().contains(QStringLiteral("qttest")));
    QSettings().clear();
    ui::setSettingsStorageEnabled(true);
    {
        StepperPage page;
        page.model()->setStride(2);
        page.model()->setKernelValue(0, 0, 1, 3.0f);
        page.model()->player()->setPosition(2);
        settle();
    } // closing the page saves what is pending
    {
        StepperPage page;
        CHECK(page.model()->stride() == 2);
        CHECK(page.model()->kernels().at(0, 0, 0, 1) == 3.0f);
        CHECK(page.model()->player()->position() == 2);
    }
    ui::setSettingsStorageEnabled(false);
    QSettings().clear();
    StepperPage fresh;
    CHECK(fresh.model()->stride() == 1);
}

TEST_CASE("At 1280×800 every page fits the window's width in English and in Korean", "[window]")
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    for (const char* language : {"en", "ko"}) {
        test::waitUntilIdle(window); // a language switch waits for the Training page's dataset
        REQUIRE(window.setLanguage(QString::fromLatin1(language)));
        for (const char* id : {"convolution", "activation-maps", "pooling", "output-size", "training", "network"}) {
            REQUIRE(window.showPage(QString::fromLatin1(id)));
            QCoreApplication::processEvents();
            INFO(language << " " << id);
            CHECK(window.size() == QSize(1280, 800));
            // The page's own scroll area has nothing to scroll sideways.
            const auto* page = window.page(QString::fromLatin1(id));
            REQUIRE(page != nullptr);
            const auto* area = qobject_cast<const QScrollArea*>(page->parentWidget()->parentWidget());
            REQUIRE(area != nullptr);
            CHECK(area->horizontalScrollBar()->maximum() == 0);
        }
    }
    test::waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("en"))); // the tests after this one read English
}
