#include "tests/catch.h"
#include "ui/io/gif_writer.h"
#include "ui/io/palette_quantiser.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>

#include <gif_lib.h>

#include <vector>

using convscope::io::GifWriter;
using convscope::io::PaletteQuantiser;

namespace {

// Three 6×4 frames over a 4-colour palette: frame f has column x coloured (x + f) % 4, so each
// frame differs from the others at every pixel.
const QList<QRgb> testPalette{qRgb(255, 255, 255), qRgb(0, 114, 178), qRgb(230, 159, 0), qRgb(0, 0, 0)};
constexpr int frameWidth = 6;
constexpr int frameHeight = 4;

std::vector<unsigned char> testFrame(int f)
{
    std::vector<unsigned char> indices;
    for (int y = 0; y < frameHeight; ++y)
        for (int x = 0; x < frameWidth; ++x)
            indices.push_back(static_cast<unsigned char>((x + f) % 4));
    return indices;
}

QString writeTestGif(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("three.gif"));
    GifWriter writer;
    REQUIRE(writer.open(path, QSize(frameWidth, frameHeight), testPalette));
    for (int f = 0; f < 3; ++f)
        REQUIRE(writer.addFrame(testFrame(f), 10 * (f + 1)));
    // Nothing is visible before finish(): the file appears whole or not at all.
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(writer.finish());
    return path;
}

} // namespace

TEST_CASE("A 3-frame GIF reads back through Qt: frames, size, delays and exact colours", "[gif]")
{
    QTemporaryDir dir;
    const QString path = writeTestGif(dir);
    QImageReader reader(path);
    REQUIRE(reader.canRead());
    CHECK(reader.format() == "gif");
    CHECK(reader.imageCount() == 3);
    CHECK(reader.loopCount() == -1); // Qt reports "forever" as −1
    for (int f = 0; f < 3; ++f) {
        INFO("frame " << f);
        const QImage frame = reader.read();
        REQUIRE_FALSE(frame.isNull());
        CHECK(frame.size() == QSize(frameWidth, frameHeight));
        CHECK(reader.nextImageDelay() == 100 * (f + 1)); // hundredths of a second → ms
        for (int x = 0; x < frameWidth; ++x)
            CHECK(frame.pixel(x, 2) == testPalette[(x + f) % 4]);
    }
}

TEST_CASE("A 3-frame GIF reads back through giflib's DGifSlurp", "[gif]")
{
    QTemporaryDir dir;
    const QString path = writeTestGif(dir);
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    REQUIRE(gif != nullptr);
    REQUIRE(DGifSlurp(gif) == GIF_OK);
    CHECK(gif->SWidth == frameWidth);
    CHECK(gif->SHeight == frameHeight);
    REQUIRE(gif->ImageCount == 3);
    REQUIRE(gif->SColorMap != nullptr);
    CHECK(gif->SColorMap->ColorCount == 4);
    CHECK(gif->SColorMap->Colors[2].Red == 230);
    CHECK(gif->SColorMap->Colors[2].Green == 159);
    CHECK(gif->SColorMap->Colors[2].Blue == 0);
    for (int f = 0; f < 3; ++f) {
        GraphicsControlBlock control{};
        REQUIRE(DGifSavedExtensionToGCB(gif, f, &control) == GIF_OK);
        CHECK(control.DelayTime == 10 * (f + 1));
        const std::vector<unsigned char> expected = testFrame(f);
        const SavedImage& image = gif->SavedImages[f];
        CHECK(image.ImageDesc.Width == frameWidth);
        CHECK(std::vector<unsigned char>(image.RasterBits, image.RasterBits + frameWidth * frameHeight) == expected);
    }
    // The NETSCAPE2.0 block sits before the first frame.
    bool loops = false;
    for (int i = 0; i < gif->SavedImages[0].ExtensionBlockCount; ++i) {
        const ExtensionBlock& block = gif->SavedImages[0].ExtensionBlocks[i];
        if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11)
            loops = std::string(reinterpret_cast<const char*>(block.Bytes), 11) == "NETSCAPE2.0";
    }
    CHECK(loops);
    DGifCloseFile(gif, &error);
}

TEST_CASE("GIF writer refuses bad frames and unwritable folders, leaving no file", "[gif]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.gif"));
    GifWriter writer;
    REQUIRE(writer.open(path, QSize(frameWidth, frameHeight), testPalette));
    std::vector<unsigned char> outside = testFrame(0);
    outside[5] = 4; // the palette has 4 colours: 0…3
    CHECK_FALSE(writer.addFrame(outside, 10));
    CHECK(writer.errorString().contains(QStringLiteral("palette")));
    CHECK_FALSE(QFile::exists(path));

    CHECK_FALSE(writer.open(path, QSize(frameWidth, frameHeight), {}));
    CHECK_FALSE(writer.open(dir.filePath(QStringLiteral("missing/folder/a.gif")), QSize(4, 4), testPalette));
    CHECK(writer.errorString().contains(QStringLiteral("missing")));

    // Cancelling keeps an older file as it was.
    QFile older(path);
    REQUIRE(older.open(QIODevice::WriteOnly));
    older.write("old");
    older.close();
    REQUIRE(writer.open(path, QSize(frameWidth, frameHeight), testPalette));
    REQUIRE(writer.addFrame(testFrame(1), 10));
    writer.cancel();
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.readAll() == "old");
}

TEST_CASE("The palette keeps the most common colours exact and maps the rest to the nearest", "[gif]")
{
    // 300 colours: two large fills (blue, orange) and 298 one-pixel shades.
    QImage image(100, 10, QImage::Format_RGB32);
    image.fill(qRgb(0, 114, 178));
    for (int x = 50; x < 100; ++x)
        for (int y = 0; y < 5; ++y)
            image.setPixel(x, y, qRgb(230, 159, 0));
    int shade = 0;
    for (int y = 5; y < 10 && shade < 298; ++y)
        for (int x = 0; x < 100 && shade < 298; ++x, ++shade)
            image.setPixel(x, y, qRgb(shade % 256, shade / 256 * 100, 7));
    PaletteQuantiser quantiser({image});
    REQUIRE(quantiser.palette().size() == PaletteQuantiser::maxColours);
    CHECK(quantiser.palette()[0] == qRgb(0, 114, 178)); // most pixels first
    CHECK(quantiser.palette().contains(qRgb(230, 159, 0)));
    const std::vector<unsigned char> indices = quantiser.indices(image);
    REQUIRE(indices.size() == 1000);
    CHECK(quantiser.palette()[indices[0]] == qRgb(0, 114, 178));
    CHECK(quantiser.palette()[indices[99]] == qRgb(230, 159, 0));
    // A colour of no sample maps to the nearest palette colour.
    QImage near(1, 1, QImage::Format_RGB32);
    near.setPixel(0, 0, qRgb(229, 160, 1));
    CHECK(quantiser.palette()[quantiser.indices(near)[0]] == qRgb(230, 159, 0));
}
