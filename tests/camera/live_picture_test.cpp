// The live picture through the pages, with videos made at test time instead of a camera: every
// map the Activation maps page shows of a frame is core's map of that frame, Inside the network
// reads digits photographed on paper, and each failure that can be caused here (no camera, a
// missing file, a file that is no video) leaves a message and the last picture.
#include "tests/camera/test_video.h"
#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"
#include "tests/ui/wait_until_idle.h"

#include "core/activation_map.h"
#include "core/data/dataset.h"
#include "core/data/digit_preprocessing.h"
#include "core/data/fit_to_input.h"
#include "core/nn/model.h"
#include "core/nn/network.h"
#include "core/nn/network_spec.h"
#include "ui/activation/activation_model.h"
#include "ui/activation/activation_page.h"
#include "ui/activation/live_maps.h"
#include "ui/activation/window_sum_panel.h"
#include "ui/camera/frame_recorder.h"
#include "ui/camera/live_controls.h"
#include "ui/camera/live_source.h"
#include "ui/camera/record_panel.h"
#include "ui/io/image_loader.h"
#include "ui/main_window.h"
#include "ui/model_store.h"
#include "ui/network/network_model.h"
#include "ui/network/network_page.h"
#include "ui/training/training_model.h"
#include "ui/training/training_page.h"

#include <QApplication>
#include <QCameraDevice>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <functional>
#include <set>

using namespace convscope;
using namespace convscope::ui;

namespace {

// Runs the event loop until `done` holds, for at most 30 s.
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

// Lets whatever is still on its way (a frame being converted, maps being computed) arrive.
void drain()
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

template <typename Page>
void showOffscreen(Page& page)
{
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(1280, 760);
    page.show();
    QApplication::processEvents();
}

QString dataFile(const char* name)
{
    return QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/network/data/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("a looping video drives every map of Activation maps, each core's map of the frame shown")
{
    QTemporaryDir dir;
    const QString video = test::makeBallVideo(QDir(dir.path()));
    LiveSource source;
    ActivationPage page(&source);
    showOffscreen(page);
    ActivationModel* model = page.model();
    model->setResolution(512);

    int shown = 0;
    std::set<QByteArray> distinct;
    QObject::connect(&page, &ActivationPage::liveFrameShown, [&] {
        ++shown;
        const core::Tensor& map = model->selectedMap().values;
        distinct.insert(QByteArray(reinterpret_cast<const char*>(map.data()), static_cast<qsizetype>(map.size() * sizeof(float))));
    });
    source.startVideo(video);
    REQUIRE(page.liveControls()->isVisible());
    // 30 frames at 15 a second, looped: more frames than the file holds shows the loop works.
    REQUIRE(waitFor([&] { return shown >= 40; }));
    CHECK(source.framesSent() >= 40);
    CHECK(distinct.size() > 5); // the ball moves, and so does its map
    CHECK(model->pictureName() == QStringLiteral("ball.avi"));
    CHECK(page.liveControls()->statusLabel()->text().contains(QStringLiteral("ball.avi")));

    page.liveControls()->freezeButton()->click();
    REQUIRE(source.isFrozen());
    drain();
    const int frozenAt = shown;
    drain();
    CHECK(shown == frozenAt);

    // The frame on the page, made into the working picture and convolved by core directly.
    const QImage frame = model->heldImage();
    REQUIRE(frame.size() == QSize(640, 480));
    const io::ImageLoadResult picture = io::imageToTensor(frame, io::ChannelMode::Gray, 512);
    REQUIRE(picture.ok());
    REQUIRE(model->displayedChannel() == picture.tensor);
    CHECK(model->workingSize() == QSize(512, 384));
    const core::Tensor gallery = galleryPicture(picture.tensor);
    CHECK(model->galleryChannel() == gallery);
    for (int i = 0; i < model->entryCount(); ++i) {
        INFO("gallery entry " << i);
        CHECK(model->galleryMap(i).values == core::computeActivationMap(gallery, model->kernel(i), false).values);
    }
    const core::ActivationMap expected = core::computeActivationMap(picture.tensor, model->selectedKernel(), false);
    REQUIRE(model->selectedMap().values == expected.values);

    // The arithmetic under the pointer is that of the frame shown.
    const std::optional<core::ConvStep> step = model->stepAt(200, 300);
    REQUIRE(step);
    CHECK(step->total == expected.values.at(0, 200, 300));

    // Resumed, frames flow again; a changed kernel applies to the next frames.
    page.liveControls()->freezeButton()->click();
    REQUIRE_FALSE(source.isFrozen());
    model->setSelection(0);
    const int resumedAt = shown;
    REQUIRE(waitFor([&] { return shown >= resumedAt + 5; }));
    page.liveControls()->stopButton()->click();
    CHECK_FALSE(source.isRunning());
    CHECK_FALSE(page.liveControls()->isVisible());
    drain();
    const QImage last = model->heldImage();
    REQUIRE_FALSE(last.isNull());
    const io::ImageLoadResult lastPicture = io::imageToTensor(last, io::ChannelMode::Gray, 512);
    CHECK(model->selectedMap().values == core::computeActivationMap(lastPicture.tensor, model->kernel(0), false).values);

    // The frozen frame can be saved.
    const QString saved = dir.filePath(QStringLiteral("frame.png"));
    CHECK(page.liveControls()->saveFrame(saved).isEmpty());
    CHECK(QImage(saved).size() == QSize(640, 480));
}

TEST_CASE("Inside the network reads a looping video of digits photographed on paper, as core reads each frame")
{
    QTemporaryDir dir;
    QList<QImage> photos;
    const std::vector<std::pair<const char*, int>> digits{{"photo-7.jpg", 7}, {"photo-2.jpg", 2}, {"photo-0.jpg", 0},
                                                          {"photo-4.jpg", 4}, {"photo-3.jpg", 3}};
    for (const auto& [file, digit] : digits) {
        photos << QImage(dataFile(file));
        REQUIRE_FALSE(photos.back().isNull());
    }
    const QString video = test::makeVideoOf(QDir(dir.path()), photos, 6, QColor(222, 220, 212));

    ModelStore store;
    LiveSource source;
    NetworkPage page(&store, &source);
    showOffscreen(page);
    NetworkModel* model = page.model();
    REQUIRE(waitFor([&] { return store.model() != nullptr; }));

    std::set<int> read;
    int shown = 0;
    QObject::connect(&page, &NetworkPage::liveFrameShown, [&] {
        ++shown;
        read.insert(model->predictedClass());
    });
    source.startVideo(video);
    REQUIRE(waitFor([&] { return read.size() == digits.size() || shown >= 200; }));
    // Every digit of the video was read correctly while it was shown, and nothing else.
    CHECK(read == std::set<int>{0, 2, 3, 4, 7});
    CHECK(model->source() == NetworkModel::Source::Photo);
    CHECK(model->photoPath().isEmpty());
    CHECK(page.lowerTabs()->currentIndex() == 1); // the preparation, step by step
    CHECK(page.liveControls()->framesShownPerSecond() > 0);

    source.setFrozen(true);
    drain();
    // The frame shown went through core's preprocessing and network, and nothing else.
    const QImage frame = source.lastFrame();
    const io::ImageLoadResult picture = io::imageToTensor(frame, io::ChannelMode::Rgb, 320);
    REQUIRE(picture.ok());
    const core::DigitPreprocessing steps = core::preprocessDigit(picture.tensor);
    REQUIRE(steps.ok());
    REQUIRE(model->preprocessing());
    CHECK(model->preprocessing()->result == steps.result);
    const core::Model* shipped = store.model();
    const core::Tensor input = core::fitToInput(steps.result, shipped->spec.input);
    CHECK(model->input() == input);
    core::Network<float> network(shipped->spec, shipped->parameters);
    CHECK(model->probabilities() == network.classify(input));
}

TEST_CASE("the camera is never opened until asked, and each failure leaves a message and the last picture")
{
    LiveSource source;
    ActivationPage page(&source);
    showOffscreen(page);
    CHECK_FALSE(source.isRunning());
    CHECK_FALSE(page.liveControls()->isVisible());
    const core::Tensor before = page.model()->displayedChannel();
    REQUIRE_FALSE(before.empty());

    SECTION("no camera")
    {
        page.liveControls()->cameraButton()->click();
        if (LiveSource::cameras().isEmpty()) {
            CHECK_FALSE(source.isRunning());
            CHECK(page.messageLabel()->isVisible());
            CHECK(page.messageLabel()->text().contains(QStringLiteral("No camera is connected")));
        } else {
            // A machine with a camera: the button opens it, and Stop lets it go.
            CHECK(source.kind() == LiveSource::Kind::Camera);
            source.stop();
        }
    }
    SECTION("a missing video file")
    {
        source.startVideo(QStringLiteral("/nonexistent/lesson.mp4"));
        CHECK_FALSE(source.isRunning());
        CHECK(page.messageLabel()->isVisible());
        CHECK(page.messageLabel()->text() == QStringLiteral("/nonexistent/lesson.mp4: no such file"));
    }
    SECTION("a file that is no video")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("holiday.mp4"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        source.startVideo(path);
        REQUIRE(waitFor([&] { return !source.isRunning(); }));
        CHECK(page.messageLabel()->isVisible());
        CHECK(page.messageLabel()->text().startsWith(QStringLiteral("holiday.mp4 cannot be played")));
    }
    CHECK(page.model()->displayedChannel() == before);
    CHECK(source.framesSent() == 0);
}

TEST_CASE("a stopped video leaves the page its last frame and no message")
{
    QTemporaryDir dir;
    const QString video = test::makeBallVideo(QDir(dir.path()), 10);
    LiveSource source;
    ActivationPage page(&source);
    showOffscreen(page);
    int shown = 0;
    QObject::connect(&page, &ActivationPage::liveFrameShown, [&] { ++shown; });
    source.startVideo(video);
    REQUIRE(waitFor([&] { return shown >= 2; }));
    source.stop();
    drain();
    const core::Tensor last = page.model()->displayedChannel();
    // Deleting the file under a stopped source changes nothing on the page.
    QFile::remove(video);
    drain();
    CHECK(page.model()->displayedChannel() == last);
    CHECK_FALSE(page.messageLabel()->isVisible());
}

TEST_CASE("held, the record button puts a few frames a second into the class's folder, numbered on")
{
    QTemporaryDir dir;
    const QString video = test::makeBallVideo(QDir(dir.path()));
    const QString root = dir.filePath(QStringLiteral("my-things"));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/cup")));
    REQUIRE(QImage(8, 8, QImage::Format_RGB32).save(root + QStringLiteral("/cup/0007.png")));

    LiveSource source;
    FrameRecorder recorder(&source);
    QStringList errors;
    QObject::connect(&recorder, &FrameRecorder::errorOccurred, [&](const QString& message) { errors << message; });
    recorder.setRoot(root);
    CHECK(recorder.classNames() == QStringList{QStringLiteral("cup")});

    // Nothing to record before the source runs, and no folder may be named by a path.
    recorder.setClassName(QStringLiteral("cup"));
    CHECK_FALSE(recorder.start());
    CHECK(errors.takeLast().contains(QStringLiteral("Start the camera")));
    recorder.setClassName(QStringLiteral("../cup"));
    source.startVideo(video);
    CHECK_FALSE(recorder.start());
    CHECK(errors.takeLast().contains(QStringLiteral("../cup")));

    recorder.setClassName(QStringLiteral("cup"));
    CHECK(recorder.count() == 1);
    REQUIRE(recorder.start());
    REQUIRE(waitFor([&] { return recorder.count() == 4; }));
    recorder.stop();
    drain();
    CHECK(recorder.count() == 4);
    for (const char* name : {"0007.png", "0008.png", "0009.png", "0010.png"})
        CHECK(QFileInfo::exists(root + QStringLiteral("/cup/") + QString::fromLatin1(name)));
    CHECK(QImage(root + QStringLiteral("/cup/0008.png")).size() == QSize(640, 480));
    // At most framesPerSecond: three frames took at least half a second of the 15-frame-a-second video.
    CHECK(source.framesSent() >= 8);

    // A new class gets its folder.
    recorder.setClassName(QStringLiteral("pen"));
    CHECK(recorder.count() == 0);
    REQUIRE(recorder.start());
    REQUIRE(waitFor([&] { return recorder.count() == 2; }));
    source.stop(); // stopping the source ends the recording
    CHECK_FALSE(recorder.isRecording());
    CHECK(QFileInfo::exists(root + QStringLiteral("/pen/0001.png")));
    CHECK(recorder.classNames() == QStringList{QStringLiteral("cup"), QStringLiteral("pen")});
    CHECK(errors.isEmpty());
}

TEST_CASE("in the window: a frozen frame goes to the other page, and recorded classes become the training dataset")
{
    QTemporaryDir dir;
    const QString video = test::makeBallVideo(QDir(dir.path()));
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    test::waitUntilIdle(window);
    REQUIRE(window.showPage(QStringLiteral("activation-maps")));
    auto* activation = qobject_cast<ActivationPage*>(window.page(QStringLiteral("activation-maps")));
    auto* network = qobject_cast<NetworkPage*>(window.page(QStringLiteral("network")));
    REQUIRE(activation);
    REQUIRE(network);
    // One source for the program: the pages share it.
    CHECK(activation->liveControls()->source() == window.liveSource());
    CHECK(network->liveControls()->source() == window.liveSource());

    int shown = 0;
    QObject::connect(&window, &MainWindow::liveFrameShown, [&] { ++shown; });
    window.liveSource()->startVideo(video);
    REQUIRE(waitFor([&] { return shown >= 3; }));

    // Recording two classes on the Activation maps page, then training on them.
    const QString root = dir.filePath(QStringLiteral("toys"));
    RecordPanel* panel = activation->liveControls()->recordPanel();
    panel->recorder()->setRoot(root);
    for (const QString& name : {QStringLiteral("ball"), QStringLiteral("bat")}) {
        panel->classBox()->setCurrentText(name);
        REQUIRE(panel->recorder()->className() == name);
        panel->holdButton()->pressed();
        REQUIRE(panel->recorder()->isRecording());
        REQUIRE(waitFor([&] { return panel->recorder()->count() >= 3; }));
        panel->holdButton()->released();
        CHECK(panel->countLabel()->text() == QStringLiteral("%1 pictures in “%2”").arg(panel->recorder()->count()).arg(name));
    }
    REQUIRE(panel->trainButton()->isVisibleTo(panel));
    panel->trainButton()->click();
    CHECK(window.currentPageId() == QStringLiteral("training"));
    CHECK(window.liveSource()->isFrozen());
    auto* training = qobject_cast<TrainingPage*>(window.page(QStringLiteral("training")));
    REQUIRE(training);
    REQUIRE(waitFor([&] {
        const std::shared_ptr<const core::Dataset> dataset = training->model()->dataset();
        return dataset && dataset->classCount() == 2;
    }));
    CHECK(training->model()->dataset()->classNames == std::vector<std::string>{"ball", "bat"});

    // The frozen frame sent from Inside the network to Activation maps.
    REQUIRE(window.showPage(QStringLiteral("network")));
    const QImage frame = window.liveSource()->lastFrame();
    QAction* toActivation = network->liveControls()->sendButton()->menu()->actions().constFirst();
    toActivation->trigger();
    CHECK(window.currentPageId() == QStringLiteral("activation-maps"));
    drain();
    CHECK(activation->model()->heldImage() == frame);
    window.liveSource()->stop();
}

TEST_CASE("a colour network reads the whole live frame scaled to its input, with no digit preparation")
{
    QTemporaryDir dir;
    const QString video = test::makeBallVideo(QDir(dir.path()));
    ModelStore store;
    LiveSource source;
    NetworkPage page(&store, &source);
    showOffscreen(page);
    NetworkModel* model = page.model();
    core::NetworkSpec spec = core::NetworkSpec::parse("input 3 32 32\nconv 4 3 pad 1\nrelu\nflatten\ndense 3\n");
    store.setModel(core::Model::fromNetwork(core::Network<float>(spec, 1), {}), ui::ModelOrigin::file(QStringLiteral("colour")));
    REQUIRE(waitFor([&] { return model->input().shape() == std::vector<int>{3, 32, 32}; }));

    int shown = 0;
    QObject::connect(&page, &NetworkPage::liveFrameShown, [&] { ++shown; });
    source.startVideo(video);
    REQUIRE(waitFor([&] { return shown >= 3; }));
    source.setFrozen(true);
    drain();
    const io::ImageLoadResult picture = io::imageToTensor(source.lastFrame(), io::ChannelMode::Rgb, 320);
    REQUIRE(picture.ok());
    CHECK(model->input() == core::fitToInput(picture.tensor, {3, 32, 32}));
    CHECK(model->preprocessing() == nullptr);
    CHECK(model->probabilities().size() == 3);
}
