// convscope-cli train on a class's own picture folder, run as a process: the folder is told from an
// IDX folder by itself, damaged and foreign files are named on stderr, the model keeps the input
// format and the folder names, predict scales any picture to it and names the class, augmentation
// repeats with its seed, a learning rate of 100 stops the run with a rate to try.
#include "core/data/fit_to_input.h"
#include "core/nn/model_file.h"
#include "tests/catch.h"
#include "tests/cli/cli_runner.h"
#include "tests/cli/shape_pictures.h"
#include "tests/nn/approx.h"
#include "ui/io/image_loader.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>

using namespace convscope;
using convscope::test::Approx;
using convscope::test::CliRun;
using Catch::Matchers::Contains;

namespace {

CliRun runTool(const QStringList& arguments)
{
    return test::runCli(arguments, {}, 600'000);
}

QStringList lines(const std::string& text)
{
    return QString::fromStdString(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject jsonOf(const QString& line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8());
    INFO(line.toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

// Drawn once for the whole file: 24 pictures of each of the three shapes.
struct ShapeFolder {
    QTemporaryDir dir;
    QString root;
    QStringList classes;
    ShapeFolder()
        : root(dir.path() + QStringLiteral("/shapes"))
        , classes(test::writeShapePictures(root, 24))
    {
    }
};

const ShapeFolder& shapes()
{
    static const ShapeFolder folder;
    return folder;
}

CliRun train(const QStringList& extra)
{
    return runTool(QStringList{QStringLiteral("train"), QStringLiteral("--data"), shapes().root, QStringLiteral("--json"),
                               QStringLiteral("--threads"), QStringLiteral("2")}
                   + extra);
}

} // namespace

TEST_CASE("train reads a picture folder by itself, names the skipped files and keeps the class names", "[cli][pictures]")
{
    QTemporaryDir out;
    const QString model = out.path() + QStringLiteral("/shapes.csmodel");
    const CliRun run = train({QStringLiteral("--epochs"), QStringLiteral("12"), QStringLiteral("--batch"),
                              QStringLiteral("16"), QStringLiteral("--save"), model});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.err, Contains("skipped 2 files that are no picture or are damaged:"));
    CHECK_THAT(run.err, Contains("circle/broken.png"));
    CHECK_THAT(run.err, Contains("filled square/notes.txt"));
    // 24 of each class less the damaged one, a fifth held out: 5 of each for testing.
    CHECK_THAT(run.err, Contains("57 training and 15 test images"));
    const QStringList output = lines(run.out);
    REQUIRE(output.size() == 13);
    const QJsonObject final = jsonOf(output.back());
    CHECK(final.value(QStringLiteral("dataset")).toString() == QStringLiteral("shapes"));
    // Three classes: guessing is right a third of the time.
    CHECK(final.value(QStringLiteral("test_accuracy")).toDouble() >= 0.6);

    const core::Model saved = core::loadModel(model.toStdString());
    CHECK(saved.spec.input == std::vector<int>{1, 28, 28});
    CHECK(saved.metadata.classNames == std::vector<std::string>{"circle", "filled square", "삼각형"});
    CHECK(saved.metadata.datasetName == "shapes");

    SECTION("the same folder and seed give the same run")
    {
        const CliRun again = train({QStringLiteral("--epochs"), QStringLiteral("12"), QStringLiteral("--batch"),
                                    QStringLiteral("16")});
        REQUIRE(again.exitCode == 0);
        CHECK(jsonOf(lines(again.out).back()).value(QStringLiteral("test_accuracy")) == final.value(QStringLiteral("test_accuracy")));
        CHECK(jsonOf(lines(again.out).back()).value(QStringLiteral("train_loss")) == final.value(QStringLiteral("train_loss")));
    }

    SECTION("predict scales any picture to the model's input and prints the folder name")
    {
        // A wide photo of a circle: its centre square is what the network reads.
        QImage photo(300, 120, QImage::Format_RGB32);
        photo.fill(QColor(250, 245, 235));
        {
            QPainter painter(&photo);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(30, 60, 150));
            painter.drawEllipse(QPointF(150, 60), 40, 40);
            painter.setBrush(QColor(200, 0, 0));
            painter.drawRect(0, 0, 60, 120); // outside the centre square: never seen
        }
        const QString picture = out.path() + QStringLiteral("/wide circle.png");
        REQUIRE(photo.save(picture));

        const CliRun predicted = runTool({QStringLiteral("predict"), QStringLiteral("--model"), model,
                                          QStringLiteral("--input"), picture, QStringLiteral("--json")});
        INFO("stderr: " << predicted.err);
        REQUIRE(predicted.exitCode == 0);
        const QJsonObject answer = jsonOf(lines(predicted.out).front());
        CHECK(answer.value(QStringLiteral("classes")).toArray()
              == QJsonArray({QStringLiteral("circle"), QStringLiteral("filled square"), QStringLiteral("삼각형")}));

        // The same numbers as the model run here on the picture made into its input.
        const io::ImageLoadResult loaded = io::loadImageTensor(picture, io::ChannelMode::Gray);
        REQUIRE(loaded.ok());
        core::Network<float> network = saved.toNetwork();
        const std::vector<float> expected = network.classify(core::fitToInput(loaded.tensor, saved.spec.input));
        const auto best = std::max_element(expected.begin(), expected.end()) - expected.begin();
        CHECK(answer.value(QStringLiteral("predicted_class")).toString() == shapes().classes[static_cast<int>(best)]);
        const QJsonArray probabilities = answer.value(QStringLiteral("probabilities")).toArray();
        REQUIRE(probabilities.size() == 3);
        for (int label = 0; label < 3; ++label)
            CHECK(probabilities[label].toDouble() == Approx(expected[static_cast<std::size_t>(label)]).margin(1e-5));

        const CliRun text = runTool({QStringLiteral("predict"), QStringLiteral("--model"), model,
                                     QStringLiteral("--input"), picture});
        REQUIRE(text.exitCode == 0);
        CHECK_THAT(text.out, Contains("filled square  0."));
        CHECK_THAT(text.out, Contains("predicted: " + shapes().classes[static_cast<int>(best)].toStdString() + " ("));
    }
}

TEST_CASE("train --image-size and --colour choose the input, --augment repeats with its seed", "[cli][pictures]")
{
    QTemporaryDir out;
    const QString model = out.path() + QStringLiteral("/colour.csmodel");
    const QStringList common{QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--image-size"),
                             QStringLiteral("32"), QStringLiteral("--colour")};
    const CliRun plain = train(common + QStringList{QStringLiteral("--save"), model});
    INFO("stderr: " << plain.err);
    REQUIRE(plain.exitCode == 0);
    CHECK(core::loadModel(model.toStdString()).spec.input == std::vector<int>{3, 32, 32});

    const CliRun augmented = train(common + QStringList{QStringLiteral("--augment")});
    const CliRun again = train(common + QStringList{QStringLiteral("--augment")});
    REQUIRE(augmented.exitCode == 0);
    REQUIRE(again.exitCode == 0);
    const QJsonValue plainLoss = jsonOf(lines(plain.out).back()).value(QStringLiteral("train_loss"));
    const QJsonValue augmentedLoss = jsonOf(lines(augmented.out).back()).value(QStringLiteral("train_loss"));
    CHECK(augmentedLoss != plainLoss);
    CHECK(jsonOf(lines(again.out).back()).value(QStringLiteral("train_loss")) == augmentedLoss);
}

TEST_CASE("a learning rate of 100 stops a picture run with a rate to try", "[cli][pictures]")
{
    const CliRun run = train({QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--optimizer"),
                              QStringLiteral("sgd"), QStringLiteral("--lr"), QStringLiteral("100"), QStringLiteral("--batch"),
                              QStringLiteral("8")});
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(run.exitCode == 1);
    CHECK_THAT(run.err, Contains("the learning rate 100 is"));
    CHECK_THAT(run.err, Contains("0.01"));
}

TEST_CASE("picture options are refused with one line where they cannot apply", "[cli][pictures]")
{
    const CliRun size = train({QStringLiteral("--image-size"), QStringLiteral("30")});
    CHECK(size.exitCode == 2);
    CHECK_THAT(size.err, Contains("--image-size must be 28, 32, 48 or 64, not 30"));

    const CliRun idx = runTool({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("bundled"),
                                QStringLiteral("--colour")});
    CHECK(idx.exitCode == 2);
    CHECK_THAT(idx.err, Contains("--colour chooses how pictures from a folder of class folders are read"));

    QTemporaryDir lonely;
    test::writeShapePictures(lonely.path(), 2);
    QDir(lonely.path() + QStringLiteral("/circle")).removeRecursively();
    QDir(lonely.path() + QStringLiteral("/filled square")).removeRecursively();
    const CliRun one = runTool({QStringLiteral("train"), QStringLiteral("--data"), lonely.path()});
    CHECK(one.exitCode == 2);
    CHECK_THAT(one.err, Contains("only one class folder (삼각형)"));
}
