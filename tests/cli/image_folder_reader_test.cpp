#include "ui/io/image_folder_reader.h"

#include "core/data/dataset_error.h"
#include "tests/catch.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <stop_token>

using convscope::core::Dataset;
using convscope::core::DatasetError;
using convscope::core::DatasetLoadStopped;
using convscope::io::ImageFolderOptions;
using convscope::io::ImageFolderResult;
using convscope::io::isImageFolder;
using convscope::io::naturalLess;
using convscope::io::readImageFolder;
using Catch::Matchers::Contains;

namespace {

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdString());
}

// A w×h picture of `colour` with a darker disc in the middle, saved as `file` (its suffix says the
// format).
void drawPicture(const QString& file, QColor colour, int width = 40, int height = 30)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setBrush(colour.darker(200));
    painter.drawEllipse(QPoint(width / 2, height / 2), 5, 5);
    painter.end();
    REQUIRE(image.save(file));
}

void writeText(const QString& file, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
}

// `count` pictures of each class under root/<class>/.
void fillClass(const QString& root, const QString& name, int count, QColor colour, const QString& suffix = QStringLiteral("png"))
{
    for (int i = 0; i < count; ++i)
        drawPicture(QStringLiteral("%1/%2/%3.%4").arg(root, name).arg(i).arg(suffix), colour);
}

int countLabel(const convscope::core::ImageSet& set, int label)
{
    return static_cast<int>(std::count(set.labels.begin(), set.labels.end(), label));
}

} // namespace

TEST_CASE("class names sort as a person expects, the same in every locale")
{
    CHECK(naturalLess("class 2", "class 10"));
    CHECK_FALSE(naturalLess("class 10", "class 2"));
    CHECK(naturalLess("apple", "Banana"));
    CHECK(naturalLess("Banana", "cherry"));
    CHECK(naturalLess("img9.png", "img10.png"));
    CHECK(naturalLess("zebra", "고양이")); // Hangul after Latin, by code point
    CHECK_FALSE(naturalLess("a", "a"));
}

TEST_CASE("a folder of class folders becomes a dataset named by its folders")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("pets"));
    fillClass(root, QStringLiteral("class 10"), 5, Qt::red);
    fillClass(root, QStringLiteral("class 2"), 5, Qt::green, QStringLiteral("jpg"));
    fillClass(root, QStringLiteral("고양이"), 5, Qt::blue, QStringLiteral("bmp"));
    fillClass(root, QStringLiteral("T-shirt top"), 5, Qt::yellow, QStringLiteral("webp"));
    writeText(root + QStringLiteral("/README.txt"), "not a class"); // beside the class folders: ignored

    ImageFolderOptions options;
    options.imageSize = 32;
    options.channels = 3;
    int calls = 0;
    int lastDone = 0;
    const ImageFolderResult result = readImageFolder(fsPath(root), options, [&](int done, int total) {
        ++calls;
        lastDone = std::max(lastDone, done);
        CHECK(total == 20);
    });
    const Dataset& dataset = result.dataset;
    CHECK(dataset.name == "pets");
    CHECK(dataset.classNames == std::vector<std::string>{"class 2", "class 10", "T-shirt top", "고양이"});
    CHECK(calls == 20);
    CHECK(lastDone == 20);
    CHECK(result.skippedCount == 0);
    CHECK(dataset.train.channels == 3);
    CHECK(dataset.train.height == 32);
    CHECK(dataset.train.width == 32);
    CHECK(dataset.train.count + dataset.test.count == 20);
    CHECK(dataset.train.pixels.size() == static_cast<std::size_t>(dataset.train.count) * 3 * 32 * 32);

    SECTION("the centre of a picture keeps its colour, in grey too")
    {
        const int label = 0; // "class 2", green
        const auto at = std::find(dataset.train.labels.begin(), dataset.train.labels.end(), label);
        REQUIRE(at != dataset.train.labels.end());
        const std::size_t image = static_cast<std::size_t>(at - dataset.train.labels.begin());
        const std::uint8_t* pixels = dataset.train.pixels.data() + image * 3 * 32 * 32;
        const int corner = 0; // outside the disc: pure green (a JPEG is close)
        CHECK(pixels[corner] < 30);
        CHECK(pixels[32 * 32 + corner] > 220);
        CHECK(pixels[2 * 32 * 32 + corner] < 30);

        options.channels = 1;
        const Dataset grey = readImageFolder(fsPath(root), options).dataset;
        CHECK(grey.train.channels == 1);
        CHECK(grey.train.pixels.size() == static_cast<std::size_t>(grey.train.count) * 32 * 32);
    }
}

TEST_CASE("without train and test folders a seeded fraction of every class is held out")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    fillClass(root, QStringLiteral("big"), 20, Qt::red);
    fillClass(root, QStringLiteral("small"), 6, Qt::blue);

    ImageFolderOptions options;
    const Dataset first = readImageFolder(fsPath(root), options).dataset;
    CHECK(first.test.count == 4 + 1); // 20 % of 20, and of 6 rounded
    CHECK(countLabel(first.test, 0) == 4);
    CHECK(countLabel(first.test, 1) == 1);
    CHECK(countLabel(first.train, 0) == 16);
    CHECK(countLabel(first.train, 1) == 5);

    const Dataset again = readImageFolder(fsPath(root), options).dataset;
    CHECK(again.test.pixels == first.test.pixels);
    CHECK(again.train.pixels == first.train.pixels);

    options.testFraction = 0.5;
    const Dataset half = readImageFolder(fsPath(root), options).dataset;
    CHECK(countLabel(half.test, 0) == 10);
    CHECK(countLabel(half.test, 1) == 3);

    SECTION("another seed holds out other pictures")
    {
        // Every picture of a class is drawn alike, so the files held out are told by their names:
        // make each picture of "big" differ.
        for (int i = 0; i < 20; ++i)
            drawPicture(QStringLiteral("%1/big/%2.png").arg(root).arg(i), QColor(10 * i, 0, 0));
        options.testFraction = 0.2;
        options.seed = 1;
        const Dataset one = readImageFolder(fsPath(root), options).dataset;
        options.seed = 2;
        const Dataset two = readImageFolder(fsPath(root), options).dataset;
        CHECK(one.test.pixels != two.test.pixels);
    }
}

TEST_CASE("train and test folders are the two splits")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    fillClass(root + QStringLiteral("/train"), QStringLiteral("circle"), 4, Qt::red);
    fillClass(root + QStringLiteral("/train"), QStringLiteral("square"), 3, Qt::blue);
    fillClass(root + QStringLiteral("/test"), QStringLiteral("square"), 2, Qt::blue);
    fillClass(root + QStringLiteral("/test"), QStringLiteral("circle"), 1, Qt::red);

    const Dataset dataset = readImageFolder(fsPath(root), {}).dataset;
    CHECK(dataset.classNames == std::vector<std::string>{"circle", "square"});
    CHECK(dataset.train.count == 7);
    CHECK(dataset.test.count == 3);
    CHECK(dataset.test.labels == std::vector<std::uint8_t>{0, 1, 1});

    SECTION("a test class the training set lacks is refused")
    {
        fillClass(root + QStringLiteral("/test"), QStringLiteral("triangle"), 1, Qt::green);
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("triangle"));
    }
}

TEST_CASE("files that are not pictures, or damaged ones, are skipped and named")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    fillClass(root, QStringLiteral("a"), 3, Qt::red);
    fillClass(root, QStringLiteral("b"), 3, Qt::blue);
    writeText(root + QStringLiteral("/a/notes.txt"), "these are red pictures");
    QFile whole(root + QStringLiteral("/b/0.png"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    writeText(root + QStringLiteral("/b/broken.png"), whole.readAll().left(60));
    writeText(root + QStringLiteral("/b/.hidden.png"), "ignored");

    const ImageFolderResult result = readImageFolder(fsPath(root), {});
    CHECK(result.skippedCount == 2);
    REQUIRE(result.firstSkipped.size() == 2);
    CHECK(result.firstSkipped[0].contains(QStringLiteral("notes.txt")));
    CHECK(result.firstSkipped[1].contains(QStringLiteral("broken.png")));
    CHECK(result.dataset.train.count + result.dataset.test.count == 6);
}

TEST_CASE("a folder that is not a picture dataset is a clear error")
{
    QTemporaryDir dir;
    const QString root = dir.path();

    SECTION("no such folder")
    {
        CHECK_THROWS_AS(readImageFolder(fsPath(root + QStringLiteral("/missing")), {}), DatasetError);
    }
    SECTION("no class folders at all")
    {
        writeText(root + QStringLiteral("/a.png"), "x");
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("no class folders"));
    }
    SECTION("a single class")
    {
        fillClass(root, QStringLiteral("only"), 3, Qt::red);
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("only one class folder (only)"));
    }
    SECTION("an empty class folder")
    {
        fillClass(root, QStringLiteral("a"), 3, Qt::red);
        QDir(root).mkpath(QStringLiteral("empty"));
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("empty") && Contains("no pictures"));
    }
    SECTION("a class folder of files that are no pictures")
    {
        fillClass(root, QStringLiteral("a"), 3, Qt::red);
        writeText(root + QStringLiteral("/b/1.png"), "not a picture");
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("b: none of the class folder's files"));
    }
    SECTION("classes of one picture each leave none to test")
    {
        fillClass(root, QStringLiteral("a"), 1, Qt::red);
        fillClass(root, QStringLiteral("b"), 1, Qt::blue);
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("too few pictures"));
    }
    SECTION("a symbolic link loop")
    {
        fillClass(root, QStringLiteral("a"), 3, Qt::red);
        fillClass(root, QStringLiteral("b"), 3, Qt::blue);
        std::filesystem::create_symlink("loop", fsPath(root + QStringLiteral("/loop")));
        CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("loop: cannot be read"));
    }
    SECTION("an unreadable class folder")
    {
        fillClass(root, QStringLiteral("a"), 3, Qt::red);
        fillClass(root, QStringLiteral("b"), 3, Qt::blue);
        const std::filesystem::path locked = fsPath(root + QStringLiteral("/b"));
        std::filesystem::permissions(locked, std::filesystem::perms::none);
        // Root reads every folder; the check holds for everyone else.
        if (!QDir(root + QStringLiteral("/b")).isReadable())
            CHECK_THROWS_WITH(readImageFolder(fsPath(root), {}), Contains("b: cannot be read"));
        std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
    }
}

TEST_CASE("reading stops when asked to")
{
    QTemporaryDir dir;
    fillClass(dir.path(), QStringLiteral("a"), 3, Qt::red);
    fillClass(dir.path(), QStringLiteral("b"), 3, Qt::blue);
    std::stop_source source;
    source.request_stop();
    CHECK_THROWS_AS(readImageFolder(fsPath(dir.path()), {}, {}, source.get_token()), DatasetLoadStopped);
}

TEST_CASE("a picture folder is told from an IDX folder")
{
    QTemporaryDir dir;
    fillClass(dir.path(), QStringLiteral("a"), 1, Qt::red);
    CHECK(isImageFolder(fsPath(dir.path())));
    writeText(dir.path() + QStringLiteral("/train-images-idx3-ubyte.gz"), "x");
    CHECK_FALSE(isImageFolder(fsPath(dir.path())));
}
