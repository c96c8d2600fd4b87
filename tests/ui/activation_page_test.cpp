// The Activation maps page against core: every map it shows must be core::conv2d of the picture
// it loaded, whichever control produced it; bad files leave a message and a working page.
#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"

#include "core/conv2d.h"
#include "core/kernel_presets.h"
#include "ui/activation/activation_model.h"
#include "ui/activation/activation_page.h"
#include "ui/activation/current_activation_map.h"
#include "ui/activation/kernel_editor.h"
#include "ui/activation/kernel_gallery.h"
#include "ui/activation/window_sum_panel.h"
#include "ui/io/image_loader.h"
#include "ui/widgets/tensor_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QUrl>
#include <QtEndian>

#include <zlib.h>

#include <cmath>

using namespace convscope;
using ui::ActivationModel;
using ui::ActivationPage;

namespace {

const QString checkerboard = QStringLiteral(":/samples/checkerboard.png");
const QString face = QStringLiteral(":/samples/face.png");

core::Tensor loadGrey(const QString& path, int maxSide = 512)
{
    const io::ImageLoadResult loaded = io::loadImageTensor(path, io::ChannelMode::Gray, maxSide);
    REQUIRE(loaded.ok());
    return loaded.tensor;
}

core::Tensor asKernel(const core::Tensor& weights)
{
    return weights.reshaped({1, 1, weights.dim(-2), weights.dim(-1)});
}

// What the page must show: the picture convolved with "same" zero padding, F/2 on each side.
core::Tensor expectedMap(const core::Tensor& picture, const core::Tensor& kernel)
{
    const int f = kernel.dim(-1);
    return core::conv2d(picture, asKernel(kernel), {}, core::Conv2dParams::uniform(1, f / 2));
}

void requireSameValues(const core::Matrix& shown, const core::Tensor& expected)
{
    REQUIRE(shown.rows() == expected.dim(-2));
    REQUIRE(shown.cols() == expected.dim(-1));
    const core::ConstMatrixMap plane = expected.plane(0);
    CHECK(shown.isApprox(plane, 1e-5f));
}

bool waitFor(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(10'000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// A PNG chunk: length, type, data, CRC-32 over type and data.
QByteArray pngChunk(const char* type, const QByteArray& data)
{
    QByteArray chunk;
    quint32 length = qToBigEndian<quint32>(static_cast<quint32>(data.size()));
    chunk.append(reinterpret_cast<const char*>(&length), 4);
    const QByteArray body = QByteArray(type, 4) + data;
    chunk.append(body);
    quint32 crc = qToBigEndian<quint32>(static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef*>(body.constData()), static_cast<uInt>(body.size()))));
    chunk.append(reinterpret_cast<const char*>(&crc), 4);
    return chunk;
}

// A PNG whose header declares width × height (1-bit grey) with one tiny data chunk: enough for a
// reader to learn the size without anyone allocating the pixels.
QByteArray declaredPng(quint32 width, quint32 height)
{
    QByteArray header;
    const quint32 w = qToBigEndian(width);
    const quint32 h = qToBigEndian(height);
    header.append(reinterpret_cast<const char*>(&w), 4);
    header.append(reinterpret_cast<const char*>(&h), 4);
    header.append(char(1)).append(char(0)).append(char(0)).append(char(0)).append(char(0));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += pngChunk("IHDR", header);
    png += pngChunk("IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8));
    png += pngChunk("IEND", {});
    return png;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("Choosing a preset in the gallery shows conv2d of the picture with that preset", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(checkerboard));
    const core::Tensor picture = loadGrey(checkerboard);
    CHECK(model->workingSize() == QSize(256, 256));

    const auto& presets = core::kernelPresets();
    REQUIRE(model->presetCount() == static_cast<int>(presets.size()));
    for (int i = 0; i < model->presetCount(); ++i) {
        DYNAMIC_SECTION("preset " << presets[static_cast<std::size_t>(i)].id)
        {
            page.gallery()->caption(i)->click();
            CHECK(model->selection() == i);
            const core::Tensor expected = expectedMap(picture, presets[static_cast<std::size_t>(i)].kernel);
            requireSameValues(page.mapView()->matrix(), expected);
            CHECK(page.mapTitle()->text().startsWith(model->entryName(i)));
        }
    }
}

TEST_CASE("The edge preset lights the checkerboard's edges and leaves flat squares dark", "[activation]")
{
    ActivationPage page;
    REQUIRE(page.model()->openFile(checkerboard));
    page.gallery()->caption(1)->click(); // edge
    const core::Matrix& map = page.mapView()->matrix();
    // Squares are 32 px: the middle of a square is flat (0), a pixel on a border is not.
    CHECK_THAT(map(16, 16), Catch::Matchers::WithinAbs(0.0, 1e-5));
    CHECK(std::abs(map(16, 31)) > 0.5f);
    // Shown like a photo (0 black, 1 white): edges are light on dark. Column 31 is the bright
    // side of the border between a light and a dark square.
    const QImage image = page.model()->selectedMapImage();
    CHECK(qGray(image.pixel(16, 16)) == 0);
    CHECK(qGray(image.pixel(31, 16)) == 255);
}

TEST_CASE("The gallery thumbnails are the maps of the pooled picture", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(face));
    model->setResolution(1024); // 300 px picture: no scaling, thumbnails from the picture itself
    const core::Tensor picture = loadGrey(face, 1024);
    CHECK(model->galleryChannel() == picture);
    for (int i = 0; i < model->presetCount(); ++i) {
        const core::Tensor expected = expectedMap(picture, core::kernelPresets()[static_cast<std::size_t>(i)].kernel);
        requireSameValues(page.gallery()->view(i)->matrix(), expected);
    }
}

TEST_CASE("Editing the custom kernel redraws the map live", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(face));
    const core::Tensor picture = loadGrey(face);
    ui::KernelEditor* editor = page.kernelEditor();

    SECTION("dragging the weight slider changes the selected weight and the map")
    {
        // The custom kernel starts as the lecture's [[1,0,1],[0,1,0],[1,0,1]], centre selected.
        editor->slider()->setValue(-3 * ui::KernelEditor::sliderScale);
        CHECK(model->selection() == model->customIndex());
        const core::Tensor expectedKernel = core::Tensor::fromRows({{1, 0, 1}, {0, -3, 0}, {1, 0, 1}});
        CHECK(model->customKernel() == asKernel(expectedKernel));
        requireSameValues(page.mapView()->matrix(), expectedMap(picture, expectedKernel));

        editor->slider()->setValue(2 * ui::KernelEditor::sliderScale);
        requireSameValues(page.mapView()->matrix(),
                          expectedMap(picture, core::Tensor::fromRows({{1, 0, 1}, {0, 2, 0}, {1, 0, 1}})));
    }

    SECTION("a value typed into the grid")
    {
        emit editor->grid()->valueEdited(0, 1, 0.5f);
        requireSameValues(page.mapView()->matrix(),
                          expectedMap(picture, core::Tensor::fromRows({{1, 0.5f, 1}, {0, 1, 0}, {1, 0, 1}})));
    }

    SECTION("normalise makes the weights sum to 1")
    {
        editor->normaliseButton()->click();
        float sum = 0.0f;
        for (float w : model->customKernel().values())
            sum += w;
        CHECK_THAT(sum, Catch::Matchers::WithinAbs(1.0, 1e-6));
        CHECK_THAT(model->customKernel().at(0, 0, 0, 0), Catch::Matchers::WithinAbs(0.2, 1e-6));
    }

    SECTION("weights summing to 0 are scaled so the positive ones sum to 1")
    {
        model->copyToCustom(1); // edge: 8 in the middle, −1 around
        REQUIRE(model->normaliseCustom());
        CHECK_THAT(model->customKernel().at(0, 0, 1, 1), Catch::Matchers::WithinAbs(1.0, 1e-6));
        CHECK_THAT(model->customKernel().at(0, 0, 0, 0), Catch::Matchers::WithinAbs(-0.125, 1e-6));
    }

    SECTION("a 5×5 kernel keeps the 3×3 weights in its middle and pads by 2")
    {
        editor->sizeBox()->setCurrentIndex(1);
        emit editor->sizeBox()->activated(1);
        REQUIRE(model->customKernel().dim(-1) == 5);
        CHECK(model->customKernel().at(0, 0, 1, 1) == 1.0f);
        CHECK(model->customKernel().at(0, 0, 0, 0) == 0.0f);
        emit editor->grid()->valueEdited(0, 4, -2.0f);
        core::Tensor expectedKernel({1, 5, 5});
        expectedKernel.at(0, 1, 1) = 1;
        expectedKernel.at(0, 1, 3) = 1;
        expectedKernel.at(0, 2, 2) = 1;
        expectedKernel.at(0, 3, 1) = 1;
        expectedKernel.at(0, 3, 3) = 1;
        expectedKernel.at(0, 0, 4) = -2;
        requireSameValues(page.mapView()->matrix(), expectedMap(picture, expectedKernel));
    }
}

TEST_CASE("ReLU clips the negative values and the legend says how many", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(checkerboard));
    page.gallery()->caption(2)->click(); // sobel-x: negative on one side of each edge
    const core::Tensor raw = expectedMap(loadGrey(checkerboard), core::kernelPresets()[2].kernel);
    qint64 negative = 0;
    for (float v : raw.values())
        negative += v < 0.0f ? 1 : 0;
    REQUIRE(negative > 0);

    page.reluBox()->setChecked(true);
    const core::Matrix& shown = page.mapView()->matrix();
    const core::ConstMatrixMap plane = raw.plane(0);
    CHECK(shown.isApprox(plane.cwiseMax(0.0f), 1e-5f));
    CHECK(model->selectedMap().belowZero == negative);
    CHECK(page.clippingLabel()->text().startsWith(QStringLiteral("ReLU set")));
}

TEST_CASE("Hovering the map shows the window, its products and the sum of that pixel", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(face));
    page.gallery()->caption(4)->click(); // sharpen
    const core::Matrix& map = page.mapView()->matrix();

    for (const auto& [y, x] : {std::pair{0, 0}, std::pair{150, 120}, std::pair{299, 299}}) {
        const std::optional<core::ConvStep> step = model->stepAt(y, x);
        REQUIRE(step);
        CHECK_THAT(step->total, Catch::Matchers::WithinAbs(map(y, x), 1e-5));
        CHECK(step->cells.size() == 9);
    }
    const std::optional<core::ConvStep> corner = model->stepAt(0, 0);
    CHECK(corner->cells[0].isPadding);

    emit page.mapView()->cellHovered(150, 120);
    const QString sum = page.windowPanel()->sumLabel()->text();
    CHECK(sum.contains(QStringLiteral("×5")));
    CHECK(page.windowPanel()->window()->annotations().size() == 9);
    CHECK(page.mapView()->window() == QRect(119, 149, 3, 3));
}

TEST_CASE("RGB mode convolves the chosen colour channel", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(face));
    page.channelModeBox()->setCurrentIndex(1);
    emit page.channelModeBox()->activated(1);
    page.channelBox()->setCurrentIndex(1);
    emit page.channelBox()->activated(1);
    page.gallery()->caption(1)->click();

    const io::ImageLoadResult rgb = io::loadImageTensor(face, io::ChannelMode::Rgb, 512);
    REQUIRE(rgb.ok());
    const core::Tensor green = core::Tensor::fromMatrix(rgb.tensor.plane(1));
    CHECK(model->displayedChannel() == green);
    requireSameValues(page.mapView()->matrix(), expectedMap(green, core::kernelPresets()[1].kernel));
}

TEST_CASE("Large pictures are convolved on the worker and the newest result wins", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(face));
    const core::Tensor picture = loadGrey(face);
    model->setSyncPixelLimit(0);

    // Several requests in a row: only the last may arrive.
    for (int i = 0; i < model->presetCount(); ++i)
        model->setSelection(i);
    CHECK(model->mapPending());
    REQUIRE(waitFor([&] { return !model->mapPending(); }));
    CHECK(model->selection() == model->presetCount() - 1);
    requireSameValues(page.mapView()->matrix(), expectedMap(picture, core::kernelPresets().back().kernel));
}

TEST_CASE("Bad files give a message and the page keeps working", "[activation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(checkerboard));
    const QSize before = model->workingSize();

    QString path;
    QString expected;
    SECTION("a truncated PNG")
    {
        QFile sample(face);
        REQUIRE(sample.open(QIODevice::ReadOnly));
        path = dir.filePath(QStringLiteral("truncated.png"));
        writeFile(path, sample.read(400));
        expected = QStringLiteral("truncated.png");
    }
    SECTION("a text file renamed .png")
    {
        path = dir.filePath(QStringLiteral("notes.png"));
        writeFile(path, "These are my notes, not a picture.\n");
        expected = QStringLiteral("notes.png");
    }
    SECTION("a 20000×20000 picture")
    {
        path = dir.filePath(QStringLiteral("huge.png"));
        writeFile(path, declaredPng(20000, 20000));
        expected = QString::number(io::maxImagePixels / 1'000'000) + QStringLiteral(" megapixels");
    }
    SECTION("a file that does not exist")
    {
        path = dir.filePath(QStringLiteral("missing.png"));
        expected = QStringLiteral("missing.png");
    }

    page.openFile(path);
    CHECK(page.messageLabel()->isVisibleTo(&page));
    CHECK(page.messageLabel()->text().contains(expected));
    CHECK(model->lastError() == page.messageLabel()->text());
    // The previous picture stays, and the page still computes maps.
    CHECK(model->workingSize() == before);
    page.gallery()->caption(5)->click();
    requireSameValues(page.mapView()->matrix(), expectedMap(loadGrey(checkerboard), core::kernelPresets()[5].kernel));
    // A good picture clears the message.
    REQUIRE(model->openFile(face));
    CHECK_FALSE(page.messageLabel()->isVisibleTo(&page));
}

TEST_CASE("Pictures arrive by drop or paste as image data or file names", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();

    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(qRgb(200, 200, 200));
    QMimeData imageData;
    imageData.setImageData(image);
    REQUIRE(page.openMimeData(&imageData));
    CHECK(model->workingSize() == QSize(40, 30));
    CHECK_THAT(model->displayedChannel().at(0, 0, 0), Catch::Matchers::WithinAbs(200.0 / 255.0, 1e-6));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.png"));
    REQUIRE(QImage(QStringLiteral(":/samples/digit.png")).save(path));
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(path)});
    REQUIRE(page.openMimeData(&files));
    CHECK(model->pictureName() == QStringLiteral("dropped.png"));
    CHECK(model->workingSize() == QSize(280, 280));

    QMimeData text;
    text.setText(QStringLiteral("hello"));
    CHECK_FALSE(page.openMimeData(&text));
}

TEST_CASE("The selected map is saved as a PNG one pixel per value", "[activation]")
{
    ActivationPage page;
    ActivationModel* model = page.model();
    REQUIRE(model->openFile(face));
    page.gallery()->caption(6)->click();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    CHECK(model->saveSelectedMap(path).isEmpty());
    const QImage saved(path);
    CHECK(saved.size() == QSize(300, 300));
    CHECK(saved.pixel(10, 10) == model->selectedMapImage().pixel(10, 10));
    CHECK_FALSE(model->saveSelectedMap(dir.filePath(QStringLiteral("no/such/folder/map.png"))).isEmpty());
}

TEST_CASE("The selected map is handed on for pooling", "[activation]")
{
    ActivationPage page;
    REQUIRE(page.model()->openFile(checkerboard));
    page.gallery()->caption(3)->click();
    const ui::CurrentActivationMap* shared = page.currentMap();
    CHECK(shared->map() == page.model()->selectedMap().values);
    CHECK(shared->name() == page.model()->entryName(3));
    CHECK(shared->range() == ui::ValueRange{0.0f, 1.0f});

    // Blue–orange: the page's view and the pooled copy end at the same ±m, the map's 99th
    // percentile of |v|, and the footer says how many pixels lie beyond it.
    page.model()->setDisplay(ActivationModel::Display::Signed);
    QCoreApplication::processEvents();
    const core::Tensor& values = page.model()->selectedMap().values;
    const ui::ValueRange range = ui::contrastRange(values.data(), static_cast<qsizetype>(values.size()),
                                                   ui::ColourMap(ui::ColourMapKind::BlueOrange));
    CHECK(range.min == -range.max);
    CHECK(page.model()->selectedRange() == range);
    CHECK(page.mapView()->valueRange() == range);
    CHECK(shared->range() == range);
}

TEST_CASE("A rebuilt Activation maps page gets the same picture, kernel and options back", "[activation]")
{
    ActivationPage first;
    ActivationModel* model = first.model();
    REQUIRE(model->openFile(face, QStringLiteral("Face")));
    model->setResolution(256);
    model->setChannelMode(io::ChannelMode::Rgb);
    model->setChannel(2);
    model->setCustomSize(5);
    model->setCustomWeight(0, 4, -1.5f);
    model->setRelu(true);
    model->setDisplay(ActivationModel::Display::Signed);

    ActivationPage second;
    second.setState(first.state());
    const ActivationModel* restored = second.model();
    CHECK(restored->pictureName() == QStringLiteral("Face"));
    CHECK(restored->workingSize() == QSize(256, 256));
    CHECK(restored->channelMode() == io::ChannelMode::Rgb);
    CHECK(restored->channel() == 2);
    CHECK(restored->selection() == restored->customIndex());
    CHECK(restored->customKernel() == model->customKernel());
    CHECK(restored->relu());
    CHECK(restored->display() == ActivationModel::Display::Signed);
    CHECK(second.channelBox()->currentIndex() == 2);
    CHECK(second.reluBox()->isChecked());
    requireSameValues(second.mapView()->matrix(), model->selectedMap().values);
    CHECK(second.presentationHidden().size() == 3);
}

TEST_CASE("A damaged saved state keeps the page usable", "[activation]")
{
    ActivationPage page;
    const QSize before = page.model()->workingSize();
    page.setState(QJsonObject{{QStringLiteral("picture"), QStringLiteral("/no/such/picture.png")},
                              {QStringLiteral("customSize"), 5},
                              {QStringLiteral("custom"), QJsonArray{1, 2, 3}},
                              {QStringLiteral("kernel"), QStringLiteral("no-such-kernel")}});
    CHECK(page.model()->workingSize() == before);
    CHECK(page.model()->customKernel().dim(-1) == 3);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("picture.png")));
}
