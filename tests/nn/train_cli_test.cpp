// convscope-cli train, predict and export run as processes, as a script runs them: exit status, the lines on
// stdout, one line on stderr for bad input.
#include "core/data/dataset.h"
#include "core/data/fit_to_input.h"
#include "core/nn/model_file.h"
#include "core/nn/pytorch_code.h"
#include "core/onnx/onnx_reader.h"
#include "tests/catch.h"
#include "tests/cli/cli_runner.h"
#include "tests/nn/approx.h"
#include "tests/nn/temp_folder.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

#include <numeric>

using namespace convscope::core;
using namespace convscope::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using convscope::test::Approx;

namespace {

// Training under the sanitizers on a busy machine can take minutes; the shared runner's default
// timeout is one.
CliRun runTool(const QStringList& arguments)
{
    return convscope::test::runCli(arguments, {}, 600'000);
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return lines;
}

QJsonObject jsonOf(const std::string& line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
    INFO(line);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

void writeGzipped(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes)
{
    gzFile file = gzopen(path.c_str(), "wb");
    REQUIRE(file != nullptr);
    REQUIRE(gzwrite(file, bytes.data(), static_cast<unsigned>(bytes.size())) == static_cast<int>(bytes.size()));
    gzclose(file);
}

void putBigEndian(std::vector<std::uint8_t>& bytes, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.push_back(static_cast<std::uint8_t>(value >> shift));
}

// The first `count` images of a set as the two IDX files train-… or t10k-…
void writeSet(const std::filesystem::path& folder, const std::string& prefix, const ImageSet& set, int count)
{
    std::vector<std::uint8_t> images;
    putBigEndian(images, 0x00000803);
    putBigEndian(images, static_cast<std::uint32_t>(count));
    putBigEndian(images, 28);
    putBigEndian(images, 28);
    images.insert(images.end(), set.pixels.begin(), set.pixels.begin() + static_cast<std::ptrdiff_t>(count) * 784);
    std::vector<std::uint8_t> labels;
    putBigEndian(labels, 0x00000801);
    putBigEndian(labels, static_cast<std::uint32_t>(count));
    labels.insert(labels.end(), set.labels.begin(), set.labels.begin() + count);
    writeGzipped(folder / (prefix + "-images-idx3-ubyte.gz"), images);
    writeGzipped(folder / (prefix + "-labels-idx1-ubyte.gz"), labels);
}

const Dataset& bundled()
{
    static const Dataset dataset
        = loadIdxDataset(std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/data/mnist-subset");
    return dataset;
}

// 1,500 training and 300 test digits of the bundled set, so a run takes a moment.
struct SmallDigits {
    TempFolder folder;
    SmallDigits()
    {
        writeSet(folder.path(), "train", bundled().train, 1500);
        writeSet(folder.path(), "t10k", bundled().test, 300);
    }
    QString path() const { return QString::fromStdString(folder.path().string()); }
};

QString pathText(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

void requireOneLineError(const CliRun& run, const std::string& text, int exitCode = 2)
{
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(run.exitCode == exitCode);
    CHECK(run.out.empty());
    const std::vector<std::string> lines = linesOf(run.err);
    REQUIRE(!lines.empty());
    CHECK_THAT(lines.back(), Contains(text));
}

} // namespace

TEST_CASE("train --json prints one JSON line per epoch and a final one, and saves a model predict reads",
          "[nn][cli]")
{
    SmallDigits digits;
    const std::filesystem::path model = digits.folder / "digits.csmodel";
    const CliRun run = runTool({QStringLiteral("train"), QStringLiteral("--data"), digits.path(),
                               QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--batch"),
                               QStringLiteral("32"), QStringLiteral("--threads"), QStringLiteral("2"),
                               QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json"),
                               QStringLiteral("--save"), pathText(model)});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 3);
    const QJsonObject first = jsonOf(lines[0]);
    const QJsonObject second = jsonOf(lines[1]);
    CHECK(first.value(QStringLiteral("epoch")).toInt() == 1);
    CHECK(second.value(QStringLiteral("epoch")).toInt() == 2);
    CHECK(second.value(QStringLiteral("train_loss")).toDouble() < first.value(QStringLiteral("train_loss")).toDouble());
    const QJsonObject final = jsonOf(lines[2]);
    CHECK(final.value(QStringLiteral("samples_per_second")).toDouble() > 0.0);
    CHECK(final.value(QStringLiteral("test_accuracy")).toDouble() > 0.8);
    CHECK(final.value(QStringLiteral("test_accuracy")).toDouble() == second.value(QStringLiteral("test_accuracy")).toDouble());
    CHECK(final.value(QStringLiteral("train_loss")).toDouble() == second.value(QStringLiteral("train_loss")).toDouble());
    CHECK(final.value(QStringLiteral("parameters")).toInt() == 52138);
    CHECK_THAT(run.err, Contains("epoch 2: train loss"));

    const Model saved = loadModel(model);
    CHECK(saved.spec == NetworkSpec::classroom());
    CHECK(saved.metadata.epochs == 2);
    CHECK(saved.metadata.classNames.size() == 10);
    CHECK(saved.metadata.optimizer == "adam");
    CHECK(saved.metadata.testAccuracy == final.value(QStringLiteral("test_accuracy")).toDouble());

    // predict on a test digit written as a PNG agrees with the model run in this process.
    const Tensor digit = bundled().test.image(7);
    QImage picture(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < 28; ++y) {
        for (int x = 0; x < 28; ++x)
            picture.scanLine(y)[x] = bundled().test.pixels[7 * 784 + static_cast<std::size_t>(y) * 28 + x];
    }
    const std::filesystem::path png = digits.folder / "digit.png";
    REQUIRE(picture.save(pathText(png)));
    Network<float> network = saved.toNetwork();
    const std::vector<float> expected = network.classify(digit);
    const auto expectedBest = std::max_element(expected.begin(), expected.end()) - expected.begin();

    const CliRun text = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(model),
                                QStringLiteral("--input"), pathText(png)});
    INFO("stderr: " << text.err);
    REQUIRE(text.exitCode == 0);
    const std::vector<std::string> rows = linesOf(text.out);
    REQUIRE(rows.size() == 11);
    CHECK_THAT(rows[0], StartsWith("0  0."));
    CHECK_THAT(rows[10], StartsWith("predicted: " + std::to_string(expectedBest) + " ("));

    const CliRun json = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(model),
                                QStringLiteral("--input"), pathText(png), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject answer = jsonOf(linesOf(json.out).front());
    CHECK(answer.value(QStringLiteral("predicted")).toInt() == expectedBest);
    const QJsonArray probabilities = answer.value(QStringLiteral("probabilities")).toArray();
    REQUIRE(probabilities.size() == 10);
    double sum = 0.0;
    for (int label = 0; label < 10; ++label) {
        sum += probabilities[label].toDouble();
        CHECK(probabilities[label].toDouble() == Approx(expected[static_cast<std::size_t>(label)]).margin(1e-5));
    }
    CHECK(sum == Approx(1.0));
}

TEST_CASE("train in text mode with a network file ends with the summary line", "[nn][cli]")
{
    SmallDigits digits;
    const std::filesystem::path arch = digits.folder / "small.net";
    {
        QFile file(pathText(arch));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("# a small network\nconv 4 5 stride 2\nrelu\nflatten\ndropout 0.1\ndense 10\n");
    }
    const CliRun run = runTool({QStringLiteral("train"), QStringLiteral("--data"), digits.path(), QStringLiteral("--arch"),
                               pathText(arch), QStringLiteral("--epochs"), QStringLiteral("1"),
                               QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--lr"),
                               QStringLiteral("0.05")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const std::vector<std::string> lines = linesOf(run.out);
    REQUIRE(lines.size() == 2);
    CHECK_THAT(lines[0], StartsWith("epoch 1: train loss "));
    CHECK_THAT(lines[1], StartsWith("samples_per_second "));
    CHECK_THAT(lines[1], Contains(" test_accuracy 0."));
    CHECK_THAT(lines[1], Contains(" train_loss "));
    CHECK_THAT(run.err, Contains("(5874 parameters)")); // conv 4·25 + 4; 4×12×12 = 576 into dense: 5760 + 10
}

TEST_CASE("train reads its network from standard input and writes the model to standard output", "[nn][cli]")
{
    SmallDigits digits;
    const CliRun run = runCli({QStringLiteral("train"), QStringLiteral("--data"), digits.path(), QStringLiteral("--arch"),
                               QStringLiteral("-"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--save"),
                               QStringLiteral("-")},
                              CliStreams{"flatten\ndense 10\n", {}, {}}, {}, 600'000);
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    // stdout holds the model alone; the lines of the epochs went to stderr.
    REQUIRE_THAT(run.out, StartsWith(std::string("CSMODEL\x1a", 8)));
    CHECK_THAT(run.err, Contains("training standard input (7850 parameters)"));
    CHECK_THAT(run.err, Contains("epoch 1: train loss"));
    const std::vector<std::uint8_t> bytes(run.out.begin(), run.out.end());
    const Model saved = decodeModel(bytes, "stdout");
    CHECK(saved.spec.parameterCount() == 7850); // 784 × 10 weights + 10 biases
    CHECK(saved.metadata.epochs == 1);

    // predict reads that model from standard input as from the file it would have been saved to.
    const std::filesystem::path model = digits.folder / "piped.csmodel";
    writeBytes(model, bytes);
    QImage picture(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < 28; ++y) {
        for (int x = 0; x < 28; ++x)
            picture.scanLine(y)[x] = bundled().test.pixels[static_cast<std::size_t>(y) * 28 + x];
    }
    const std::filesystem::path png = digits.folder / "digit.png";
    REQUIRE(picture.save(pathText(png)));
    const CliRun fromFile = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(model),
                                    QStringLiteral("--input"), pathText(png), QStringLiteral("--json")});
    REQUIRE(fromFile.exitCode == 0);
    const CliRun fromStdin = runCli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("-"),
                                     QStringLiteral("--input"), pathText(png), QStringLiteral("--json")},
                                    CliStreams{QByteArray::fromStdString(run.out), {}, {}});
    INFO("stderr: " << fromStdin.err);
    REQUIRE(fromStdin.exitCode == 0);
    CHECK(fromStdin.out == fromFile.out);
    CHECK(jsonOf(linesOf(fromStdin.out).front()).value(QStringLiteral("probabilities")).toArray().size() == 10);
}

TEST_CASE("train and predict refuse bad input with one line and exit status 2", "[nn][cli]")
{
    TempFolder folder;
    const auto train = [](std::initializer_list<QString> extra) {
        QStringList arguments{QStringLiteral("train")};
        arguments.append(QList<QString>(extra));
        return runTool(arguments);
    };
    requireOneLineError(train({QStringLiteral("--data"), QStringLiteral("/no/such/folder")}), "/no/such/folder: no such folder");
    requireOneLineError(train({QStringLiteral("--data"), pathText(folder.path())}), "no train-images-idx3-ubyte[.gz] file");
    requireOneLineError(train({QStringLiteral("--arch"), QStringLiteral("huge")}),
                        "--arch must be classroom, tutorial or a network file; 'huge' is none of them");
    const std::filesystem::path bad = folder / "bad.net";
    writeBytes(bad, {'c', 'o', 'n', 'v', ' ', '8', ' ', '3', '\n', 'd', 'e', 'n', 's', 'e', ' ', '1', '0', '\n'});
    requireOneLineError(train({QStringLiteral("--arch"), pathText(bad)}),
                        "bad.net: line 2 (dense 10): needs a flat vector, but its input is 8×26×26");
    requireOneLineError(train({QStringLiteral("--lr"), QStringLiteral("-1")}), "--lr must be a number above 0");
    requireOneLineError(train({QStringLiteral("--lr"), QStringLiteral("fast")}), "--lr must be a number above 0");
    requireOneLineError(train({QStringLiteral("--optimizer"), QStringLiteral("rmsprop")}), "--optimizer must be adam or sgd");
    requireOneLineError(train({QStringLiteral("--epochs"), QStringLiteral("0")}), "--epochs must be at least 1");
    // The limits of core::TrainingConfig, the Training page's too.
    requireOneLineError(train({QStringLiteral("--epochs"), QStringLiteral("1001")}), "--epochs must be at most 1000, not 1001");
    requireOneLineError(train({QStringLiteral("--batch"), QStringLiteral("4097")}), "--batch must be at most 4096, not 4097");
    requireOneLineError(train({QStringLiteral("--lr"), QStringLiteral("101")}),
                        "--lr must be a number above 0 and at most 100, e.g. 0.001, not '101'");
    requireOneLineError(train({QStringLiteral("--seed"), QStringLiteral("1000000")}), "--seed must be at most 999999, not 1000000");
    requireOneLineError(train({QStringLiteral("--threads"), QStringLiteral("257")}), "--threads must be at most 256, not 257");
    requireOneLineError(train({QStringLiteral("--save"), QStringLiteral("/no/such/folder/m.csmodel")}),
                        "the folder /no/such/folder does not exist");
    requireOneLineError(train({QStringLiteral("--save"), QStringLiteral("-"), QStringLiteral("--json")}),
                        "--save - writes the model to standard output, where --json would print too");
    requireOneLineError(train({QStringLiteral("--arch"), QStringLiteral("-")}), "train: standard input is empty");

    const auto predict = [](std::initializer_list<QString> extra) {
        QStringList arguments{QStringLiteral("predict")};
        arguments.append(QList<QString>(extra));
        return runTool(arguments);
    };
    const std::filesystem::path garbage = folder / "garbage.csmodel";
    writeBytes(garbage, std::vector<std::uint8_t>(100, 0x42));
    requireOneLineError(predict({QStringLiteral("--model"), pathText(garbage), QStringLiteral("--input"), QStringLiteral("x.png")}),
                        "garbage.csmodel: not a ConvScope model file");
    requireOneLineError(predict({QStringLiteral("--input"), QStringLiteral("x.png")}), "option --model FILE|bundled is required");
}

TEST_CASE("a diverging run exits with status 1 and advice, saving nothing", "[nn][cli]")
{
    SmallDigits digits;
    const std::filesystem::path model = digits.folder / "never.csmodel";
    // No ReLU between the dense layers: SGD at the highest rate allowed makes the weights explode.
    const std::filesystem::path arch = digits.folder / "linear.net";
    {
        QFile file(pathText(arch));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("flatten\ndense 64\ndense 10\n");
    }
    const CliRun run = runTool({QStringLiteral("train"), QStringLiteral("--data"), digits.path(), QStringLiteral("--arch"),
                               pathText(arch), QStringLiteral("--optimizer"), QStringLiteral("sgd"),
                               QStringLiteral("--lr"), QStringLiteral("100"), QStringLiteral("--epochs"),
                               QStringLiteral("1"), QStringLiteral("--save"), pathText(model)});
    // Caught as the loss explodes (a hundredfold over its best), or when it is no longer finite.
    requireOneLineError(run, "the learning rate 100 is", 1);
    CHECK_THAT(run.err, Contains("0.01"));
    CHECK_FALSE(std::filesystem::exists(model));
}

TEST_CASE("predict --model bundled names the digit of a test image", "[nn][cli]")
{
    TempFolder folder;
    int shown = 0;
    for (int i = 0; i < 40 && shown < 3; ++i) {
        const int label = bundled().test.labels[static_cast<std::size_t>(i)];
        if (label != 2 * shown + 1) // a 1, a 3 and a 5
            continue;
        QImage picture(28, 28, QImage::Format_Grayscale8);
        for (int y = 0; y < 28; ++y) {
            for (int x = 0; x < 28; ++x)
                picture.scanLine(y)[x] = bundled().test.pixels[static_cast<std::size_t>(i) * 784 + y * 28 + x];
        }
        // Four times larger, as a user's picture would be: predict scales it back to 28×28.
        const std::filesystem::path png = folder / ("digit-" + std::to_string(i) + ".png");
        REQUIRE(picture.scaled(112, 112, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(pathText(png)));
        const CliRun run = runTool({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("bundled"),
                                   QStringLiteral("--input"), pathText(png), QStringLiteral("--json")});
        INFO("digit " << label << ", stderr: " << run.err);
        REQUIRE(run.exitCode == 0);
        const QJsonObject answer = jsonOf(linesOf(run.out).front());
        CHECK(answer.value(QStringLiteral("predicted")).toInt() == label);
        CHECK(answer.value(QStringLiteral("predicted_class")).toString() == QString::number(label));
        CHECK(answer.value(QStringLiteral("probabilities")).toArray()[label].toDouble() > 0.9);
        ++shown;
    }
    CHECK(shown == 3);
}

TEST_CASE("a preset takes the size of the dataset's images and gives one score per class", "[nn][cli]")
{
    // 14×14 images: a bright square top left is class 1, bottom right class 0.
    TempFolder folder;
    ImageSet set;
    set.count = 64;
    set.height = 14;
    set.width = 14;
    for (int n = 0; n < set.count; ++n) {
        const int label = n % 2;
        std::vector<std::uint8_t> image(196, 0);
        const int corner = label == 1 ? 1 : 8;
        for (int y = corner; y < corner + 5; ++y) {
            for (int x = corner; x < corner + 5; ++x)
                image[static_cast<std::size_t>(y) * 14 + x] = 255;
        }
        set.pixels.insert(set.pixels.end(), image.begin(), image.end());
        set.labels.push_back(static_cast<std::uint8_t>(label));
    }
    for (const std::string prefix : {"train", "t10k"}) {
        std::vector<std::uint8_t> images;
        putBigEndian(images, 0x00000803);
        putBigEndian(images, 64);
        putBigEndian(images, 14);
        putBigEndian(images, 14);
        images.insert(images.end(), set.pixels.begin(), set.pixels.end());
        std::vector<std::uint8_t> labels;
        putBigEndian(labels, 0x00000801);
        putBigEndian(labels, 64);
        labels.insert(labels.end(), set.labels.begin(), set.labels.end());
        writeGzipped(folder / (prefix + "-images-idx3-ubyte.gz"), images);
        writeGzipped(folder / (prefix + "-labels-idx1-ubyte.gz"), labels);
    }
    const CliRun run = runTool({QStringLiteral("train"), QStringLiteral("--data"), pathText(folder.path()),
                               QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--batch"),
                               QStringLiteral("8"), QStringLiteral("--json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    // conv 8: 80, conv 16: 1168, 16×3×3 = 144 into dense 64: 9280, dense 2 (two classes): 130
    CHECK_THAT(run.err, Contains("classroom (10658 parameters)"));
    CHECK(jsonOf(linesOf(run.out).back()).value(QStringLiteral("test_accuracy")).toDouble() == 1.0);
}

TEST_CASE("predict reads a network exported from PyTorch as ONNX and normalises the picture with --mean and --std",
          "[nn][cli]")
{
    TempFolder folder;
    // A colour 32×32 picture whose values are known exactly: red x·8, green y·8, blue (x + y)·4.
    QImage picture(32, 32, QImage::Format_RGB32);
    Tensor image({3, 32, 32});
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            picture.setPixel(x, y, qRgb(x * 8, y * 8, (x + y) * 4));
            image.at(0, y, x) = static_cast<float>(x * 8) / 255.0f;
            image.at(1, y, x) = static_cast<float>(y * 8) / 255.0f;
            image.at(2, y, x) = static_cast<float>((x + y) * 4) / 255.0f;
        }
    }
    const std::filesystem::path png = folder / "colours.png";
    REQUIRE(picture.save(pathText(png)));
    const std::filesystem::path onnx = std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "tests/onnx/data/colour-opset7.onnx";
    Network<float> network = loadOnnx(onnx).model.toNetwork();
    const std::vector<float> expected = network.classify(normaliseChannels(image, {0.5f, 0.4f, 0.3f}, {0.25f}));

    const CliRun run = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                               QStringLiteral("--input"), pathText(png), QStringLiteral("--mean"),
                               QStringLiteral("0.5,0.4,0.3"), QStringLiteral("--std"), QStringLiteral("0.25"),
                               QStringLiteral("--json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonArray probabilities = jsonOf(linesOf(run.out).front()).value(QStringLiteral("probabilities")).toArray();
    REQUIRE(probabilities.size() == 10);
    for (int label = 0; label < 10; ++label)
        CHECK(probabilities[label].toDouble() == Approx(expected[static_cast<std::size_t>(label)]).margin(1e-6));
    // The same file on standard input is recognised as ONNX by its first byte.
    QFile file(pathText(onnx));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const CliRun fromStdin = runCli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("-"),
                                     QStringLiteral("--input"), pathText(png), QStringLiteral("--mean"),
                                     QStringLiteral("0.5,0.4,0.3"), QStringLiteral("--std"), QStringLiteral("0.25"),
                                     QStringLiteral("--json")},
                                    CliStreams{file.readAll(), {}, {}});
    INFO("stderr: " << fromStdin.err);
    CHECK(fromStdin.out == run.out);
    // Without the normalisation the network sees other numbers.
    const CliRun plain = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                                 QStringLiteral("--input"), pathText(png), QStringLiteral("--json")});
    REQUIRE(plain.exitCode == 0);
    CHECK(jsonOf(linesOf(plain.out).front()).value(QStringLiteral("probabilities")).toArray() != probabilities);

    const auto predict = [&](std::initializer_list<QString> extra) {
        QStringList arguments{QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                              QStringLiteral("--input"), pathText(png)};
        arguments.append(QList<QString>(extra));
        return runTool(arguments);
    };
    requireOneLineError(predict({QStringLiteral("--std"), QStringLiteral("0")}), "a standard deviation must be above 0");
    requireOneLineError(predict({QStringLiteral("--mean"), QStringLiteral("0.5,0.5")}),
                        "the input has 3 channels: give one value for all or one per channel, not 2");
    requireOneLineError(predict({QStringLiteral("--mean"), QStringLiteral("half")}),
                        "--mean must be numbers separated by commas");
    const std::filesystem::path text = folder / "notes.onnx";
    writeBytes(text, std::vector<std::uint8_t>{'c', 'o', 'n', 'v', ' ', '8', '\n'});
    requireOneLineError(runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(text),
                                 QStringLiteral("--input"), pathText(png)}),
                        "notes.onnx: a text file, not an ONNX model");
}

TEST_CASE("export writes the model as ONNX that reads back as the same model, and as PyTorch code", "[nn][cli][onnx]")
{
    TempFolder folder;
    const std::filesystem::path bundled = std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/models/classroom-digits.csmodel";
    const Model model = loadModel(bundled);
    const std::filesystem::path onnx = folder / "classroom.onnx";
    const CliRun written = runTool({QStringLiteral("export"), QStringLiteral("--model"), QStringLiteral("bundled"),
                                   QStringLiteral("--output"), pathText(onnx)});
    INFO("stderr: " << written.err);
    REQUIRE(written.exitCode == 0);
    CHECK(written.out == pathText(onnx).toStdString() + ": the network as ONNX, 52138 learned values\n");
    const OnnxModel read = loadOnnx(onnx);
    CHECK(read.model.spec == model.spec);
    CHECK(read.model.parameters == model.parameters);
    CHECK(read.model.metadata.classNames == model.metadata.classNames);

    // The code on standard output, the format named; by the .py name otherwise.
    const CliRun code = runTool({QStringLiteral("export"), QStringLiteral("--model"), pathText(bundled),
                                QStringLiteral("--format"), QStringLiteral("pytorch"), QStringLiteral("--output"),
                                QStringLiteral("-")});
    REQUIRE(code.exitCode == 0);
    CHECK(code.out == pytorchCode(model.spec, PytorchTraining::fromMetadata(model.metadata)));
    const std::filesystem::path script = folder / "classroom.py";
    REQUIRE(runTool({QStringLiteral("export"), QStringLiteral("--model"), pathText(onnx), QStringLiteral("-o"),
                     pathText(script)})
                .exitCode
            == 0);
    std::ifstream file(script);
    const std::string fromOnnx((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    CHECK_THAT(fromOnnx, Contains("nn.Conv2d(1, 8, kernel_size=3, padding=1),"));

    const auto exportTo = [&](const QString& output, std::initializer_list<QString> extra = {}) {
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--model"), QStringLiteral("bundled"),
                              QStringLiteral("--output"), output};
        arguments.append(QList<QString>(extra));
        return runTool(arguments);
    };
    requireOneLineError(exportTo(pathText(folder / "net.txt")), "give --format onnx or --format pytorch");
    requireOneLineError(exportTo(pathText(folder / "net.txt"), {QStringLiteral("--format"), QStringLiteral("keras")}),
                        "--format must be onnx or pytorch, not 'keras'");
    requireOneLineError(exportTo(pathText(folder / "missing/net.onnx")), "missing");
}

TEST_CASE("predict feeds a JSON or CSV matrix to the network as it is, and an image with the model's normalisation",
          "[nn][cli][onnx]")
{
    TempFolder folder;
    // A model normalised as MNIST is, exported as ONNX: the normalisation travels in its metadata.
    Model model = loadModel(std::filesystem::path(CONVSCOPE_SOURCE_DIR) / "resources/models/classroom-digits.csmodel");
    model.metadata.inputMean = {0.1307f};
    model.metadata.inputStd = {0.3081f};
    const std::filesystem::path csmodel = folder / "normalised.csmodel";
    saveModel(csmodel, model);
    const std::filesystem::path onnx = folder / "normalised.onnx";
    REQUIRE(runTool({QStringLiteral("export"), QStringLiteral("--model"), pathText(csmodel), QStringLiteral("--output"),
                     pathText(onnx)})
                .exitCode
            == 0);
    Network<float> network = model.toNetwork();

    Tensor values({1, 28, 28});
    std::string json = "[[";
    std::string csv;
    for (int y = 0; y < 28; ++y) {
        json += y == 0 ? "[" : ", [";
        for (int x = 0; x < 28; ++x) {
            const float value = static_cast<float>((x * 7 + y * 3) % 11) / 4.0f - 1.0f;
            values.at(0, y, x) = value;
            const std::string text = std::to_string(value);
            json += (x == 0 ? "" : ", ") + text;
            csv += (x == 0 ? "" : ",") + text;
        }
        json += "]";
        csv += "\n";
    }
    json += "]]";
    const std::vector<float> expected = network.classify(values);
    writeBytes(folder / "values.json", std::vector<std::uint8_t>(json.begin(), json.end()));
    writeBytes(folder / "values.csv", std::vector<std::uint8_t>(csv.begin(), csv.end()));
    for (const char* name : {"values.json", "values.csv"}) {
        INFO(name);
        const CliRun run = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                                   QStringLiteral("--input"), pathText(folder / name), QStringLiteral("--json")});
        INFO("stderr: " << run.err);
        REQUIRE(run.exitCode == 0);
        const QJsonObject answer = jsonOf(linesOf(run.out).front());
        const QJsonArray probabilities = answer.value(QStringLiteral("probabilities")).toArray();
        REQUIRE(probabilities.size() == 10);
        for (int label = 0; label < 10; ++label)
            CHECK(probabilities[label].toDouble() == Approx(expected[static_cast<std::size_t>(label)]).margin(1e-6));
        const auto best = std::max_element(expected.begin(), expected.end()) - expected.begin();
        CHECK(answer.value(QStringLiteral("predicted_class")).toString() == QString::number(best));
    }

    // A picture is scaled to [0, 1] and normalised with the model's own mean and std.
    QImage picture(28, 28, QImage::Format_Grayscale8);
    Tensor grey({1, 28, 28});
    for (int y = 0; y < 28; ++y) {
        for (int x = 0; x < 28; ++x) {
            picture.setPixel(x, y, qRgb(x * 9, x * 9, x * 9));
            grey.at(0, y, x) = static_cast<float>(x * 9) / 255.0f;
        }
    }
    REQUIRE(picture.save(pathText(folder / "ramp.png")));
    const std::vector<float> normalised = network.classify(normaliseChannels(grey, {0.1307f}, {0.3081f}));
    const CliRun run = runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                               QStringLiteral("--input"), pathText(folder / "ramp.png"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray probabilities = jsonOf(linesOf(run.out).front()).value(QStringLiteral("probabilities")).toArray();
    for (int label = 0; label < 10; ++label)
        CHECK(probabilities[label].toDouble() == Approx(normalised[static_cast<std::size_t>(label)]).margin(1e-6));

    const std::string small = "[[[1, 2], [3, 4]]]";
    writeBytes(folder / "small.json", std::vector<std::uint8_t>(small.begin(), small.end()));
    requireOneLineError(runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                                 QStringLiteral("--input"), pathText(folder / "small.json")}),
                        "small.json is 1×2×2, but this model reads 1×28×28");
    requireOneLineError(runTool({QStringLiteral("predict"), QStringLiteral("--model"), pathText(onnx),
                                 QStringLiteral("--input"), pathText(folder / "values.csv"), QStringLiteral("--mean"),
                                 QStringLiteral("0.5")}),
                        "--mean applies to a picture; ");
}
