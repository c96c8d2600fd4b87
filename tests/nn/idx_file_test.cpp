// The IDX reader on tiny generated files, raw and gzipped, and every way such a file can be broken.
#include "core/data/dataset.h"
#include "core/data/dataset_error.h"
#include "core/data/idx_file.h"
#include "tests/catch.h"
#include "tests/gzipped.h"
#include "tests/nn/approx.h"
#include "tests/nn/temp_folder.h"

#include <chrono>
#include <stop_token>

using namespace convscope::core;
using namespace convscope::test;
using Catch::Matchers::Contains;
using convscope::test::Approx;

namespace {

void putBigEndian(std::vector<std::uint8_t>& bytes, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.push_back(static_cast<std::uint8_t>(value >> shift));
}

// An image file of `count` images of rows × cols; pixel i of image n is (n·rows·cols + i) mod 256.
std::vector<std::uint8_t> imageFile(std::uint32_t count, std::uint32_t rows, std::uint32_t cols,
                                    std::size_t pixelsWritten)
{
    std::vector<std::uint8_t> bytes;
    putBigEndian(bytes, 0x00000803);
    putBigEndian(bytes, count);
    putBigEndian(bytes, rows);
    putBigEndian(bytes, cols);
    for (std::size_t i = 0; i < pixelsWritten; ++i)
        bytes.push_back(static_cast<std::uint8_t>(i % 256));
    return bytes;
}

std::vector<std::uint8_t> imageFile(std::uint32_t count, std::uint32_t rows, std::uint32_t cols)
{
    return imageFile(count, rows, cols, std::size_t{count} * rows * cols);
}

std::vector<std::uint8_t> labelFile(const std::vector<std::uint8_t>& labels)
{
    std::vector<std::uint8_t> bytes;
    putBigEndian(bytes, 0x00000801);
    putBigEndian(bytes, static_cast<std::uint32_t>(labels.size()));
    bytes.insert(bytes.end(), labels.begin(), labels.end());
    return bytes;
}

std::string errorReading(const std::filesystem::path& path, bool images = true)
{
    try {
        if (images)
            readIdxImages(path);
        else
            readIdxLabels(path);
    } catch (const DatasetError& error) {
        return error.what();
    }
    return "accepted";
}

void writeDataset(const TempFolder& folder, bool gzip, std::uint32_t trainCount = 6, std::uint32_t testCount = 4)
{
    const auto maybeGzip = [gzip](const std::vector<std::uint8_t>& bytes) { return gzip ? gzipped(bytes) : bytes; };
    const std::string ext = gzip ? ".gz" : "";
    std::vector<std::uint8_t> trainLabels;
    for (std::uint32_t i = 0; i < trainCount; ++i)
        trainLabels.push_back(static_cast<std::uint8_t>(i % 3));
    writeBytes(folder / ("train-images-idx3-ubyte" + ext), maybeGzip(imageFile(trainCount, 3, 2)));
    writeBytes(folder / ("train-labels-idx1-ubyte" + ext), maybeGzip(labelFile(trainLabels)));
    writeBytes(folder / ("t10k-images-idx3-ubyte" + ext), maybeGzip(imageFile(testCount, 3, 2)));
    writeBytes(folder / ("t10k-labels-idx1-ubyte" + ext), maybeGzip(labelFile(std::vector<std::uint8_t>(testCount, 1))));
}

} // namespace

TEST_CASE("IDX images and labels read back raw and gzipped", "[nn][idx]")
{
    TempFolder folder;
    const std::vector<std::uint8_t> raw = imageFile(3, 2, 4);
    writeBytes(folder / "raw", raw);
    writeBytes(folder / "packed", gzipped(raw));
    for (const char* name : {"raw", "packed"}) {
        INFO(name);
        const IdxImages images = readIdxImages(folder / name);
        CHECK(images.count == 3);
        CHECK(images.rows == 2);
        CHECK(images.cols == 4);
        REQUIRE(images.pixels.size() == 24);
        CHECK(images.pixels[0] == 0);
        CHECK(images.pixels[23] == 23);
    }
    writeBytes(folder / "labels.gz", gzipped(labelFile({7, 0, 9})));
    CHECK(readIdxLabels(folder / "labels.gz") == std::vector<std::uint8_t>{7, 0, 9});

    const IdxImages fromMemory = parseIdxImages(gzipped(raw), "memory");
    CHECK(fromMemory.pixels == readIdxImages(folder / "raw").pixels);
}

TEST_CASE("truncated files are refused, naming the file and the missing bytes", "[nn][idx]")
{
    TempFolder folder;
    const std::vector<std::uint8_t> cut = imageFile(3, 2, 4, 20); // 4 of 24 pixels missing
    writeBytes(folder / "cut", cut);
    writeBytes(folder / "cut.gz", gzipped(cut));
    const std::string raw = errorReading(folder / "cut");
    CHECK_THAT(raw, Contains((folder / "cut").string() + ": the header announces 3 images of 2×4 (24 bytes) but only 20 follow"));
    CHECK_THAT(errorReading(folder / "cut.gz"), Contains("but only 20 follow: the file is truncated"));

    std::vector<std::uint8_t> packed = gzipped(imageFile(50, 28, 28));
    packed.resize(packed.size() / 2); // the gzip stream itself cut in half
    writeBytes(folder / "half.gz", packed);
    CHECK_THAT(errorReading(folder / "half.gz"), Contains("truncated"));
    CHECK_THROWS_WITH(parseIdxImages(packed, "half in memory"), Contains("half in memory: the gzip data is truncated"));

    writeBytes(folder / "header-only", {0, 0, 8, 3, 0, 0});
    CHECK_THAT(errorReading(folder / "header-only"), Contains("the header is truncated"));
    writeBytes(folder / "empty", {});
    CHECK_THAT(errorReading(folder / "empty"), Contains("too short to be an IDX file (0 bytes)"));
}

TEST_CASE("a wrong magic number is refused, and a swapped label file is recognised", "[nn][idx]")
{
    TempFolder folder;
    writeBytes(folder / "labels", labelFile({1, 2}));
    CHECK_THAT(errorReading(folder / "labels"),
               Contains("not an IDX image file: magic number 0x00000801, expected 0x00000803 (this is a label file)"));
    writeBytes(folder / "images", imageFile(1, 1, 1));
    CHECK_THAT(errorReading(folder / "images", false), Contains("(this is an image file)"));
    writeBytes(folder / "text", {'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd', '!', '!', '!', '!', '!'});
    CHECK_THAT(errorReading(folder / "text"), Contains("magic number 0x68656c6c"));
    CHECK_THAT(errorReading(folder / "missing"), Contains("missing: no such file"));
}

TEST_CASE("oversized claims are refused before anything is allocated", "[nn][idx]")
{
    TempFolder folder;
    const auto start = std::chrono::steady_clock::now();
    writeBytes(folder / "billion", imageFile(1'000'000'000, 28, 28, 64));
    CHECK_THAT(errorReading(folder / "billion"), Contains("announces 1000000000 images; 1 to 10000000 are accepted"));
    writeBytes(folder / "huge", imageFile(9'000'000, 28, 28, 64));
    CHECK_THAT(errorReading(folder / "huge"), Contains("more than the limit of 1073741824 bytes"));
    writeBytes(folder / "wide", imageFile(1, 28, 100000, 64));
    CHECK_THAT(errorReading(folder / "wide"), Contains("each side must be 1 to 1024"));
    // Within the limits but far more than the raw file holds: refused from the file size.
    writeBytes(folder / "liar", imageFile(1'000'000, 28, 28, 64));
    CHECK_THAT(errorReading(folder / "liar"), Contains("(784000000 bytes) but only 64 follow"));
    // The same lie gzipped: read piece by piece, so memory follows the data actually present.
    writeBytes(folder / "liar.gz", gzipped(imageFile(1'000'000, 28, 28, 64)));
    CHECK_THAT(errorReading(folder / "liar.gz"), Contains("but only 64 follow: the file is truncated"));
    writeBytes(folder / "no-labels", labelFile({}));
    CHECK_THAT(errorReading(folder / "no-labels", false), Contains("announces 0 labels"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("bytes after the announced data and damaged gzip streams are refused", "[nn][idx]")
{
    TempFolder folder;
    writeBytes(folder / "long", imageFile(1, 2, 2, 5));
    CHECK_THAT(errorReading(folder / "long"), Contains("but 1 more bytes follow: the file does not match its header"));
    writeBytes(folder / "long.gz", gzipped(imageFile(1, 2, 2, 5)));
    CHECK_THAT(errorReading(folder / "long.gz"), Contains("but more bytes follow"));
    std::vector<std::uint8_t> damaged = gzipped(imageFile(20, 28, 28));
    for (std::size_t i = 20; i < 40; ++i)
        damaged[i] ^= 0x5a;
    writeBytes(folder / "damaged.gz", damaged);
    CHECK_THAT(errorReading(folder / "damaged.gz"), Contains("damaged gzip data"));
    CHECK_THROWS_WITH(parseIdxImages(damaged, "damaged in memory"), Contains("damaged in memory: damaged gzip data"));
}

TEST_CASE("a folder of the four standard files loads as a dataset", "[nn][idx]")
{
    for (const bool gzip : {false, true}) {
        INFO((gzip ? "gzipped" : "raw"));
        TempFolder folder;
        writeDataset(folder, gzip);
        const Dataset dataset = loadIdxDataset(folder.path(), "tiny");
        CHECK(dataset.name == "tiny");
        CHECK(dataset.train.count == 6);
        CHECK(dataset.test.count == 4);
        CHECK(dataset.train.imageSize() == 6);
        CHECK(dataset.classNames == std::vector<std::string>{"0", "1", "2"});
        const Tensor image = dataset.train.image(1);
        CHECK(image.shape() == std::vector<int>{1, 3, 2});
        CHECK(image.at(0, 0, 0) == Approx(6.0f / 255.0f));

        Matrix batch;
        std::vector<int> labels;
        const std::vector<int> indices{5, 0};
        dataset.train.fillBatch(indices, batch, labels);
        CHECK(batch.rows() == 2);
        CHECK(batch(0, 1) == Approx(31.0f / 255.0f));
        CHECK(labels == std::vector<int>{2, 0});
    }
}

TEST_CASE("reading stops when asked to, as a DatasetLoadStopped and not as a damaged file", "[nn][idx]")
{
    TempFolder folder;
    writeDataset(folder, true);
    std::stop_source stop;
    CHECK(loadIdxDataset(folder.path(), "tiny", stop.get_token()).train.count == 6);
    stop.request_stop();
    CHECK_THROWS_AS(loadIdxDataset(folder.path(), "tiny", stop.get_token()), DatasetLoadStopped);
    CHECK_THROWS_AS(readIdxLabels(folder / "t10k-labels-idx1-ubyte.gz", stop.get_token()), DatasetLoadStopped);
    // A damaged file is still named as one.
    writeBytes(folder / "t10k-labels-idx1-ubyte.gz", {0x1f, 0x8b, 0x08});
    CHECK_THROWS_AS(loadIdxDataset(folder.path(), "tiny"), DatasetError);
}

TEST_CASE("datasets that do not fit together are refused and nothing is loaded", "[nn][idx]")
{
    TempFolder folder;
    writeDataset(folder, true);
    SECTION("fewer labels than images")
    {
        writeBytes(folder / "t10k-labels-idx1-ubyte.gz", gzipped(labelFile({1, 1, 1})));
        CHECK_THROWS_WITH(loadIdxDataset(folder.path()), Contains("the test set has 4 images but 3 labels"));
    }
    SECTION("a missing file")
    {
        std::filesystem::remove(folder / "train-labels-idx1-ubyte.gz");
        CHECK_THROWS_WITH(loadIdxDataset(folder.path()), Contains("no train-labels-idx1-ubyte[.gz] file"));
    }
    SECTION("images of another size in the test set")
    {
        writeBytes(folder / "t10k-images-idx3-ubyte.gz", gzipped(imageFile(4, 2, 3)));
        CHECK_THROWS_WITH(loadIdxDataset(folder.path()), Contains("the training images are 3×2 but the test images are 2×3"));
    }
    SECTION("a test label the training set never has")
    {
        writeBytes(folder / "t10k-labels-idx1-ubyte.gz", gzipped(labelFile({1, 1, 1, 7})));
        CHECK_THROWS_WITH(loadIdxDataset(folder.path()), Contains("the test set has label 7"));
    }
    CHECK_THROWS_WITH(loadIdxDataset(folder / "nowhere"), Contains("no such folder"));
}

TEST_CASE("dataset names and class names come from the folder", "[nn][idx]")
{
    TempFolder root;
    const std::filesystem::path fashion = root / "Fashion-MNIST";
    std::filesystem::create_directories(fashion);
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < 10; ++i)
        labels.push_back(static_cast<std::uint8_t>(i));
    writeBytes(fashion / "train-images.idx3-ubyte", imageFile(10, 2, 2)); // the dotted spelling
    writeBytes(fashion / "train-labels.idx1-ubyte", labelFile(labels));
    writeBytes(fashion / "emnist-x-t10k-images-idx3-ubyte.gz", gzipped(imageFile(10, 2, 2))); // a prefix
    writeBytes(fashion / "emnist-x-t10k-labels-idx1-ubyte.gz", gzipped(labelFile(labels)));
    const Dataset dataset = loadIdxDataset(fashion);
    CHECK(dataset.name == "fashion-mnist");
    CHECK(dataset.classNames.front() == "T-shirt/top");
    CHECK(dataset.classNames.back() == "Ankle boot");
}

TEST_CASE("the test set alone is read, under MNIST's names and EMNIST's", "[nn][idx]")
{
    TempFolder folder;
    SECTION("t10k files with no training files beside them")
    {
        writeBytes(folder / "t10k-images-idx3-ubyte.gz", gzipped(imageFile(4, 3, 2)));
        writeBytes(folder / "t10k-labels-idx1-ubyte", labelFile({3, 1, 4, 1}));
        const ImageSet test = loadIdxTestSet(folder.path());
        CHECK(test.count == 4);
        CHECK(test.channels == 1);
        CHECK(test.height == 3);
        CHECK(test.width == 2);
        CHECK(test.labels == std::vector<std::uint8_t>{3, 1, 4, 1});
        REQUIRE(test.pixels.size() == 24);
        CHECK(test.pixels[23] == 23);
        CHECK_THROWS_WITH(loadIdxDataset(folder.path()), Contains("no train-images-idx3-ubyte[.gz] file"));
    }
    SECTION("EMNIST's files, named for their split and with \"test\" for t10k")
    {
        const std::vector<std::uint8_t> trainLabels{1, 2, 3, 1, 2, 3};
        writeBytes(folder / "emnist-letters-train-images-idx3-ubyte.gz", gzipped(imageFile(6, 3, 2)));
        writeBytes(folder / "emnist-letters-train-labels-idx1-ubyte.gz", gzipped(labelFile(trainLabels)));
        writeBytes(folder / "emnist-letters-test-images-idx3-ubyte.gz", gzipped(imageFile(4, 3, 2)));
        writeBytes(folder / "emnist-letters-test-labels-idx1-ubyte.gz", gzipped(labelFile({2, 2, 3, 1})));
        const ImageSet test = loadIdxTestSet(folder.path());
        CHECK(test.count == 4);
        CHECK(test.labels == std::vector<std::uint8_t>{2, 2, 3, 1});
        CHECK(test.image(1).at(0, 0, 0) == Approx(6.0f / 255.0f));
        const Dataset dataset = loadIdxDataset(folder.path(), "emnist-letters");
        CHECK(dataset.train.labels == trainLabels);
        CHECK(dataset.test.labels == test.labels);
        CHECK(dataset.test.pixels == test.pixels);

        // Two splits in one folder: which test files are meant is not guessed.
        writeBytes(folder / "emnist-digits-test-images-idx3-ubyte.gz", gzipped(imageFile(4, 3, 2)));
        CHECK_THROWS_WITH(loadIdxTestSet(folder.path()),
                          Contains("several files could be t10k-images-idx3-ubyte or test-images-idx3-ubyte "
                                   "(emnist-digits-test-images-idx3-ubyte.gz, emnist-letters-test-images-idx3-ubyte.gz)"));
    }
    SECTION("refusals name what is wrong")
    {
        writeBytes(folder / "test-labels-idx1-ubyte.gz", gzipped(labelFile({1, 1, 1})));
        CHECK_THROWS_WITH(loadIdxTestSet(folder.path()),
                          Contains("no t10k-images-idx3-ubyte[.gz] or test-images-idx3-ubyte[.gz] file"));
        writeBytes(folder / "test-images-idx3-ubyte.gz", gzipped(imageFile(4, 3, 2)));
        CHECK_THROWS_WITH(loadIdxTestSet(folder.path()), Contains("the test set has 4 images but 3 labels"));
        std::stop_source stop;
        stop.request_stop();
        CHECK_THROWS_AS(loadIdxTestSet(folder.path(), stop.get_token()), DatasetLoadStopped);
        CHECK_THROWS_WITH(loadIdxTestSet(folder / "nowhere"), Contains("no such folder"));
    }
}

TEST_CASE("the bundled MNIST subset: 8,000 + 2,000 digits, 200 of each in the test set", "[nn][idx]")
{
    const Dataset dataset = loadIdxDataset(std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/data/mnist-subset");
    CHECK(dataset.name == "mnist-subset");
    CHECK(dataset.train.count == 8000);
    CHECK(dataset.test.count == 2000);
    CHECK(dataset.train.height == 28);
    CHECK(dataset.classCount() == 10);
    std::vector<int> perClass(10, 0);
    for (std::uint8_t label : dataset.test.labels)
        ++perClass[label];
    CHECK(perClass == std::vector<int>(10, 200));
}
