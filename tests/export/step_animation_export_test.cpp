#include "tests/catch.h"
#include "ui/pooling/pooling_model.h"
#include "ui/pooling/pooling_page.h"
#include "ui/shared/step_player.h"
#include "ui/stepper/stepper_page.h"
#include "ui/widgets/step_animation_export.h"
#include "ui/widgets/tensor_view.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPushButton>
#include <QTemporaryDir>

#include <cmath>

namespace ui = convscope::ui;

namespace {

// The part of the page the GIF records: in the page's own coordinates, everything but the controls.
QRect viewsRegion(ui::StepperPage& page)
{
    return QRect(0, 0, page.width(), page.outputView()->geometry().bottom() + 40);
}

} // namespace

TEST_CASE("The convolution steps record as a GIF drawn like the screen, and the position comes back", "[export][gif]")
{
    QTemporaryDir dir;
    ui::StepperPage page;
    page.resize(1000, 700);
    page.show();
    page.model()->resetToLectureExample();
    page.model()->player()->setPosition(4);
    QCoreApplication::processEvents();
    ui::StepPlayer* player = page.model()->player();
    REQUIRE(player->count() == 9);

    ui::StepAnimationExport recorder(&page, player, [&page] { return viewsRegion(page); });
    const QString path = dir.filePath(QStringLiteral("steps.gif"));
    ui::AnimationOptions options;
    options.width = 500;
    options.stepsPerSecond = 4.0; // 25 hundredths of a second per frame
    options.first = 0;
    options.last = 9;
    int calls = 0;
    bool cancelled = true;
    const QString error = recorder.write(path, options, [&calls](int done, int total) {
        ++calls;
        CHECK(total == 10);
        CHECK(done == calls);
        return true;
    }, &cancelled);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK_FALSE(cancelled);
    CHECK(calls == 10);
    CHECK(player->position() == 4);

    QImageReader reader(path);
    REQUIRE(reader.imageCount() == 10);
    const double scale = 500.0 / viewsRegion(page).width();
    // The output view's centre cell (the 5th step writes its 4): compare its colour in the
    // last frame with what the screen shows at the end.
    ui::TensorView* output = page.outputView();
    const QPointF cellCorner = output->mapTo(&page, output->cellRect({1, 1}).topLeft() + QPointF(4, 4));
    QImage last;
    int height = 0;
    for (int f = 0; f < 10; ++f) {
        last = reader.read();
        REQUIRE(last.width() == 500);
        if (f == 0)
            height = last.height();
        CHECK(last.height() == height); // one size for every frame, whatever the sum's length
        CHECK(reader.nextImageDelay() == (f == 9 ? 10 * ui::StepAnimationExport::lastFrameCentiseconds : 250));
    }
    player->setPosition(9);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QImage screen = ui::StepAnimationExport(&page, player, [&page] { return viewsRegion(page); })
                              .renderFrame(9, 500, last.height());
    const QPoint inFrame = (cellCorner * scale).toPoint();
    CHECK(last.pixel(inFrame) == screen.pixel(inFrame));
    // The exact fill of the cell survives the palette.
    CHECK(last.pixel(inFrame) != qRgb(255, 255, 255));
}

TEST_CASE("Cancelling a GIF leaves no file and restores the position", "[export][gif]")
{
    QTemporaryDir dir;
    ui::StepperPage page;
    page.resize(900, 600);
    page.show();
    page.model()->resetToLectureExample();
    page.model()->player()->setPosition(2);
    QCoreApplication::processEvents();
    ui::StepAnimationExport recorder(&page, page.model()->player(), [&page] { return viewsRegion(page); });
    const QString path = dir.filePath(QStringLiteral("cancelled.gif"));
    ui::AnimationOptions options;
    options.width = 300;
    options.first = 0;
    options.last = 9;
    bool cancelled = false;
    const QString error = recorder.write(path, options, [](int done, int) { return done < 3; }, &cancelled);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(cancelled);
    CHECK_FALSE(QFile::exists(path));
    CHECK(page.model()->player()->position() == 2);

    const QString bad = recorder.write(dir.filePath(QStringLiteral("no/folder/a.gif")), options, {}, &cancelled);
    CHECK(bad.contains(QStringLiteral("cannot be written")));
}

TEST_CASE("The pooling steps record as a GIF too, and both pages hide the button in presentation mode", "[export][gif]")
{
    QTemporaryDir dir;
    ui::PoolingPage page;
    page.resize(1000, 700);
    page.show();
    page.model()->resetToExample();
    QCoreApplication::processEvents();
    ui::StepPlayer* player = page.model()->player();
    REQUIRE(player->count() >= 3);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("saveGifButton"));
    REQUIRE(button != nullptr);
    CHECK(page.presentationHidden().contains(button));
    QWidget* part = button->parentWidget();
    ui::StepAnimationExport recorder(part, player, [part] { return part->rect(); });
    const QString path = dir.filePath(QStringLiteral("pooling.gif"));
    ui::AnimationOptions options;
    options.width = 400;
    options.stepsPerSecond = 10.0;
    options.first = 1;
    options.last = 3;
    REQUIRE(recorder.write(path, options, {}).isEmpty());
    QImageReader reader(path);
    CHECK(reader.imageCount() == 3);
    CHECK(reader.read().width() == 400);
    CHECK(reader.nextImageDelay() == 100);

    ui::StepperPage stepper;
    auto* stepperButton = stepper.findChild<QPushButton*>(QStringLiteral("saveGifButton"));
    REQUIRE(stepperButton != nullptr);
    CHECK(stepper.presentationHidden().contains(stepperButton));
}
