// The Inside the network page on the model shipped with ConvScope: a test digit flows through
// every layer to a correct prediction; a clicked value's arithmetic totals the value shown for
// every kind of layer, and the requests to the lesson pages carry the same numbers; photos of
// handwritten digits are prepared like MNIST and classified; learned filters are matched with the
// presets; the epoch history scrubs through snapshots.
#include "tests/catch.h"

#include "core/conv_trace.h"
#include "core/data/dataset.h"
#include "core/nn/model_file.h"
#include "core/nn/network.h"
#include "core/pool_trace.h"
#include "ui/model_store.h"
#include "ui/network/layer_detail_panel.h"
#include "ui/network/learned_filters_panel.h"
#include "ui/network/network_flow_view.h"
#include "ui/network/network_model.h"
#include "ui/network/network_page.h"
#include "ui/network/preprocessing_view.h"
#include "ui/network/training_history_panel.h"
#include "ui/pooling/pooling_model.h"
#include "ui/pooling/pooling_page.h"
#include "ui/shared/number_text.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/widgets/digit_canvas.h"
#include "ui/widgets/probability_bars.h"
#include "ui/widgets/tensor_view.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace convscope;
using namespace convscope::ui;
using Catch::Matchers::WithinAbs;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

void click(QWidget* widget, QPointF position)
{
    QMouseEvent press(QEvent::MouseButtonPress, position, widget->mapToGlobal(position), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, position, widget->mapToGlobal(position), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
    settle();
}

// The page as it appears after installing: the shipped model, a test digit, 1280×800.
struct Fixture {
    ModelStore store;
    NetworkPage page{&store};

    Fixture()
    {
        page.setAttribute(Qt::WA_DontShowOnScreen);
        page.resize(1150, 760);
        page.show();
        settle();
    }
    NetworkModel& model() { return *page.model(); }
};

// Clicks map `channel` of `stage` in the flow, then cell (row, col) of the large view.
void openAndPick(Fixture& f, int stage, int channel, int row, int col)
{
    NetworkFlowView* flow = f.page.flowView();
    const QRectF map = flow->mapRect(stage, channel);
    REQUIRE_FALSE(map.isEmpty());
    click(flow, map.center());
    REQUIRE(f.model().selectedStage() == stage);
    REQUIRE(f.model().selectedChannel() == channel);
    TensorView* view = f.page.detailPanel()->mapView();
    REQUIRE(view->isVisible());
    click(view, view->cellRect({row, col}).center());
    REQUIRE(f.model().pickedCell() == QPoint(col, row));
}

// The arithmetic ends in "= value" with the value written as the map shows it.
void checkTotalShown(Fixture& f, float value)
{
    const QString text = f.page.detailPanel()->arithmeticText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("= ") + formatNumber(value)));
}

QString photo(const char* name)
{
    return QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/network/data/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("the page opens on a test digit flowing through the shipped model to a confident, correct prediction")
{
    Fixture f;
    REQUIRE(f.model().hasModel());
    REQUIRE(f.model().stageCount() == 11); // the input and ten layers
    NetworkFlowView* flow = f.page.flowView();
    REQUIRE(flow->stageCount() == 11);
    CHECK(flow->stage(0).shape == QStringLiteral("[28, 28, 1]"));
    CHECK(flow->stage(1).shape == QStringLiteral("[28, 28, 8]"));
    CHECK(flow->stage(3).shape == QStringLiteral("[14, 14, 8]"));
    CHECK(flow->stage(6).shape == QStringLiteral("[7, 7, 16]"));
    CHECK(flow->stage(7).shape == QStringLiteral("[784]"));
    CHECK(flow->stage(7).unrolls);
    CHECK(flow->stage(10).shape == QStringLiteral("[10]"));
    // Every map of every column is on screen, not cut off.
    for (int s = 0; s < flow->stageCount(); ++s) {
        const int maps = flow->stage(s).values.rank() == 3 ? flow->stage(s).values.dim(0) : 1;
        for (int c = 0; c < maps; ++c)
            REQUIRE(QRectF(flow->rect()).contains(flow->mapRect(s, c)));
    }

    CHECK(f.model().source() == NetworkModel::Source::TestImage);
    REQUIRE(f.model().testLabel() >= 0);
    CHECK(f.model().predictedClass() == f.model().testLabel());
    CHECK(f.model().probabilities()[static_cast<std::size_t>(f.model().predictedClass())] > 0.9f);
    CHECK(f.page.predictionLabel()->text().contains(QStringLiteral("✓")));
    CHECK(f.model().lastPassMilliseconds() > 0.0);

    // The softmax formula with the real logits.
    f.page.formulaButton()->click();
    settle();
    const QString formula = f.page.formulaLabel()->text();
    CHECK(formula.contains(formatNumber(f.model().logits()[0])));
    CHECK(formula.contains(formatNumber(f.model().probabilities()[static_cast<std::size_t>(f.model().predictedClass())])));

    // Another digit changes every map at once.
    const core::Tensor before = f.model().stageValues(1);
    f.model().nextTestImage();
    settle();
    CHECK(f.model().testIndex() == 1);
    CHECK_FALSE(f.page.flowView()->stage(1).values == before);
}

TEST_CASE("a clicked convolution value shows arithmetic whose total is the value, and the stepper gets the same data")
{
    Fixture f;
    for (const auto& [stage, channel, row, col] : {std::tuple{1, 2, 10, 12}, std::tuple{4, 5, 6, 7}, std::tuple{4, 0, 0, 0}}) {
        INFO("stage " << stage << " map " << channel);
        openAndPick(f, stage, channel, row, col);
        const float value = f.model().stageValues(stage).at(channel, row, col);
        const std::optional<core::ConvStep> step = f.model().pickedConvStep();
        REQUIRE(step);
        CHECK_THAT(step->total, WithinAbs(value, 1e-4));
        checkTotalShown(f, value);
        // The ReLU after it.
        CHECK(f.page.detailPanel()->arithmeticText().contains(QStringLiteral("max(0, ") + formatNumber(step->total)));

        // The input channels and kernels beside the map: one of each per input channel.
        const int channels = f.model().stageValues(stage - 1).dim(0);
        for (int c = 0; c < channels; ++c) {
            CHECK(f.page.detailPanel()->inputViews()[c]->isVisible());
            CHECK(f.page.detailPanel()->kernelViews()[c]->isVisible());
        }

        std::optional<ConvStepRequest> sent;
        QObject::connect(&f.page, &NetworkPage::openConvolutionStep, &f.page,
                         [&sent](const ConvStepRequest& request) { sent = request; });
        REQUIRE(f.page.detailPanel()->convolutionButton()->isEnabled());
        f.page.detailPanel()->convolutionButton()->click();
        REQUIRE(sent);
        CHECK(sent->input == f.model().stageValues(stage - 1));
        CHECK(sent->kernels.shape() == std::vector<int>{1, channels, 3, 3});
        CHECK(sent->reluFollows);
        CHECK(sent->outY == row);
        CHECK(sent->outX == col);
        const core::ConvTrace trace(sent->input, sent->kernels, {sent->bias},
                                    core::Conv2dParams::uniform(sent->stride, sent->padding));
        CHECK_THAT(trace.step(trace.stepOf(0, row, col)).total, WithinAbs(value, 1e-4));
        QObject::disconnect(&f.page, &NetworkPage::openConvolutionStep, &f.page, nullptr);
    }
}

TEST_CASE("ReLU, pooling and fully connected values show arithmetic whose total is the value")
{
    Fixture f;
    SECTION("ReLU")
    {
        openAndPick(f, 2, 3, 14, 9);
        const float before = f.model().stageValues(1).at(3, 14, 9);
        const float value = f.model().stageValues(2).at(3, 14, 9);
        CHECK(value == std::max(0.0f, before));
        checkTotalShown(f, value);
        CHECK(f.page.detailPanel()->arithmeticText().contains(QStringLiteral("max(0, ") + formatNumber(before)));
    }
    SECTION("max pooling, and the pooling page gets that channel of the layer's input")
    {
        openAndPick(f, 3, 1, 5, 6);
        const float value = f.model().stageValues(3).at(1, 5, 6);
        const std::optional<core::PoolStep> step = f.model().pickedPoolStep();
        REQUIRE(step);
        CHECK(step->result == value);
        CHECK(step->cells.size() == 4u);
        checkTotalShown(f, value);

        std::optional<PoolStepRequest> sent;
        QObject::connect(&f.page, &NetworkPage::openPoolingStep, &f.page,
                         [&sent](const PoolStepRequest& request) { sent = request; });
        f.page.detailPanel()->poolingButton()->click();
        REQUIRE(sent);
        CHECK(sent->map.shape() == std::vector<int>{1, 28, 28});
        CHECK(sent->map.plane(0) == f.model().stageValues(2).plane(1));
        CHECK(sent->mode == core::PoolMode::Max);
        // The grid is a 16×16 block of whole windows around the clicked value: output (5, 6)
        // is at (4, 4) of the block that starts at input row 2, column 4.
        CHECK(sent->grid.shape() == std::vector<int>{1, 16, 16});
        CHECK(sent->gridTop == 2);
        CHECK(sent->gridLeft == 4);
        CHECK(sent->grid.plane(0) == sent->map.plane(0).block(sent->gridTop, sent->gridLeft, 16, 16));
        const core::PoolTrace trace(sent->grid, sent->mode, core::Pool2dParams::uniform(sent->window, sent->stride));
        CHECK(trace.step(trace.stepOf(0, sent->outY, sent->outX)).result == value);

        // The second pooling's 14×14 input fits whole.
        openAndPick(f, 6, 3, 2, 5);
        sent.reset();
        f.page.detailPanel()->poolingButton()->click();
        REQUIRE(sent);
        CHECK(sent->grid.shape() == std::vector<int>{1, 14, 14});
        CHECK(sent->gridTop == 0);
        CHECK(sent->outY == 2);
        CHECK(sent->outX == 5);
    }
    SECTION("fully connected")
    {
        NetworkFlowView* flow = f.page.flowView();
        const QRectF strip = flow->mapRect(8, -1);
        const int entries = 64;
        const int index = 40;
        click(flow, QPointF(strip.center().x(), strip.top() + strip.height() * (index + 0.5) / entries));
        REQUIRE(f.model().selectedStage() == 8);
        REQUIRE(f.model().pickedCell() == QPoint(index, 0));
        const float value = f.model().stageValues(8).at(index);
        const std::optional<core::DenseSum> sum = f.model().pickedDenseSum();
        REQUIRE(sum);
        CHECK_THAT(sum->total, WithinAbs(value, 1e-4));
        checkTotalShown(f, value);
    }
    SECTION("flatten says where a value came from")
    {
        NetworkFlowView* flow = f.page.flowView();
        const QRectF strip = flow->mapRect(7, -1);
        click(flow, QPointF(strip.center().x(), strip.top() + strip.height() * (100.5 / 784.0)));
        REQUIRE(f.model().selectedStage() == 7);
        const int index = f.model().pickedCell()->x();
        const int map = index / 49;
        CHECK(f.page.detailPanel()->arithmeticText().contains(QStringLiteral("map %1,").arg(map + 1)));
        checkTotalShown(f, f.model().stageValues(6).at(map, index % 49 / 7, index % 7));
    }
}

TEST_CASE("photos of handwritten digits are prepared like MNIST, shown step by step and classified")
{
    Fixture f;
    for (const auto& [file, digit] : {std::pair{"photo-7.jpg", 7}, std::pair{"photo-2.jpg", 2}, std::pair{"photo-0.jpg", 0},
                                      std::pair{"photo-4.jpg", 4}, std::pair{"photo-3.jpg", 3}}) {
        INFO(file);
        f.page.openPhoto(photo(file));
        settle();
        REQUIRE(f.model().source() == NetworkModel::Source::Photo);
        const core::DigitPreprocessing* steps = f.model().preprocessing();
        REQUIRE(steps);
        CHECK(steps->lightBackground);
        CHECK(steps->grey.dim(2) == 360);
        CHECK(f.model().input().shape() == std::vector<int>{1, 28, 28});
        CHECK(f.model().predictedClass() == digit);
        CHECK(f.model().probabilities()[static_cast<std::size_t>(digit)] > 0.6f);
        // The preparation is on screen, not hidden.
        CHECK(f.page.lowerTabs()->currentIndex() == 1);
        PreprocessingView* view = f.page.preprocessingView();
        REQUIRE(view->stepCount() == 6);
        CHECK(view->stepView(1)->isVisible());
        CHECK(view->stepCaption(1).contains(QStringLiteral("Inverted")));
        CHECK(view->stepView(5)->rows() == 28);
    }

    // A picture with no digit in it keeps the current input and says why.
    QTemporaryDir dir;
    QImage blank(60, 40, QImage::Format_RGB32);
    blank.fill(QColor(235, 235, 230));
    const QString blankPath = dir.filePath(QStringLiteral("blank.png"));
    REQUIRE(blank.save(blankPath));
    const core::Tensor kept = f.model().input();
    f.page.openPhoto(blankPath);
    settle();
    CHECK(f.model().input() == kept);
    CHECK(f.page.messageLabel()->isVisible());
    CHECK(f.page.messageLabel()->text().contains(QStringLiteral("blank.png")));
    f.page.openPhoto(dir.filePath(QStringLiteral("missing.png")));
    settle();
    CHECK(f.model().input() == kept);
}

TEST_CASE("a digit drawn on the canvas is classified as the student draws")
{
    Fixture f;
    DigitCanvas* canvas = f.page.canvas();
    const double side = DigitCanvas::inkSide;
    canvas->drawStroke({QPointF(side * 0.5, side * 0.15), QPointF(side * 0.49, side * 0.5), QPointF(side * 0.48, side * 0.85)});
    settle();
    REQUIRE(f.model().source() == NetworkModel::Source::Drawing);
    CHECK(f.model().predictedClass() == 1);
    REQUIRE(f.model().preprocessing());
    CHECK_FALSE(f.model().preprocessing()->lightBackground);
}

TEST_CASE("learned filters are shown beside the preset each resembles and can be tried on a picture")
{
    Fixture f;
    LearnedFiltersPanel* panel = f.page.filtersPanel();
    REQUIRE(panel->filterCount() == 8);
    REQUIRE(f.model().filterSimilarities().size() == 8u);
    for (int k = 0; k < 8; ++k) {
        CHECK(panel->matchText(k).startsWith(QStringLiteral("like ")));
        CHECK_FALSE(panel->matchText(k).contains(QStringLiteral("moved"))); // its random start is unknown
        CHECK(panel->filterView(k)->rows() == 3);
    }
    std::optional<core::Tensor> applied;
    QObject::connect(&f.page, &NetworkPage::applyKernel, &f.page,
                     [&applied](const core::Tensor& kernel) { applied = kernel; });
    panel->tryButton(2)->click();
    REQUIRE(applied);
    CHECK(applied->shape() == std::vector<int>{1, 3, 3});
    CHECK(applied->at(0, 1, 1) == f.model().learnedFilters().at(2, 0, 1, 1));

    panel->numbersBox()->setChecked(true);
    settle();
    CHECK(panel->filterView(0)->cellSize() >= TensorView::numberThreshold);
}

TEST_CASE("a first layer of a hundred filters shows the first 64 and says so")
{
    Fixture f;
    core::NetworkSpec spec = core::NetworkSpec::parse("conv 100 3 pad 1\nrelu\nmaxpool 2\nflatten\ndense 10\n");
    f.store.setModel(core::Model::fromNetwork(core::Network<float>(spec, 1), {}), ui::ModelOrigin::file(QStringLiteral("wide")));
    settle();
    LearnedFiltersPanel* panel = f.page.filtersPanel();
    CHECK(f.model().learnedFilters().dim(0) == 100);
    CHECK(panel->filterCount() == 64);
    CHECK(panel->summaryText().contains(QStringLiteral("of 100 learned filter")));
    CHECK(panel->summaryText().contains(QStringLiteral("The first 64 are shown.")));
}

TEST_CASE("five hundred classes: the twenty most probable bars, an abbreviated softmax, a page of normal height")
{
    Fixture f;
    const core::NetworkSpec spec = core::NetworkSpec::parse("flatten\ndense 500\n");
    // Trained on digits: a model file names the ten digits and leaves the other outputs unnamed.
    core::ModelMetadata metadata;
    metadata.classNames = core::classNamesFor("digits", 10);
    metadata.classNames.resize(500);
    f.store.setModel(core::Model::fromNetwork(core::Network<float>(spec, 1), metadata), ui::ModelOrigin::file(QStringLiteral("many classes")));
    f.page.formulaButton()->click();
    settle();
    REQUIRE(f.model().probabilities().size() == 500u);

    const std::vector<int>& shown = f.page.probabilityBars()->shownClasses();
    REQUIRE(shown.size() == 20u);
    // Outputs the model's file names nothing for are called by their number.
    CHECK(f.model().classNames().value(499) == QStringLiteral("499"));
    CHECK(shown.front() == f.model().predictedClass());
    for (std::size_t i = 1; i < shown.size(); ++i)
        CHECK(f.model().probabilities()[static_cast<std::size_t>(shown[i - 1])]
              >= f.model().probabilities()[static_cast<std::size_t>(shown[i])]);
    // Every bar was once a row of the page, which grew to 160,000 pixels for 9,999 classes.
    CHECK(f.page.flowView()->height() < 1000);

    const QString formula = f.page.formulaLabel()->text();
    CHECK(formula.contains(QStringLiteral("…")));
    CHECK(formula.count(QStringLiteral("e<sup>")) < 20);
}

TEST_CASE("a model of millions of weights is prepared off the GUI thread, and the model chosen last is shown")
{
    Fixture f;
    const core::NetworkSpec spec = core::NetworkSpec::parse("flatten\ndense 1500\nrelu\ndense 10\n");
    REQUIRE(spec.parameterCount() > ModelStore::parametersPreparedAtOnce);
    core::ModelMetadata first;
    first.datasetName = "first";
    core::ModelMetadata second;
    second.datasetName = "second";
    f.store.setModel(core::Model::fromNetwork(core::Network<float>(spec, 1), first), ui::ModelOrigin::file(QStringLiteral("first")));
    // Nothing of the model shown before is left while the new one is prepared.
    CHECK_FALSE(f.model().hasModel());
    CHECK(f.model().modelProblem().isEmpty());
    CHECK(f.model().probabilities().empty());
    CHECK(f.model().stageCount() == 0);
    f.store.setModel(core::Model::fromNetwork(core::Network<float>(spec, 2), second), ui::ModelOrigin::file(QStringLiteral("second")));
    CHECK_FALSE(f.model().hasModel());

    QElapsedTimer clock;
    clock.start();
    while (!f.model().hasModel() && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(f.model().hasModel());
    // The first model's preparation, if it ends later, is dropped.
    while (clock.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    settle();
    CHECK(f.model().model()->metadata.datasetName == "second");
    CHECK(f.model().stageCount() == 5);
    CHECK(f.model().probabilities().size() == 10u);
    CHECK(f.page.probabilityBars()->shownClasses().size() == 10u);

    // A small model is shown at once, and replaces a large one still being prepared.
    f.store.setModel(core::Model::fromNetwork(core::Network<float>(spec, 3), first), ui::ModelOrigin::file(QStringLiteral("large")));
    const core::NetworkSpec small = core::NetworkSpec::parse("flatten\ndense 10\n");
    f.store.setModel(core::Model::fromNetwork(core::Network<float>(small, 1), second), ui::ModelOrigin::file(QStringLiteral("small")));
    REQUIRE(f.model().hasModel());
    CHECK(f.model().stageCount() == 3);
    clock.restart();
    while (clock.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(f.model().stageCount() == 3);
}

TEST_CASE("a model file is read off the GUI thread; a damaged one is refused and the model stays")
{
    Fixture f;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("small.csmodel"));
    const core::NetworkSpec spec = core::NetworkSpec::parse("flatten\ndense 10\n");
    core::saveModel(path.toStdString(), core::Model::fromNetwork(core::Network<float>(spec, 1), {}));
    QString problem = QStringLiteral("none yet");
    QObject::connect(&f.store, &ModelStore::loadFinished, [&](const QString&, const QString& what) { problem = what; });

    f.store.loadFile(path);
    CHECK(f.store.isLoading());
    QElapsedTimer clock;
    clock.start();
    while (f.store.isLoading() && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    settle();
    CHECK(problem.isEmpty());
    CHECK(f.store.origin().text() == QStringLiteral("small.csmodel"));
    CHECK(f.model().stageCount() == 3);

    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.resize(30);
    }
    f.store.loadFile(path);
    clock.restart();
    while (f.store.isLoading() && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    settle();
    CHECK(problem.contains(QStringLiteral("small.csmodel")));
    CHECK(f.store.origin().text() == QStringLiteral("small.csmodel"));
    CHECK(f.model().stageCount() == 3);
}

TEST_CASE("the epoch history appears after a training and scrubs through the epochs")
{
    Fixture f;
    TrainingHistoryPanel* history = f.page.historyPanel();
    CHECK_FALSE(history->slider()->isVisibleTo(history));
    CHECK(history->messageLabel()->text().contains(QStringLiteral("Training page")));

    // Two recorded epochs of the same network: the filters halved at epoch 0.
    core::Network<float> network = f.model().model()->toNetwork();
    const core::Tensor input = f.model().input();
    std::vector<core::EpochSnapshot> snapshots;
    for (int epoch = 0; epoch < 2; ++epoch) {
        core::EpochSnapshot snapshot;
        snapshot.epoch = epoch;
        snapshot.filters = f.model().learnedFilters();
        if (epoch == 0)
            for (float& v : snapshot.filters.values())
                v *= 0.5f;
        snapshot.input = input;
        snapshot.probabilities = network.classify(input);
        for (int i = 0; i < network.layerCount(); ++i)
            snapshot.activations.push_back(network.layer(i).outputTensor(0));
        snapshots.push_back(std::move(snapshot));
    }
    f.store.setSnapshots(snapshots);
    settle();
    // Halved at the start, so each filter moved as far as its start's own size.
    CHECK(f.page.filtersPanel()->matchText(0).endsWith(QStringLiteral("\nmoved 100% from its random start")));
    REQUIRE(history->slider()->isVisibleTo(history));
    CHECK(history->slider()->maximum() == 1);
    CHECK(history->shownSnapshot() == 1);
    CHECK(history->flowView()->stageCount() == 11);
    history->slider()->setValue(0);
    settle();
    CHECK(history->shownSnapshot() == 0);

    // Another model has no history.
    f.store.setModel(*f.model().model(), ui::ModelOrigin::file(QStringLiteral("again")));
    settle();
    CHECK(f.model().snapshots().empty());
    CHECK_FALSE(history->slider()->isVisibleTo(history));
}

TEST_CASE("colours per map, per layer or for the whole network")
{
    Fixture f;
    QComboBox* box = f.page.colourScaleBox();
    const auto chooseScale = [&](NetworkModel::ColourScale scale) {
        box->setCurrentIndex(box->findData(static_cast<int>(scale)));
        settle();
        REQUIRE(f.model().colourScale() == scale);
    };
    chooseScale(NetworkModel::ColourScale::PerMap);
    const core::Tensor& conv = f.model().stageValues(1);
    for (int c = 0; c < conv.dim(0); ++c) {
        const float largest = conv.plane(c).cwiseAbs().maxCoeff();
        CHECK_THAT(f.model().mapRange(1, c).max, WithinAbs(largest, 1e-6));
        CHECK(f.model().mapRange(1, c).min == -f.model().mapRange(1, c).max);
    }
    chooseScale(NetworkModel::ColourScale::PerLayer);
    float layerLargest = 0.0f;
    for (float v : conv.values())
        layerLargest = std::max(layerLargest, std::abs(v));
    for (int c = 0; c < conv.dim(0); ++c)
        CHECK_THAT(f.model().mapRange(1, c).max, WithinAbs(layerLargest, 1e-6));
    CHECK(f.page.flowView()->stage(1).rangeText.startsWith(QStringLiteral("±")));
    chooseScale(NetworkModel::ColourScale::Global);
    for (int s = 1; s < f.model().stageCount(); ++s)
        CHECK(f.model().mapRange(s, 0) == f.model().mapRange(1, 0));
    // The input stays grey from 0 to 1 whatever the choice.
    CHECK(f.model().mapRange(0, 0) == ValueRange{0.0f, 1.0f});

    // The View menu's colour map reaches the flow's maps too.
    NetworkFlowView* flow = f.page.flowView();
    const auto isGrey = [](QRgb c) { return qRed(c) == qGreen(c) && qGreen(c) == qBlue(c); };
    // Find a coloured (non-white) pixel of the first map under the blue–orange map.
    const QImage before = flow->grab().toImage();
    QPoint coloured(-1, -1);
    const QRectF map = flow->mapRect(1, 0);
    for (int y = static_cast<int>(map.top()) + 2; y < map.bottom() - 2 && coloured.x() < 0; ++y)
        for (int x = static_cast<int>(map.left()) + 2; x < map.right() - 2 && coloured.x() < 0; ++x)
            if (!isGrey(before.pixel(x, y)))
                coloured = QPoint(x, y);
    REQUIRE(coloured.x() >= 0);
    TensorView::setProgramColourMap(ColourMapKind::Grey);
    const QImage after = flow->grab().toImage();
    TensorView::setProgramColourMap(std::nullopt);
    CHECK(isGrey(after.pixel(coloured)));
}

TEST_CASE("a rebuilt page (a language switch) finds the same input, opened map and value")
{
    Fixture first;
    first.page.openPhoto(photo("photo-4.jpg"));
    first.model().selectMap(4, 2);
    first.model().pickCell(3, 5);
    first.page.colourScaleBox()->setCurrentIndex(2);
    settle();
    const QJsonObject state = first.page.state();

    NetworkPage rebuilt(&first.store);
    rebuilt.setState(state);
    settle();
    NetworkModel& model = *rebuilt.model();
    CHECK(model.source() == NetworkModel::Source::Photo);
    CHECK(model.input() == first.model().input());
    CHECK(model.selectedStage() == 4);
    CHECK(model.selectedChannel() == 2);
    CHECK(model.pickedCell() == QPoint(5, 3));
    CHECK(model.colourScale() == first.model().colourScale());

    // A drawing comes back as drawn.
    first.page.canvas()->drawStroke({QPointF(140, 40), QPointF(140, 240)});
    settle();
    REQUIRE(first.model().source() == NetworkModel::Source::Drawing);
    NetworkPage redrawn(&first.store);
    redrawn.setState(first.page.state());
    settle();
    CHECK(redrawn.model()->source() == NetworkModel::Source::Drawing);
    CHECK(redrawn.model()->input() == first.model().input());
}

TEST_CASE("a lesson carries the photo, so it opens the same input where the file is gone")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("my-four.jpg"));
    REQUIRE(QFile::copy(photo("photo-4.jpg"), copy));
    Fixture first;
    first.page.openPhoto(copy);
    settle();
    REQUIRE(first.model().source() == NetworkModel::Source::Photo);
    QStringList notes;
    const QJsonObject lesson = first.page.lessonState(notes);
    CHECK(notes.isEmpty());
    CHECK(lesson.contains(QStringLiteral("photoData")));
    REQUIRE(QFile::remove(copy));

    NetworkPage student(&first.store);
    student.setState(lesson);
    settle();
    CHECK(student.model()->source() == NetworkModel::Source::Photo);
    CHECK(student.model()->sourceName() == QStringLiteral("my-four.jpg"));
    CHECK(student.model()->input() == first.model().input());

    // A picture from memory (a camera frame sent from the Activation maps page) too.
    QImage frame(QSize(400, 300), QImage::Format_RGB32);
    frame.fill(Qt::white);
    QImage four(photo("photo-4.jpg"));
    REQUIRE_FALSE(four.isNull());
    QPainter(&frame).drawImage(QRect(100, 50, 200, 200), four);
    first.page.openImage(frame, QStringLiteral("Camera"));
    settle();
    REQUIRE(first.model().source() == NetworkModel::Source::Photo);
    NetworkPage again(&first.store);
    again.setState(first.page.lessonState(notes));
    settle();
    CHECK(notes.isEmpty());
    CHECK(again.model()->sourceName() == QStringLiteral("Camera"));
    CHECK(again.model()->input() == first.model().input());

    // The state a language switch hands on names the file and carries nothing.
    CHECK_FALSE(first.page.state().contains(QStringLiteral("photoData")));
}

TEST_CASE("the Convolution and Pooling pages step through a network value on its real data")
{
    Fixture f;
    StepperPage stepper;
    stepper.setAttribute(Qt::WA_DontShowOnScreen);
    stepper.resize(1150, 760);
    stepper.show();

    // The second convolution: eight input channels, a learned 3×3 kernel for each, a bias.
    openAndPick(f, 4, 6, 9, 3);
    const std::optional<ConvStepRequest> conv = f.model().convStepRequest();
    REQUIRE(conv);
    REQUIRE(stepper.model()->showNetworkStep(*conv));
    settle();
    StepperModel& model = *stepper.model();
    CHECK(model.channels() == 8);
    CHECK_FALSE(model.isRgb());
    const std::optional<core::ConvStep> step = model.currentStep();
    REQUIRE(step);
    CHECK(step->outY == 9);
    CHECK(step->outX == 3);
    const float value = f.model().stageValues(4).at(6, 9, 3);
    CHECK_THAT(step->total, WithinAbs(value, 1e-4));
    for (int c = 0; c < 8; ++c)
        CHECK(stepper.inputView(c)->isVisible());
    const QString sum = stepper.sumText();
    CHECK(sum.contains(QStringLiteral("Channel 8")));
    CHECK(sum.contains(QStringLiteral("max(0, ") + formatNumber(step->total)));
    CHECK(stepper.findChild<QLabel*>(QStringLiteral("sourceLabel"))->text() == conv->title);
    // A new setting is the student's own experiment: the network's name goes.
    model.setStride(2);
    settle();
    CHECK(model.networkSource().isEmpty());
    CHECK_FALSE(model.reluFollows());
    // More channels than the page shows are refused, and nothing changes.
    ConvStepRequest tooWide;
    tooWide.input = core::Tensor({17, 5, 5});
    tooWide.kernels = core::Tensor({1, 17, 3, 3});
    CHECK_FALSE(model.showNetworkStep(tooWide));
    CHECK(model.channels() == 8);

    // The first max pooling: the block of whole windows around the clicked value.
    PoolingPage pooling;
    openAndPick(f, 3, 5, 12, 1);
    const std::optional<PoolStepRequest> pool = f.model().poolStepRequest();
    REQUIRE(pool);
    REQUIRE(pooling.model()->showNetworkStep(pool->grid, pool->mode, pool->window, pool->stride, pool->outY, pool->outX));
    const std::optional<core::PoolStep> poolStep = pooling.model()->currentStep(core::PoolMode::Max);
    REQUIRE(poolStep);
    CHECK(poolStep->result == f.model().stageValues(3).at(5, 12, 1));
    CHECK(pooling.model()->focus() == core::PoolMode::Max);
}

TEST_CASE("a colour network of the class's own pictures shows its channels, its three kernels per filter and its test pictures")
{
    // conv 2 3×3 over an 8×8 colour picture, then three class scores.
    core::Network<float> network(core::NetworkSpec::parse("input 3 8 8\nconv 2 3 pad 1\nrelu\nflatten\ndense 3\n"), 5);
    core::ModelMetadata metadata;
    metadata.datasetName = "shapes";
    metadata.classNames = {"circle", "filled square", "삼각형"};
    auto model = std::make_shared<const core::Model>(core::Model::fromNetwork(network, metadata));
    auto pictures = std::make_shared<core::ImageSet>();
    pictures->count = 2;
    pictures->channels = 3;
    pictures->height = 8;
    pictures->width = 8;
    for (int i = 0; i < 2 * 3 * 64; ++i)
        pictures->pixels.push_back(static_cast<std::uint8_t>((i * 37) % 256));
    pictures->labels = {0, 2};

    ModelStore store;
    store.setModel(model, ui::ModelOrigin::trainedHere(), pictures, QStringLiteral("test pictures of shapes"));
    NetworkPage page(&store);
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(1150, 760);
    page.show();
    settle();

    NetworkModel* shown = page.model();
    REQUIRE(shown->hasModel());
    CHECK_FALSE(shown->readsDigits());
    REQUIRE(shown->testImageCount() == 2);
    CHECK(shown->input() == pictures->image(0));
    CHECK(shown->classNames() == QStringList{QStringLiteral("circle"), QStringLiteral("filled square"), QStringLiteral("삼각형")});
    CHECK_FALSE(page.canvas()->isVisibleTo(&page));

    // Each filter's kernel for red, green and blue: planes k·3 + c of the 2 × 3 × 3 × 3 bank.
    const core::Tensor& filters = shown->learnedFilters();
    REQUIRE(filters.shape() == std::vector<int>{2, 3, 3, 3});
    LearnedFiltersPanel* panel = page.filtersPanel();
    REQUIRE(panel->channelView(1, 2) != nullptr);
    CHECK(panel->channelView(1, 2)->isVisibleTo(panel));
    CHECK(panel->channelView(1, 2)->matrix() == core::Matrix(filters.plane(1 * 3 + 2)));

    SECTION("a photo becomes the input as the training pictures did: its centre square")
    {
        QTemporaryDir dir;
        QImage photo(24, 8, QImage::Format_RGB32);
        photo.fill(QColor(0, 0, 255));
        for (int y = 0; y < 8; ++y)
            for (int x = 8; x < 16; ++x)
                photo.setPixelColor(x, y, QColor(255, 0, 0));
        const QString path = dir.filePath(QStringLiteral("wide.png"));
        REQUIRE(photo.save(path));
        REQUIRE(shown->openPhoto(path));
        settle();
        // The red middle square, nothing of the blue sides.
        CHECK(shown->input().plane(0).minCoeff() == 1.0f);
        CHECK(shown->input().plane(2).maxCoeff() == 0.0f);
    }
}
