// The Train a CNN page: a short run on a small synthetic dataset fills the charts and the
// results; pause, resume, stop and closing the page all take effect within 100 ms; bad folders
// and bad model files give messages; a drawn digit gives ten probabilities that sum to 1; the
// model's change signals arrive once per event-loop turn. A class's picture folder loads with its
// names and colours, can be cancelled, and a far smaller class is pointed out; a learning rate far
// too large pauses the run and says which to try, on a logarithmic loss axis; slow motion.
//
// The cases tagged [.timing] hold the page to wall-clock promises, so ctest runs them on their
// own (training_page_timing_test, RUN_SERIAL) rather than beside another test on two cores.
#include "tests/catch.h"
#include "tests/nn/approx.h"

#include "core/nn/network_spec.h"
#include "core/nn/pytorch_code.h"
#include "ui/model_store.h"
#include "tests/cli/shape_pictures.h"
#include "ui/training/architecture_editor.h"
#include "ui/training/confusion_matrix_view.h"
#include "ui/training/drawing_classifier.h"
#include "ui/training/picture_folder_options.h"
#include "ui/training/test_image_grid.h"
#include "ui/training/training_charts.h"
#include "ui/training/training_history.h"
#include "ui/training/training_model.h"
#include "ui/training/training_page.h"
#include "ui/training/training_text.h"
#include "ui/training/training_worker.h"
#include "ui/widgets/digit_canvas.h"
#include "ui/widgets/probability_bars.h"
#include "ui/widgets/pytorch_code_dialog.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QTabWidget>
#include <QLegend>
#include <QMouseEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QValueAxis>

#include <cmath>
#include <memory>
#include <numeric>
#include <random>

using namespace convscope;
using ui::TrainingModel;
using ui::TrainingPage;
using test::Approx;

namespace {

// Lets the model's coalesced change signals of this turn reach the page.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// Spins the event loop until `done` holds or `timeoutMs` passes, then lets the page show what
// changed; true when it held.
template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(500);
    }
    settle();
    return true;
}

// Ten classes a small CNN tells apart within an epoch: class k is a bright 6×6 square at one of
// ten places of the 28×28 field, on faint noise.
core::ImageSet makeImages(int count, std::uint32_t seed)
{
    core::ImageSet set;
    set.count = count;
    set.height = 28;
    set.width = 28;
    set.pixels.assign(static_cast<std::size_t>(count) * 28 * 28, 0);
    set.labels.resize(static_cast<std::size_t>(count));
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> noise(0, 40);
    std::uniform_int_distribution<int> jitter(-1, 1);
    for (int i = 0; i < count; ++i) {
        const int label = i % 10;
        set.labels[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(label);
        std::uint8_t* image = set.pixels.data() + static_cast<std::size_t>(i) * 28 * 28;
        for (int p = 0; p < 28 * 28; ++p)
            image[p] = static_cast<std::uint8_t>(noise(rng));
        const int top = 3 + (label / 5) * 14 + jitter(rng);
        const int left = 2 + (label % 5) * 5 + jitter(rng);
        for (int y = top; y < top + 6; ++y)
            for (int x = left; x < left + 4; ++x)
                image[y * 28 + x] = 255;
    }
    return set;
}

std::shared_ptr<const core::Dataset> syntheticDataset(int trainCount = 600, int testCount = 200)
{
    auto dataset = std::make_shared<core::Dataset>();
    dataset->name = "squares";
    dataset->classNames = core::classNamesFor("squares", 10);
    dataset->train = makeImages(trainCount, 1);
    dataset->test = makeImages(testCount, 2);
    return dataset;
}

// A page whose model trains on the synthetic set with the given settings.
std::unique_ptr<TrainingPage> makePage(int epochs, int batchSize = 32, double learningRate = 0.003)
{
    auto page = std::make_unique<TrainingPage>(nullptr);
    TrainingModel* model = page->model();
    model->setDataset(syntheticDataset(), QStringLiteral("squares"));
    core::TrainingConfig config = model->config();
    config.epochs = epochs;
    config.batchSize = batchSize;
    config.optimizer.learningRate = learningRate;
    config.threads = 2;
    model->setConfig(config);
    settle();
    return page;
}

bool isIdle(const TrainingModel* model)
{
    return model->state() == TrainingModel::State::Idle;
}

} // namespace

TEST_CASE("The smoothed lines are bias-corrected moving averages over epochs", "[training]")
{
    ui::TrainingHistory history;
    core::BatchReport report;
    report.epoch = 2;
    report.batch = 5;
    report.batchesPerEpoch = 10;
    report.loss = 1.0;
    report.accuracy = 0.5;
    history.addBatch(report);
    report.batch = 6;
    report.loss = 0.0;
    report.accuracy = 1.0;
    history.addBatch(report);
    REQUIRE(history.batches().size() == 2);
    CHECK(history.batches()[0].x == Approx(1.5));
    CHECK(history.batches()[1].x == Approx(1.6));
    // s1 = 0.05·1, corrected by 1 − 0.95 → exactly the first value.
    CHECK(history.batches()[0].smoothedLoss == Approx(1.0));
    // s2 = 0.95·0.05 + 0.05·0 = 0.0475, corrected by 1 − 0.95² = 0.0975.
    CHECK(history.batches()[1].smoothedLoss == Approx(0.0475 / 0.0975));
    CHECK(history.batches()[1].smoothedAccuracy == Approx((0.95 * 0.025 + 0.05) / 0.0975));
    CHECK(history.maximumLoss() == 1.0);
}

TEST_CASE("The architecture editor shows core's shapes and names the layer at fault", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    model->choosePreset(QStringLiteral("classroom"));
    CHECK(model->matchingPreset() == QStringLiteral("classroom"));
    CHECK(model->specProblem().isEmpty());
    CHECK(model->parameterCount() == 52138);
    auto* table = page->findChild<ui::ArchitectureEditor*>()->table();
    REQUIRE(table->rowCount() == static_cast<int>(model->spec().layers.size()) + 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("[28, 28, 1]"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("[28, 28, 8]"));  // conv 8 3×3 pad 1
    CHECK(table->item(3, 1)->text() == QStringLiteral("[14, 14, 8]"));  // max pool 2
    CHECK(table->item(7, 1)->text() == QStringLiteral("[784]"));        // flatten 16·7·7

    // A 32×32 pooling window cannot follow a 14×14 map: layer 6 is named and nothing trains.
    model->replaceLayer(5, core::LayerSpec::maxPool(32));
    settle();
    CHECK(model->faultyLayer() == 5);
    CHECK(model->specProblem().contains(QStringLiteral("Layer 6")));
    CHECK(table->item(6, 0)->text().contains(QStringLiteral("6.")));
    CHECK_FALSE(model->canStart());
    CHECK_FALSE(page->startButton()->isEnabled());

    model->replaceLayer(5, core::LayerSpec::maxPool(2));
    model->insertLayer(0, core::LayerSpec::conv(4, 5));
    CHECK(model->specProblem().isEmpty());
    CHECK(model->shapes()[0].output == std::vector<int>{4, 24, 24});
    CHECK(model->matchingPreset().isEmpty());
    model->removeLayer(0);
    CHECK(model->matchingPreset() == QStringLiteral("classroom"));
}

TEST_CASE("The architecture editor edits a leaky ReLU's slope, a pool's padding and a batch norm's ε", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    model->setSpec(core::NetworkSpec::parse("input 1 28 28\nconv 4 3\nleakyrelu 0.01\nmaxpool 2\nbatchnorm\nflatten\n"
                                            "dense 10\n"));
    settle();
    auto* editor = page->findChild<ui::ArchitectureEditor*>();
    auto* rate = editor->findChild<QDoubleSpinBox*>(QStringLiteral("layerRate"));
    auto* padding = editor->findChild<QSpinBox*>(QStringLiteral("layerPadding"));
    auto* epsilon = editor->findChild<QDoubleSpinBox*>(QStringLiteral("layerEpsilon"));
    REQUIRE((rate && padding && epsilon));
    const auto select = [&](int layer) {
        editor->table()->selectRow(layer + 1);
        settle();
    };
    select(1);
    CHECK_FALSE(rate->isHidden());
    CHECK(padding->isHidden());
    rate->setValue(0.2);
    settle();
    CHECK(model->spec().layers[1].toText() == "leakyrelu 0.2");
    select(2);
    CHECK_FALSE(padding->isHidden());
    CHECK(rate->isHidden());
    padding->setValue(1);
    settle();
    CHECK(model->spec().layers[2].toText() == "maxpool 2 pad 1");
    select(3);
    CHECK_FALSE(epsilon->isHidden());
    epsilon->setValue(0.001);
    settle();
    CHECK(model->spec().layers[3].toText() == "batchnorm eps 0.001");
}

TEST_CASE("Show as PyTorch code follows the architecture while it is open", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    model->choosePreset(QStringLiteral("classroom"));
    settle();
    ui::PytorchCodeDialog* dialog = page->showPytorchCode();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->code().toStdString()
          == core::pytorchCode(model->spec(), core::PytorchTraining::fromConfig(model->config())));
    CHECK(dialog->code().contains(QStringLiteral("nn.Conv2d(1, 8, kernel_size=3, padding=1),")));
    model->insertLayer(1, core::LayerSpec::tanh());
    settle();
    CHECK(dialog->code().contains(QStringLiteral("nn.Tanh(),")));
    // A network that does not fit together has no code, and says why.
    model->replaceLayer(6, core::LayerSpec::maxPool(32));
    settle();
    CHECK(dialog->code().isEmpty());
    dialog->close();
}

TEST_CASE("A short run fills the charts, the test images and the confusion matrix", "[training]")
{
    auto page = makePage(2);
    TrainingModel* model = page->model();
    int chunks = 0;
    QObject::connect(model, &TrainingModel::valuesChanged, [&chunks](TrainingModel::Values values) {
        chunks += (values & TrainingModel::History) ? 1 : 0;
    });
    CHECK(page->startButton()->isEnabled());
    page->startButton()->click();
    CHECK(model->state() == TrainingModel::State::Running);
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));

    const int batches = 2 * (600 / 32 + 1);
    CHECK(static_cast<int>(model->history().batches().size()) == batches);
    CHECK(page->charts()->batchPointCount() == batches);
    CHECK(page->charts()->epochPointCount() == 2);
    // The batch points arrive in chunks (at most five a second plus one per epoch), not one by one.
    CHECK(chunks < batches);
    CHECK(model->history().epochs().back().testAccuracy > 0.9);

    REQUIRE(model->predictions().size() == 200);
    CHECK(model->predictionsEpoch() == 2);
    int total = 0;
    int diagonal = 0;
    for (std::size_t t = 0; t < model->confusion().size(); ++t) {
        total += std::accumulate(model->confusion()[t].begin(), model->confusion()[t].end(), 0);
        diagonal += model->confusion()[t][t];
    }
    CHECK(total == 200);
    CHECK(diagonal == Approx(200 * model->predictionsAccuracy()).margin(0.5));
    CHECK(page->confusionMatrix()->counts() == model->confusion());
    const QList<ui::TestImageItem>& items = page->testImageGrid()->items();
    REQUIRE(items.size() == 60);
    CHECK(items[3].truth == QStringLiteral("3"));
    CHECK(items[3].predicted == QString::number(model->predictions()[3]));
    CHECK(items[3].wrong == (model->predictions()[3] != 3));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("finished")));
    CHECK(page->startButton()->text() == QStringLiteral("Continue training"));

    // A click on a cell of the confusion matrix shows that cell's test images, and only them.
    ui::ConfusionMatrixView* matrix = page->confusionMatrix();
    const auto clickCell = [matrix](int truth, int answer) {
        for (int y = 0; y < matrix->height(); y += 2)
            for (int x = 0; x < matrix->width(); x += 2)
                if (matrix->cellAt(QPointF(x, y)) == std::pair{truth, answer}) {
                    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(x, y), matrix->mapToGlobal(QPointF(x, y)),
                                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
                    QCoreApplication::sendEvent(matrix, &release);
                    return true;
                }
        return false;
    };
    page->resize(1280, 800);
    page->show();
    for (int tab = 0; tab < page->resultTabs()->count(); ++tab)
        if (page->resultTabs()->tabText(tab) == QStringLiteral("Confusion matrix"))
            page->resultTabs()->setCurrentIndex(tab);
    QCoreApplication::processEvents();
    REQUIRE(matrix->isVisible());
    REQUIRE(clickCell(3, 3));
    CHECK(page->resultTabs()->tabText(page->resultTabs()->currentIndex()) == QStringLiteral("Test images"));
    const int threes = model->confusion()[3][3];
    REQUIRE(page->testImageGrid()->items().size() == std::min(threes, 60));
    for (const ui::TestImageItem& item : page->testImageGrid()->items()) {
        CHECK(item.truth == QStringLiteral("3"));
        CHECK(item.predicted == QStringLiteral("3"));
    }
    const QList<ui::TestImageItem>& threeItems = page->testImageGrid()->items();
    CHECK(std::is_sorted(threeItems.begin(), threeItems.end(),
                         [](const ui::TestImageItem& a, const ui::TestImageItem& b) { return a.index < b.index; }));
    QPushButton* all = nullptr;
    for (QPushButton* button : page->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("All test images"))
            all = button;
    REQUIRE(all != nullptr);
    CHECK(all->isVisibleTo(page.get()));
    // A mistake, if the network made one: the images of that true class it took for the other.
    const int classes = static_cast<int>(model->confusion().size());
    for (int truth = 0; truth < classes; ++truth)
        for (int answer = 0; answer < classes; ++answer)
            if (truth != answer && model->confusion()[truth][answer] > 0) {
                page->resultTabs()->setCurrentWidget(matrix->parentWidget());
                QCoreApplication::processEvents();
                REQUIRE(clickCell(truth, answer));
                CHECK(page->testImageGrid()->items().size() == std::min(model->confusion()[truth][answer], 60));
                CHECK(page->testImageGrid()->items().front().wrong);
                truth = answer = classes;
            }
    all->click();
    CHECK(page->testImageGrid()->items().size() == 60);
    CHECK_FALSE(all->isVisibleTo(page.get()));

    // Continuing trains two more epochs, counted on from the first two.
    page->startButton()->click();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    CHECK(model->history().epochs().size() == 4);
    CHECK(model->history().epochs().back().x == 4.0);
    CHECK(model->currentModel()->metadata.epochs == 4);
    // One snapshot before training and one after each epoch, the first conv layer's 8 filters.
    std::vector<int> snapshotEpochs;
    for (const core::EpochSnapshot& snapshot : model->snapshots())
        snapshotEpochs.push_back(snapshot.epoch);
    CHECK(snapshotEpochs == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(model->snapshots().back().filters.shape() == std::vector<int>{8, 1, 3, 3});

    page->resetButton()->click();
    settle();
    CHECK_FALSE(model->hasNetwork());
    CHECK(page->charts()->batchPointCount() == 0);
    CHECK(model->isArchitectureEditable());
    // The finished run's sentence goes with it: the page does not say "finished" below "Not trained yet".
    CHECK(page->statusLabel()->text().isEmpty());
}

// The promise is 100 ms; the sanitizer build runs every batch 3 to 5 times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 latencyMs = 500;
#else
constexpr qint64 latencyMs = 100;
#endif

TEST_CASE("Pause, resume and stop take effect within 100 ms", "[training][.timing]")
{
    auto page = makePage(200, 16);
    TrainingModel* model = page->model();
    const ui::TrainingWorker* worker = model->worker();
    model->start();
    REQUIRE(waitFor([&] { return worker->batchesCompleted() > 5; }, 20000));

    SECTION("pause, then resume")
    {
        page->pauseButton()->click();
        settle();
        CHECK(model->state() == TrainingModel::State::Paused);
        CHECK(page->pauseButton()->text() == QStringLiteral("Resume"));
        QThread::msleep(100);
        const long long paused = worker->batchesCompleted();
        // Nothing trains once 100 ms have passed.
        QThread::msleep(300);
        CHECK(worker->batchesCompleted() == paused);

        QElapsedTimer timer;
        timer.start();
        page->pauseButton()->click();
        REQUIRE(waitFor([&] { return worker->batchesCompleted() > paused; }, 5000));
        CHECK(timer.elapsed() < latencyMs);
        CHECK(model->state() == TrainingModel::State::Running);
    }
    SECTION("stop while running")
    {
        QElapsedTimer timer;
        timer.start();
        page->stopButton()->click();
        REQUIRE(waitFor([&] { return isIdle(model); }, 5000));
        CHECK(timer.elapsed() < latencyMs);
        CHECK_FALSE(worker->isBusy());
        CHECK(model->currentModel() != nullptr);
        CHECK(page->statusLabel()->text().contains(QStringLiteral("stopped")));
    }
    SECTION("stop while paused")
    {
        model->pause();
        QThread::msleep(50);
        QElapsedTimer timer;
        timer.start();
        model->stop();
        REQUIRE(waitFor([&] { return isIdle(model); }, 5000));
        CHECK(timer.elapsed() < latencyMs);
        CHECK_FALSE(worker->isBusy());
    }
}

TEST_CASE("A dataset chosen mid-run ends the run at once and tests the network on it when the thread is free", "[training][.timing]")
{
    auto page = makePage(200, 16);
    TrainingModel* model = page->model();
    model->start();
    // After the first epoch, so there is a model to test.
    REQUIRE(waitFor([&] { return model->currentModel() != nullptr; }, 20000));

    QElapsedTimer timer;
    timer.start();
    model->setDataset(syntheticDataset(300, 100), QStringLiteral("more squares"));
    CHECK(timer.elapsed() < latencyMs);
    // The test pass waits for the training thread to end, then runs on the same network.
    CHECK(model->state() == TrainingModel::State::Evaluating);
    CHECK(model->history().batches().empty());
    REQUIRE(waitFor([&] { return isIdle(model); }, 20000));
    CHECK(model->predictions().size() == 100);
    CHECK(model->history().batches().empty());
    CHECK(model->hasNetwork());
}

TEST_CASE("Reset mid-epoch clears the page at once, and the stopped job reports nothing more", "[training]")
{
    auto page = makePage(200, 16);
    TrainingModel* model = page->model();
    const ui::TrainingWorker* worker = model->worker();
    model->start();
    REQUIRE(waitFor([&] { return worker->batchesCompleted() > 3; }, 20000));

    page->resetButton()->click();
    // Cleared in the click and the page shown again on that event-loop turn, without waiting for
    // the training thread.
    settle();
    CHECK(model->state() == TrainingModel::State::Idle);
    CHECK_FALSE(model->hasNetwork());
    CHECK_FALSE(worker->hasNetwork());
    CHECK_FALSE(worker->isBusy());
    CHECK(page->charts()->batchPointCount() == 0);

    // The thread ends on its own; what it had queued reaches nobody.
    const long long stoppedAt = worker->batchesCompleted();
    waitFor([] { return false; }, 300);
    CHECK(worker->batchesCompleted() - stoppedAt <= 1);
    CHECK(page->charts()->batchPointCount() == 0);
    CHECK(model->history().batches().empty());

    // And a new run starts from a fresh network.
    model->start();
    REQUIRE(waitFor([&] { return worker->batchesCompleted() > stoppedAt + 3; }, 20000));
    CHECK(model->state() == TrainingModel::State::Running);
    model->stop();
    REQUIRE(waitFor([&] { return isIdle(model); }, 5000));
}

TEST_CASE("Closing the page mid-epoch ends the training thread within 100 ms", "[training][.timing]")
{
    auto page = makePage(200, 16);
    TrainingModel* model = page->model();
    model->start();
    REQUIRE(waitFor([&] { return model->worker()->batchesCompleted() > 3; }, 20000));
    QElapsedTimer timer;
    timer.start();
    page.reset(); // the destructor stops and joins the thread
    CHECK(timer.elapsed() < latencyMs);
    // Reports the thread queued before it stopped reach nobody.
    QCoreApplication::processEvents();
}

TEST_CASE("A loss that becomes NaN or infinite stops the run with advice on the learning rate", "[training]")
{
    auto page = makePage(3, 32, core::TrainingConfig::maxLearningRate);
    TrainingModel* model = page->model();
    // No ReLU between the dense layers: SGD at the highest rate allowed makes the weights explode.
    model->setSpec(core::NetworkSpec::parse("flatten\ndense 64\ndense 10\n"));
    core::TrainingConfig config = model->config();
    config.optimizer.kind = core::OptimizerKind::Sgd;
    model->setConfig(config);
    model->start();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    const QString status = page->statusLabel()->text();
    CHECK(status.contains(QStringLiteral("NaN or infinite")));
    CHECK(status.contains(QStringLiteral("learning rate")));
    REQUIRE(model->currentModel() != nullptr);
    int nonFinite = 0;
    for (const core::Tensor& parameters : model->currentModel()->parameters)
        for (float value : parameters.values())
            nonFinite += std::isfinite(value) ? 0 : 1;
    CHECK(nonFinite == 0);
}

TEST_CASE("A folder that is not a dataset gives a message naming it", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    const std::shared_ptr<const core::Dataset> before = model->dataset();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    {
        QFile junk(folder.filePath(QStringLiteral("train-images-idx3-ubyte")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("not an IDX file");
    }
    int problems = 0;
    QObject::connect(model, &TrainingModel::message, [&problems](const QString&, bool problem) { problems += problem; });
    model->loadDatasetFolder(folder.path());
    REQUIRE(waitFor([&] { return !model->isLoadingDataset(); }, 10000));
    CHECK(problems == 1);
    CHECK(page->statusLabel()->text().contains(folder.path()));
    CHECK(model->dataset() == before);
    CHECK(page->startButton()->isEnabled());
}

TEST_CASE("The bundled digits load off the GUI thread", "[training]")
{
    TrainingPage page(nullptr);
    TrainingModel* model = page.model();
    REQUIRE(waitFor([&] { return model->dataset() != nullptr; }, 20000));
    CHECK(model->dataset()->train.count >= 1000);
    CHECK(model->dataset()->classCount() == 10);
    CHECK(model->classLabels().front() == QStringLiteral("0"));
    CHECK(model->spec().input == std::vector<int>{1, 28, 28});
}

TEST_CASE("A drawn digit gives ten probabilities that sum to 1", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    ui::DigitCanvas* canvas = page->canvas();

    canvas->drawStroke({{140, 40}, {140, 240}});
    CHECK(page->probabilityBars()->probabilities().empty()); // nothing trained yet

    model->start();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    const std::vector<float>& probabilities = page->probabilityBars()->probabilities();
    REQUIRE(probabilities.size() == 10);
    CHECK(std::accumulate(probabilities.begin(), probabilities.end(), 0.0) == Approx(1.0).epsilon(1e-5));

    // MNIST's preparation: a vertical stroke of a 1 scaled to 20 pixels high, centred by mass.
    const ui::DrawingClassification drawn = model->drawingClassifier()->classify(canvas->inkTensor());
    REQUIRE(drawn.preprocessing.status == core::DigitPreprocessingStatus::Ok);
    CHECK(drawn.preprocessing.scaled.dim(1) == 20);
    double mass = 0.0;
    double rows = 0.0;
    double cols = 0.0;
    const core::Tensor& input = drawn.preprocessing.result;
    for (int y = 0; y < 28; ++y) {
        for (int x = 0; x < 28; ++x) {
            mass += input.at(0, y, x);
            rows += y * input.at(0, y, x);
            cols += x * input.at(0, y, x);
        }
    }
    CHECK(rows / mass == Approx(13.5).margin(0.5));
    CHECK(cols / mass == Approx(13.5).margin(0.5));

    canvas->clear();
    CHECK(page->probabilityBars()->probabilities().empty());
}

TEST_CASE("The charts' titles, axes and legends follow the page's font, as presentation mode enlarges it", "[training]")
{
    ui::TrainingCharts charts;
    QChart* loss = charts.lossView()->chart();
    const int height = charts.lossView()->minimumHeight();
    QFont larger = charts.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    charts.setFont(larger);
    REQUIRE_FALSE(loss->axes().isEmpty());
    for (const QAbstractAxis* axis : loss->axes()) {
        CHECK(axis->labelsFont().pointSizeF() == Approx(larger.pointSizeF()));
        CHECK(axis->titleFont().pointSizeF() == Approx(larger.pointSizeF()));
    }
    CHECK(loss->legend()->font().pointSizeF() == Approx(larger.pointSizeF()));
    CHECK(loss->titleFont().pointSizeF() == Approx(1.2 * larger.pointSizeF()));
    CHECK(charts.accuracyView()->chart()->axes().front()->labelsFont().pointSizeF() == Approx(larger.pointSizeF()));
    // Taller, so the larger labels are not elided.
    CHECK(charts.lossView()->minimumHeight() > height);
}

TEST_CASE("The first and last epochs' test points are drawn whole, inside the plot area", "[training]")
{
    ui::TrainingCharts charts;
    charts.resize(900, 360);
    charts.show();
    charts.setLastEpoch(5);
    QCoreApplication::processEvents();
    for (QChartView* view : {charts.lossView(), charts.accuracyView()}) {
        QChart* chart = view->chart();
        const QRectF plot = chart->plotArea();
        REQUIRE(plot.width() > 50);
        const double marker = 7.0; // TrainingCharts' test-point marker size
        CHECK(chart->mapToPosition(QPointF(0, 50)).x() - marker / 2 >= plot.left());
        CHECK(chart->mapToPosition(QPointF(5, 50)).x() + marker / 2 <= plot.right());
        // The ticks still fall on whole epochs, starting at 0.
        const auto* x = qobject_cast<const QValueAxis*>(chart->axes(Qt::Horizontal).front());
        REQUIRE(x != nullptr);
        CHECK(x->tickAnchor() == 0.0);
        CHECK(x->tickInterval() == 1.0);
    }
}

TEST_CASE("A burst of mouse moves on the canvas is classified once, on the next event-loop turn", "[training]")
{
    ui::DigitCanvas canvas;
    canvas.resize(280, 280);
    int changes = 0;
    QObject::connect(&canvas, &ui::DigitCanvas::inkChanged, [&changes] { ++changes; });
    const auto send = [&canvas](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, canvas.mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(&canvas, &event);
    };
    send(QEvent::MouseButtonPress, {140, 40}, Qt::LeftButton);
    for (int y = 45; y <= 240; y += 5)
        send(QEvent::MouseMove, {140, static_cast<qreal>(y)}, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, {140, 240}, Qt::NoButton);
    CHECK(changes == 0);
    CHECK_FALSE(canvas.isEmpty());
    QCoreApplication::processEvents();
    CHECK(changes == 1);
    canvas.clear();
    CHECK(changes == 2);
}

TEST_CASE("A drawing is classified by a model of millions of weights once its network is ready", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    const core::NetworkSpec spec = core::NetworkSpec::parse("flatten\ndense 1500\nrelu\ndense 10\n");
    core::Model large = core::Model::fromNetwork(core::Network<float>(spec, 5), {});
    REQUIRE(large.parameterCount() > ui::ModelStore::parametersPreparedAtOnce);
    model->restore(std::move(large), ui::TrainingHistory());
    ui::DigitCanvas* canvas = page->canvas();
    canvas->drawStroke({{140, 40}, {140, 240}});

    // Not on the GUI thread: the page says the network is being made ready.
    const ui::DrawingClassification first = model->drawingClassifier()->classify(canvas->inkTensor());
    CHECK(first.probabilities.empty());
    CHECK(first.problem.contains(QStringLiteral("ready")));
    REQUIRE(waitFor([&] { return page->probabilityBars()->probabilities().size() == 10; }, 30000));
    const ui::DrawingClassification ready = model->drawingClassifier()->classify(canvas->inkTensor());
    CHECK(ready.problem.isEmpty());
    REQUIRE(ready.probabilities.size() == 10);
    CHECK(std::accumulate(ready.probabilities.begin(), ready.probabilities.end(), 0.0) == Approx(1.0).epsilon(1e-5));
}

TEST_CASE("A model saved and loaded again gives the same answers; a damaged file is refused", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    model->start();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    const std::vector<int> predictions = model->predictions();
    REQUIRE(predictions.size() == 200);

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("squares.csmodel"));
    QString saved;
    QObject::connect(model, &TrainingModel::modelSaved, [&](const QString& to, const QString& problem) {
        saved = problem.isEmpty() ? to : problem;
    });
    CHECK(model->saveModel(path).isEmpty());
    // Written on a thread of its own.
    REQUIRE(waitFor([&] { return !model->isSaving(); }, 30000));
    CHECK(saved == path);
    CHECK(model->saveModel(folder.filePath(QStringLiteral("no-such-folder/squares.csmodel"))).isEmpty());
    REQUIRE(waitFor([&] { return !model->isSaving(); }, 30000));
    CHECK(saved.contains(QStringLiteral("not writable or does not exist")));

    model->reset();
    CHECK(model->predictions().empty());
    QString failed;
    QObject::connect(model, &TrainingModel::modelLoadFailed,
                     [&](const QString&, const QString& problem) { failed = problem; });
    // Read on a thread of its own.
    model->loadModel(path);
    REQUIRE(waitFor([&] { return !model->isLoadingModel(); }, 30000));
    CHECK(failed.isEmpty());
    CHECK(model->hasNetwork());
    CHECK_FALSE(model->isArchitectureEditable());
    REQUIRE(waitFor([&] { return isIdle(model); }, 30000));
    CHECK(model->predictions() == predictions);
    CHECK(model->currentModel()->metadata.epochs == 1);

    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(40);
        file.write("damage");
    }
    model->loadModel(path);
    REQUIRE(waitFor([&] { return !model->isLoadingModel(); }, 30000));
    CHECK_FALSE(failed.isEmpty());
    CHECK(model->predictions() == predictions); // the loaded model is still there
    failed.clear();
    model->loadModel(folder.filePath(QStringLiteral("missing.csmodel")));
    REQUIRE(waitFor([&] { return !model->isLoadingModel(); }, 30000));
    CHECK_FALSE(failed.isEmpty());
}

TEST_CASE("A page rebuilt from another page's state goes on with the same network and charts", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    model->removeLayer(8); // the ReLU between the dense layers: a custom architecture
    model->start();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    CHECK_FALSE(page->isBusy());
    const QJsonObject state = page->state();

    TrainingPage rebuilt(nullptr);
    rebuilt.model()->setDataset(syntheticDataset(), QStringLiteral("squares"));
    rebuilt.setState(state);
    settle();
    TrainingModel* restored = rebuilt.model();
    CHECK(restored->hasNetwork());
    CHECK(restored->spec() == model->spec());
    CHECK(restored->config() == model->config());
    CHECK(restored->history().batches().size() == model->history().batches().size());
    CHECK(rebuilt.charts()->batchPointCount() == page->charts()->batchPointCount());
    CHECK(rebuilt.charts()->epochPointCount() == 1);
    REQUIRE(waitFor([&] { return isIdle(restored); }, 30000));
    CHECK(restored->predictions() == model->predictions());
    CHECK(restored->currentModel()->parameters == model->currentModel()->parameters);
}

TEST_CASE("The trained model and its epoch snapshots go to the model store with one click", "[training]")
{
    ui::ModelStore store;
    TrainingPage page(&store);
    TrainingModel* model = page.model();
    model->setDataset(syntheticDataset(), QStringLiteral("squares"));
    core::TrainingConfig config = model->config();
    config.epochs = 1;
    model->setConfig(config);
    model->start();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    QPushButton* use = nullptr;
    for (QPushButton* button : page.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Look inside this network"))
            use = button;
    REQUIRE(use != nullptr);
    REQUIRE(use->isEnabled());
    int changes = 0;
    QObject::connect(&store, &ui::ModelStore::modelChanged, [&changes] { ++changes; });
    use->click();
    CHECK(changes == 1);
    REQUIRE(store.model() != nullptr);
    CHECK(store.model()->parameters == model->currentModel()->parameters);
    CHECK(store.snapshots().size() == model->snapshots().size());
}

TEST_CASE("A batch too large for memory is refused at Start with the batch that fits", "[training]")
{
    auto page = makePage(1, 640);
    TrainingModel* model = page->model();
    model->setSpec(core::NetworkSpec::parse("conv 999 3 pad 1\nrelu\nmaxpool 2\nflatten\ndense 10\n"));
    model->start();
    CHECK(isIdle(model));
    CHECK_FALSE(model->hasNetwork());
    const QString status = page->statusLabel()->text();
    INFO(status.toStdString());
    CHECK(status.contains(QStringLiteral("A batch of 640 images needs")));
    CHECK(status.contains(QStringLiteral("at most 127 images")));
}

TEST_CASE("A reset is announced once, on the next event-loop turn, as one structure change", "[training]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    model->start();
    REQUIRE(waitFor([&] { return isIdle(model); }, 60000));
    REQUIRE(page->charts()->batchPointCount() > 0);
    int structure = 0;
    int values = 0;
    QObject::connect(model, &TrainingModel::structureChanged, [&structure] { ++structure; });
    QObject::connect(model, &TrainingModel::valuesChanged, [&values] { ++values; });

    // The history, the results, the weights, the progress, the state and the architecture all
    // change here: the page redraws once, for all of them.
    model->reset();
    CHECK(structure == 0);
    settle();
    CHECK(structure == 1);
    CHECK(values == 0);
    CHECK(page->charts()->batchPointCount() == 0);
    CHECK(page->probabilityBars()->probabilities().empty());

    // A change of settings is announced the same way, once however many fields change.
    core::TrainingConfig config = model->config();
    config.epochs = 2;
    config.batchSize = 16;
    model->setConfig(config);
    model->choosePreset(QStringLiteral("tutorial"));
    settle();
    CHECK(structure == 2);
    CHECK(values == 0);
}

TEST_CASE("The settings keep core's limits: spin box ranges, a restored lesson, Start", "[training]")
{
    using Config = core::TrainingConfig;
    auto page = makePage(1);
    TrainingModel* model = page->model();
    QList<int> maxima;
    for (const QSpinBox* spin : page->findChildren<QSpinBox*>())
        maxima.append(spin->maximum());
    CHECK(maxima.contains(Config::maxEpochs));
    CHECK(maxima.contains(Config::maxBatchSize));
    CHECK(maxima.contains(static_cast<int>(Config::maxSeed)));

    // A lesson's numbers are clamped to the limits; one with a learning rate out of range keeps
    // the settings as they were.
    model->restoreState(QJsonObject{{QStringLiteral("epochs"), 5000}, {QStringLiteral("seed"), -3}});
    CHECK(model->config().epochs == Config::maxEpochs);
    CHECK(model->config().seed == 0);
    const Config before = model->config();
    model->restoreState(QJsonObject{{QStringLiteral("epochs"), 7}, {QStringLiteral("learningRate"), 1e6}});
    CHECK(model->config() == before);

    // Set in code beyond the limits, Start refuses with the page's sentence.
    Config config = model->config();
    config.optimizer.learningRate = 1e6;
    model->setConfig(config);
    model->start();
    CHECK_FALSE(model->hasNetwork());
    CHECK(page->statusLabel()->text().contains(QStringLiteral("at most 100")));
}

TEST_CASE("A picture folder loads with its class names, in colour, and names the files it skipped", "[training][pictures]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("shapes"));
    const QStringList classes = test::writeShapePictures(root, 10);
    auto page = makePage(1, 8);
    TrainingModel* model = page->model();
    page->pictureOptions()->setOptions(32, 3);
    page->loadPictureFolder(root);
    settle();
    CHECK(model->isLoadingDataset());
    CHECK(page->cancelLoadButton()->isVisibleTo(page.get()));
    REQUIRE(waitFor([&] { return !model->isLoadingDataset(); }, 30000));

    const std::shared_ptr<const core::Dataset> dataset = model->dataset();
    REQUIRE(dataset);
    CHECK(model->isPictureDataset());
    CHECK(dataset->classNames == std::vector<std::string>{"circle", "filled square", "삼각형"});
    CHECK(dataset->train.channels == 3);
    CHECK(dataset->train.height == 32);
    CHECK(model->spec().input == std::vector<int>{3, 32, 32});
    CHECK(model->spec().outputCount() == 3);
    CHECK(model->classLabels() == classes);
    CHECK(page->statusLabel()->text().contains(QStringLiteral("skipped, not pictures or damaged")));
    CHECK(page->statusLabel()->text().startsWith(QStringLiteral("2 file")));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("broken.png")));
    CHECK(page->datasetInfo()->text().contains(QStringLiteral("24 training and 6 test images of 32×32")));
    CHECK_FALSE(page->cancelLoadButton()->isVisibleTo(page.get()));
    // No digits to draw for a network of shapes.
    CHECK_FALSE(page->resultTabs()->isTabVisible(2));

    // The test images in colour with the folder names.
    const QList<ui::TestImageItem>& items = page->testImageGrid()->items();
    REQUIRE(items.size() == 6);
    CHECK(items.front().truth == QStringLiteral("circle"));
    CHECK(items.back().truth == QStringLiteral("삼각형"));
    const QImage first = items.front().image;
    const QColor corner = first.pixelColor(0, 0);
    CHECK((corner.red() != corner.green() || corner.green() != corner.blue()));

    model->start();
    REQUIRE(waitFor([&] { return isIdle(model) && !model->predictions().empty(); }, 60000));
    CHECK(page->confusionMatrix()->labels() == classes);
    REQUIRE(model->currentModel());
    CHECK(model->currentModel()->metadata.classNames == dataset->classNames);

    // A picture the network has not seen, on the tab that stands in for drawing a digit.
    CHECK(page->resultTabs()->isTabVisible(3));
    page->tryPicture(root + QStringLiteral("/삼각형/1.png"));
    REQUIRE(page->pictureProbabilityBars()->probabilities().size() == 3);
    const std::vector<float> tried = page->pictureProbabilityBars()->probabilities();
    CHECK(std::accumulate(tried.begin(), tried.end(), 0.0f) == Approx(1.0f));
    const auto best = std::max_element(tried.begin(), tried.end()) - tried.begin();
    CHECK(page->triedPictureAnswer()->text()
          == QStringLiteral("1.png: the network says %1 (%2)").arg(classes[static_cast<int>(best)], ui::percentText(tried[static_cast<std::size_t>(best)])));

    SECTION("the folder is read again with the page's state")
    {
        const QJsonObject state = page->state();
        CHECK(state.value(QStringLiteral("pictureFolder")).toBool());
        TrainingPage again(nullptr);
        again.setState(state);
        REQUIRE(waitFor([&] { return again.model()->dataset() && again.model()->isPictureDataset()
                                     && !again.model()->isLoadingDataset(); }, 30000));
        CHECK(again.model()->dataset()->train.channels == 3);
        CHECK(again.model()->pictureOptions().imageSize == 32);
    }
}

TEST_CASE("Reading a picture folder can be cancelled, leaving the dataset as it was", "[training][pictures]")
{
    QTemporaryDir dir;
    test::writeShapePictures(dir.path(), 30);
    auto page = makePage(1);
    TrainingModel* model = page->model();
    const std::shared_ptr<const core::Dataset> before = model->dataset();
    page->loadPictureFolder(dir.path());
    settle();
    REQUIRE(model->isLoadingDataset());
    page->cancelLoadButton()->click();
    settle();
    CHECK_FALSE(model->isLoadingDataset());
    waitFor([] { return false; }, 500);
    CHECK(model->dataset() == before);
    CHECK(page->startButton()->isEnabled());
}

TEST_CASE("A folder with one class is refused with a message naming it", "[training][pictures]")
{
    QTemporaryDir dir;
    test::writeShapePictures(dir.path(), 3);
    QDir(dir.filePath(QStringLiteral("circle"))).removeRecursively();
    QDir(dir.filePath(QStringLiteral("filled square"))).removeRecursively();
    auto page = makePage(1);
    page->loadPictureFolder(dir.path());
    REQUIRE(waitFor([&] { return !page->model()->isLoadingDataset(); }, 30000));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("only one class folder")));
    CHECK(page->model()->dataset()->name == "squares");
}

TEST_CASE("A class far smaller than the others is pointed out before training", "[training][pictures]")
{
    auto page = makePage(1);
    auto dataset = std::make_shared<core::Dataset>(*syntheticDataset());
    // Keep only 4 of the 60 pictures of class 3.
    core::ImageSet& train = dataset->train;
    core::ImageSet kept = train;
    kept.pixels.clear();
    kept.labels.clear();
    int threes = 0;
    for (int i = 0; i < train.count; ++i) {
        if (train.labels[static_cast<std::size_t>(i)] == 3 && ++threes > 4)
            continue;
        kept.labels.push_back(train.labels[static_cast<std::size_t>(i)]);
        kept.pixels.insert(kept.pixels.end(), train.pixels.begin() + i * 784, train.pixels.begin() + (i + 1) * 784);
    }
    kept.count = static_cast<int>(kept.labels.size());
    train = kept;
    page->model()->setDataset(dataset, QStringLiteral("uneven"));
    settle();
    CHECK(page->datasetInfo()->text().contains(QStringLiteral("The class “3” has only 4 training pictures where a class typically has 60")));
}

TEST_CASE("A learning rate far too large pauses the run and says which rate to try", "[training]")
{
    // The classroom network at SGD's highest rate: the loss leaps by orders of magnitude (its ReLUs
    // die, so it may never become NaN).
    auto page = makePage(3, 32, core::TrainingConfig::maxLearningRate);
    TrainingModel* model = page->model();
    core::TrainingConfig config = model->config();
    config.optimizer.kind = core::OptimizerKind::Sgd;
    model->setConfig(config);
    model->start();
    REQUIRE(waitFor([&] { return model->hasDiverged() || isIdle(model); }, 60000));
    REQUIRE(model->hasDiverged());
    CHECK(model->state() == TrainingModel::State::Paused);
    CHECK(page->diagnosisLabel()->isVisibleTo(page.get()));
    CHECK(page->diagnosisLabel()->text().contains(QStringLiteral("the learning rate 100 is too large for this network. Try 0.01")));
    CHECK(page->charts()->isLogarithmic());
    model->stop();
    REQUIRE(waitFor([&] { return isIdle(model); }, 20000));
    model->reset();
    settle();
    CHECK_FALSE(page->diagnosisLabel()->isVisibleTo(page.get()));
    CHECK_FALSE(page->charts()->isLogarithmic());
}

TEST_CASE("Slow motion holds each batch for a quarter of a second", "[training][.timing]")
{
    auto page = makePage(1);
    TrainingModel* model = page->model();
    page->slowMotionBox()->setChecked(true);
    model->start();
    waitFor([] { return false; }, 1000);
    // 600 pictures in batches of 32 take a few milliseconds at full speed; held, at most five fit
    // in a second.
    CHECK(model->worker()->batchesCompleted() <= 5);
    CHECK(model->history().batches().size() >= 2); // every held batch is drawn at once
    page->slowMotionBox()->setChecked(false);
    REQUIRE(waitFor([&] { return isIdle(model); }, 30000));
    CHECK(model->worker()->batchesCompleted() == 19);
}
