#include "ui/io/image_loader.h"

#include "tests/catch.h"
#include "tests/cli/data_file.h"

#include <QImage>
#include <QTemporaryDir>

using convscope::core::Tensor;
using convscope::io::ChannelMode;
using convscope::io::decodeImageTensor;
using convscope::io::encodeChannelAsPng;
using convscope::io::imageToTensor;
using convscope::io::loadImageTensor;
using convscope::io::looksLikeImage;
using convscope::io::looksLikeImageFile;
using convscope::io::saveChannelAsImage;

using convscope::test::dataFile;

namespace {

} // namespace

TEST_CASE("an image becomes a tensor in [0, 1]: gray by luminance, or three RGB planes")
{
    QImage image(2, 1, QImage::Format_ARGB32);
    image.setPixel(0, 0, qRgb(51, 51, 51));
    image.setPixel(1, 0, qRgb(255, 0, 0));

    const auto gray = imageToTensor(image, ChannelMode::Gray);
    REQUIRE(gray.ok());
    CHECK(gray.tensor.shape() == std::vector<int>{1, 1, 2});
    CHECK(gray.tensor.at(0, 0, 0) == 0.2f); // a grey pixel keeps v/255 exactly
    CHECK_THAT(gray.tensor.at(0, 0, 1), Catch::Matchers::WithinAbs(0.299, 1e-6));

    const auto rgb = imageToTensor(image, ChannelMode::Rgb);
    REQUIRE(rgb.ok());
    CHECK(rgb.tensor.shape() == std::vector<int>{3, 1, 2});
    CHECK(rgb.tensor.at(0, 0, 1) == 1.0f);
    CHECK(rgb.tensor.at(1, 0, 1) == 0.0f);
    CHECK(rgb.tensor.at(2, 0, 1) == 0.0f);

    SECTION("transparent pixels are seen over white")
    {
        QImage clear(1, 1, QImage::Format_ARGB32);
        clear.setPixel(0, 0, qRgba(0, 0, 0, 0));
        CHECK(imageToTensor(clear, ChannelMode::Gray).tensor.at(0, 0, 0) == 1.0f);
    }

    SECTION("a large image is scaled down keeping its aspect ratio")
    {
        QImage wide(200, 100, QImage::Format_Grayscale8);
        wide.fill(255);
        const auto scaled = imageToTensor(wide, ChannelMode::Gray, 50);
        REQUIRE(scaled.ok());
        CHECK(scaled.tensor.shape() == std::vector<int>{1, 25, 50});
        CHECK(scaled.tensor.at(0, 12, 25) == 1.0f);
        CHECK(imageToTensor(wide, ChannelMode::Gray, 500).tensor.shape() == std::vector<int>{1, 100, 200});
    }

    CHECK(imageToTensor(QImage(), ChannelMode::Gray).error == QStringLiteral("the image is empty"));
}

namespace {

// A 3×2 grey PNG whose pixel (x, y) is x·100 + y, saved in `dir`; its path.
QString savedGreyRamp(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    QImage image(3, 2, QImage::Format_Grayscale8);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 3; ++x)
            image.setPixel(x, y, qRgb(x * 100 + y, x * 100 + y, x * 100 + y));
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("image files: read back what was saved; refuse what is not a readable image")
{
    QTemporaryDir dir;
    const QString path = savedGreyRamp(dir);
    CHECK(looksLikeImageFile(path));

    const auto loaded = loadImageTensor(path, ChannelMode::Gray);
    REQUIRE(loaded.ok());
    CHECK(loaded.tensor.shape() == std::vector<int>{1, 2, 3});
    CHECK(loaded.tensor.at(0, 1, 2) == 201.0f / 255.0f);

    SECTION("a renamed image is still recognised by its first bytes")
    {
        const QString renamed = dir.filePath(QStringLiteral("photo.data"));
        REQUIRE(QFile::copy(path, renamed));
        CHECK(looksLikeImageFile(renamed));
        CHECK_FALSE(looksLikeImageFile(dataFile("kernel.csv")));
    }

    CHECK(loadImageTensor(dir.filePath(QStringLiteral("none.png")), ChannelMode::Gray).error
          == dir.filePath(QStringLiteral("none.png")) + QStringLiteral(": no such file"));
    CHECK(loadImageTensor(dir.path(), ChannelMode::Gray).error == dir.path() + QStringLiteral(": is a folder, not a file"));

    const QString text = loadImageTensor(dataFile("text.png"), ChannelMode::Gray).error;
    CHECK(text.startsWith(dataFile("text.png") + QStringLiteral(": not an image that can be read")));

    const QString truncated = loadImageTensor(dataFile("truncated.png"), ChannelMode::Gray).error;
    CHECK(truncated.startsWith(dataFile("truncated.png") + QStringLiteral(": the image cannot be decoded")));

    // The header claims 50000×50000; the size is refused from the header, before decoding.
    CHECK(loadImageTensor(dataFile("huge-claim.png"), ChannelMode::Gray).error
          == dataFile("huge-claim.png") + QStringLiteral(": 50000\u00d750000 pixels is larger than the limit of 50 megapixels"));
}

TEST_CASE("a channel is saved as an 8-bit PNG with min..max mapped to 0..255")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Tensor maps({2, 2, 3});
    const float values[] = {-1, 0, 1, 2, 3, 4, 7, 7, 7, 7, 7, 7};
    std::copy(std::begin(values), std::end(values), maps.data());

    const QString first = dir.filePath(QStringLiteral("map-0.png"));
    REQUIRE(saveChannelAsImage(maps, 0, first).isEmpty());
    const QImage saved(first);
    REQUIRE(saved.size() == QSize(3, 2));
    CHECK(saved.isGrayscale());
    const int expected[] = {0, 51, 102, 153, 204, 255};
    for (int i = 0; i < 6; ++i)
        CHECK(qGray(saved.pixel(i % 3, i / 3)) == expected[i]);

    const QString constant = dir.filePath(QStringLiteral("map-1.png"));
    REQUIRE(saveChannelAsImage(maps, 1, constant).isEmpty());
    CHECK(qGray(QImage(constant).pixel(2, 1)) == 128);

    CHECK(saveChannelAsImage(maps, 2, constant) == constant + QStringLiteral(": there is no channel 2 to save"));
    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/map.png"));
    CHECK(saveChannelAsImage(maps, 0, nowhere).startsWith(nowhere + QStringLiteral(": cannot be written")));
}

TEST_CASE("an image in memory is recognised and decoded as its file is")
{
    QTemporaryDir dir;
    const QString path = savedGreyRamp(dir);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    // Standard input has no name: the first bytes alone say it is an image.
    CHECK(looksLikeImage(QString(), bytes));
    CHECK_FALSE(looksLikeImage(QString(), "1,0,1\n0,1,0\n"));
    CHECK(looksLikeImage(QStringLiteral("map.PNG"), "1,0,1\n"));
    CHECK_FALSE(looksLikeImage(QString(), {}));

    const auto decoded = decodeImageTensor(bytes, QStringLiteral("standard input"), ChannelMode::Gray);
    REQUIRE(decoded.ok());
    const auto loaded = loadImageTensor(path, ChannelMode::Gray);
    REQUIRE(loaded.ok());
    CHECK(decoded.tensor.shape() == std::vector<int>{1, 2, 3});
    CHECK(decoded.tensor.at(0, 1, 2) == 201.0f / 255.0f);
    CHECK(std::equal(decoded.tensor.values().begin(), decoded.tensor.values().end(), loaded.tensor.values().begin()));

    CHECK(decodeImageTensor("1,0,1\n", QStringLiteral("standard input"), ChannelMode::Gray)
              .error.startsWith(QStringLiteral("standard input: not an image that can be read")));
    QFile huge(dataFile("huge-claim.png"));
    REQUIRE(huge.open(QIODevice::ReadOnly));
    CHECK(decodeImageTensor(huge.readAll(), QStringLiteral("standard input"), ChannelMode::Gray).error
          == QStringLiteral("standard input: 50000\u00d750000 pixels is larger than the limit of 50 megapixels"));
}

TEST_CASE("a channel encoded in memory is the PNG that is saved")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Tensor maps({2, 2, 3});
    const float values[] = {-1, 0, 1, 2, 3, 4, 7, 7, 7, 7, 7, 7};
    std::copy(std::begin(values), std::end(values), maps.data());

    const auto encoded = encodeChannelAsPng(maps, 0);
    REQUIRE(encoded.error.isEmpty());
    CHECK(encoded.png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(encoded.png, "PNG");
    REQUIRE(image.size() == QSize(3, 2));
    const int expected[] = {0, 51, 102, 153, 204, 255};
    for (int i = 0; i < 6; ++i)
        CHECK(qGray(image.pixel(i % 3, i / 3)) == expected[i]);

    const QString saved = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(saveChannelAsImage(maps, 0, saved).isEmpty());
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == encoded.png);

    const auto missing = encodeChannelAsPng(maps, 2);
    CHECK(missing.error == QStringLiteral("there is no channel 2 to save"));
    CHECK(missing.png.isEmpty());
}
