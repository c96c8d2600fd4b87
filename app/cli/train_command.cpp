#include "app/cli/train_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "core/data/dataset.h"
#include "core/data/dataset_error.h"
#include "core/nn/model_file.h"
#include "core/nn/network.h"
#include "core/nn/trainer.h"
#include "core/data/class_balance.h"
#include "core/nn/training_control.h"
#include "core/nn/spec_for_dataset.h"
#include "core/nn/training_diagnosis.h"
#include "ui/io/data_location.h"
#include "ui/io/image_folder_reader.h"
#include "ui/io/korean_particles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace convscope::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 maxArchitectureFileBytes = 1 << 20;

void writeProgress(const QString& text)
{
    const QByteArray bytes = io::fitKoreanParticles(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 2) + QLatin1Char('%');
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

core::Dataset loadPictureFolder(const CliOptions& options, const QString& folder, std::uint32_t seed)
{
    io::ImageFolderOptions pictures;
    pictures.seed = seed;
    pictures.channels = options.isSet(QStringLiteral("colour")) ? 3 : 1;
    pictures.imageSize = options.wholeNumber(QStringLiteral("image-size"), 1, 28);
    if (std::find(std::begin(io::ImageFolderOptions::allowedSizes), std::end(io::ImageFolderOptions::allowedSizes),
                  pictures.imageSize)
        == std::end(io::ImageFolderOptions::allowedSizes))
        throw CliError(TrainCommand::tr("--image-size must be 28, 32, 48 or 64, not %1").arg(pictures.imageSize));
    const bool terminal = ::isatty(::fileno(stderr)) != 0;
    Clock::time_point lastProgress = Clock::now();
    io::ImageFolderResult result;
    try {
        result = io::readImageFolder(QDir(folder).filesystemAbsolutePath(), pictures, [&](int done, int total) {
            const Clock::time_point now = Clock::now();
            if (now - lastProgress < (terminal ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000))
                && done != total)
                return;
            lastProgress = now;
            const QString line = TrainCommand::tr("reading pictures %1/%2").arg(done).arg(total);
            writeProgress(terminal ? QStringLiteral("\r") + line + QStringLiteral("\x1b[K")
                                   : line + QLatin1Char('\n'));
        });
    } catch (const core::DatasetError& error) {
        throw CliError(QString::fromStdString(error.what()));
    }
    if (terminal)
        writeProgress(QStringLiteral("\r\x1b[K"));
    if (result.skippedCount > 0) {
        writeProgress(TrainCommand::tr("skipped %n file(s) that are no picture or are damaged:", nullptr, result.skippedCount)
                      + QLatin1Char('\n'));
        for (const QString& skipped : result.firstSkipped)
            writeProgress(QStringLiteral("  ") + skipped + QLatin1Char('\n'));
        if (result.skippedCount > result.firstSkipped.size())
            writeProgress(QStringLiteral("  ")
                          + TrainCommand::tr("and %n more", nullptr,
                                             static_cast<int>(result.skippedCount - result.firstSkipped.size()))
                          + QLatin1Char('\n'));
    }
    return std::move(result.dataset);
}

// An IDX folder, or a folder of class folders of pictures, told apart by what it holds.
core::Dataset loadDataset(const CliOptions& options, const QString& folder, std::uint32_t seed)
{
    if (io::isImageFolder(QDir(folder).filesystemAbsolutePath()))
        return loadPictureFolder(options, folder, seed);
    for (const QString& option : {QStringLiteral("image-size"), QStringLiteral("colour")}) {
        if (options.isSet(option))
            throw CliError(TrainCommand::tr("--%1 chooses how pictures from a folder of class folders are read; %2 "
                                            "holds IDX files, whose images are used as they are")
                               .arg(option, folder));
    }
    try {
        return core::loadIdxDataset(folder.toStdString());
    } catch (const core::DatasetError& error) {
        throw CliError(QString::fromStdString(error.what()));
    }
}

} // namespace

QByteArray TrainCommand::run(const QStringList& arguments)
{
    CliOptions options(
        QStringLiteral("train"),
        {
            {QStringLiteral("data"), QStringLiteral("DIR|bundled"),
             tr("the dataset: a folder holding train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte "
                "and t10k-labels-idx1-ubyte (each raw or .gz); a folder of pictures with one folder per class, named "
                "after it (DIR/cats/1.jpg, DIR/dogs/1.jpg; or DIR/train/… and DIR/test/…, else a fifth of each class "
                "is kept for testing); or 'bundled' for the 8,000 training and 2,000 test digits that come with "
                "ConvScope (default)")},
            {QStringLiteral("image-size"), QStringLiteral("N"),
             tr("picture folders: each picture's centre square is scaled to N×N pixels, N being 28, 32, 48 or 64 "
                "(default 28)")},
            {QStringLiteral("colour"), QString(),
             tr("picture folders: keep the pictures' colours (three channels) instead of making them grey")},
            {QStringLiteral("augment"), QString(),
             tr("change each training picture a little every time it is learned from: mirrored at random, shifted "
                "by up to a tenth of its side, turned by up to 10 degrees, made up to 10 % lighter or darker; the "
                "seed repeats the same changes")},
            {QStringLiteral("arch"), QStringLiteral("classroom|tutorial|FILE"),
             tr("the network: a preset, or a text file with one layer per line such as 'conv 8 3 pad 1' (- reads it "
                "from standard input; default classroom)"),
             DashMeans::StandardInput},
            {QStringLiteral("epochs"), QStringLiteral("N"), tr("passes over the training images (default 3)")},
            {QStringLiteral("batch"), QStringLiteral("B"), tr("images per step (default 64)")},
            {QStringLiteral("lr"), QStringLiteral("LR"), tr("the learning rate (default 0.001 with adam, 0.01 with sgd)")},
            {QStringLiteral("optimizer"), QStringLiteral("adam|sgd"), tr("Adam, or SGD with momentum 0.9 (default adam)")},
            {QStringLiteral("threads"), QStringLiteral("T"), tr("how many cores share each batch (default: all)")},
            {QStringLiteral("seed"), QStringLiteral("S"),
             tr("the seed of the first weights and of the order of the images; the same seed and thread count give "
                "the same run (default 1)")},
            {QStringLiteral("save"), QStringLiteral("FILE"),
             tr("save the trained model to FILE, e.g. digits.csmodel; - writes it to standard output, which then holds "
                "the model alone (the lines per epoch still go to stderr), so not with --json")},
            {QStringLiteral("json"), QString(), tr("print one JSON object per epoch and a final one, instead of text")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli train [--data DIR|bundled] [--arch classroom|tutorial|FILE] [--epochs N] "
                                 "[--batch B] [--lr LR] [--optimizer adam|sgd] [--threads T] [--seed S] [--image-size N] [--colour] "
                                 "[--augment] [--save FILE] [--json]"),
                  tr("Trains a convolutional neural network on labelled images and tests it after every epoch on the "
                     "test images. Progress goes to stderr while it runs. stdout gets one line per epoch (train loss, "
                     "test loss, test accuracy, time) and a final line with samples_per_second, test_accuracy and "
                     "train_loss.\n"
                     "Pictures that cannot be read are skipped and named on stderr; a class with far fewer pictures "
                     "than the others is pointed out before training, and a network that learns its training pictures "
                     "by heart (training accuracy rising while test accuracy falls for two epochs) after the epoch.\n"
                     "If the training diverges (the loss becomes NaN or infinite, or grows by orders of magnitude over "
                     "its best, or the test accuracy stays at chance after an epoch) the run stops with exit status 1 "
                     "and a learning rate to try; nothing is saved then."),
                  tr("  convscope-cli train --data bundled --epochs 3 --save digits.csmodel\n"
                     "  convscope-cli train --data /usr/share/datasets/fashion-mnist --epochs 1 --json\n"
                     "  convscope-cli train --data ~/class-photos --image-size 32 --colour --augment --epochs 20"))
            .toUtf8();
    }

    const bool json = options.isSet(QStringLiteral("json"));
    core::TrainingConfig config;
    config.epochs = options.wholeNumber(QStringLiteral("epochs"), core::TrainingConfig::minEpochs, 3);
    config.batchSize = options.wholeNumber(QStringLiteral("batch"), core::TrainingConfig::minBatchSize, 64);
    config.threads = options.wholeNumber(QStringLiteral("threads"), 1, 0);
    config.seed = static_cast<std::uint32_t>(options.wholeNumber(QStringLiteral("seed"), 0, 1));
    config.augment = options.isSet(QStringLiteral("augment"));

    const QString optimizerId = options.value(QStringLiteral("optimizer")).isEmpty()
                                    ? QStringLiteral("adam")
                                    : options.value(QStringLiteral("optimizer")).trimmed();
    const std::optional<core::OptimizerKind> optimizer = core::optimizerKindFromId(optimizerId.toStdString());
    if (!optimizer)
        throw CliError(tr("--optimizer must be adam or sgd, not '%1'").arg(optimizerId));
    config.optimizer.kind = *optimizer;
    config.optimizer.learningRate = core::typicalLearningRate(*optimizer);
    const QString rateText = options.value(QStringLiteral("lr")).trimmed();
    if (options.isSet(QStringLiteral("lr"))) {
        bool ok = false;
        config.optimizer.learningRate = rateText.toDouble(&ok);
        if (!ok)
            config.optimizer.learningRate = std::nan("");
    }
    for (const core::TrainingConfig::Error error : config.validate()) {
        switch (error) {
        case core::TrainingConfig::Error::Epochs:
            throw CliError(tr("--epochs must be at most %1, not %2").arg(core::TrainingConfig::maxEpochs).arg(config.epochs));
        case core::TrainingConfig::Error::BatchSize:
            throw CliError(tr("--batch must be at most %1, not %2").arg(core::TrainingConfig::maxBatchSize).arg(config.batchSize));
        case core::TrainingConfig::Error::LearningRate:
            throw CliError(tr("--lr must be a number above 0 and at most %1, e.g. 0.001, not '%2'")
                               .arg(core::TrainingConfig::maxLearningRate)
                               .arg(rateText));
        case core::TrainingConfig::Error::Seed:
            throw CliError(tr("--seed must be at most %1, not %2").arg(core::TrainingConfig::maxSeed).arg(config.seed));
        case core::TrainingConfig::Error::Threads:
            throw CliError(tr("--threads must be at most %1, not %2").arg(core::TrainingConfig::maxThreads).arg(config.threads));
        case core::TrainingConfig::Error::BatchMemory:
        case core::TrainingConfig::Error::Momentum:
        case core::TrainingConfig::Error::SnapshotInput:
            // Checked against the network by the trainer; the momentum is SGD's fixed 0.9.
            break;
        }
    }

    // --save is checked before training, so a typo does not cost a whole run.
    const QString savePath = options.value(QStringLiteral("save"));
    const bool modelToStdout = FileArgument::isStandardStream(savePath);
    if (!savePath.isEmpty())
        FileArgument::checkWritable(QStringLiteral("save"), savePath, QStringLiteral("digits.csmodel"));
    if (modelToStdout && json)
        throw CliError(tr("--save - writes the model to standard output, where --json would print too; save the model to a file"));

    const QString archText = options.value(QStringLiteral("arch")).isEmpty() ? QStringLiteral("classroom")
                                                                               : options.value(QStringLiteral("arch"));
    core::NetworkSpec spec;
    if (const std::optional<core::NetworkSpec> preset = core::NetworkSpec::preset(archText.toStdString())) {
        spec = *preset;
    } else {
        if (!FileArgument::isStandardStream(archText) && !QFileInfo::exists(archText))
            throw CliError(tr("--arch must be classroom, tutorial or a network file; '%1' is none of them").arg(archText));
        const QByteArray text = FileArgument::read(archText, maxArchitectureFileBytes);
        try {
            spec = core::NetworkSpec::parse(text.toStdString());
            spec.validate();
        } catch (const core::NetworkSpecError& error) {
            throw CliError(FileArgument::inputName(archText) + QStringLiteral(": ") + QString::fromStdString(error.what()));
        }
    }

    QString dataFolder = options.value(QStringLiteral("data"));
    if (dataFolder.isEmpty() || dataFolder == QStringLiteral("bundled")) {
        dataFolder = io::dataPath(QStringLiteral("data/mnist-subset"));
        if (dataFolder.isEmpty())
            throw CliError(tr("the bundled digits are missing; looked in %1")
                               .arg(io::dataCandidates(QStringLiteral("data/mnist-subset")).join(QStringLiteral(", "))));
    }
    writeProgress(tr("loading %1").arg(dataFolder) + QLatin1Char('\n'));
    const core::Dataset dataset = loadDataset(options, dataFolder, config.seed);
    for (const core::SmallClass& small : core::smallClasses(dataset.train, dataset.classCount()))
        writeProgress(tr("note: the class '%1' has only %2 training pictures where a class typically has %3; the "
                         "network will learn it worse and may never answer it: add pictures to it")
                          .arg(QString::fromStdString(dataset.classNames[static_cast<std::size_t>(small.label)]))
                          .arg(small.count)
                          .arg(small.typicalCount)
                      + QLatin1Char('\n'));

    // A preset takes the dataset's image size (the shapes after it follow) and gives one score per
    // class; a file says its own.
    if (core::NetworkSpec::preset(archText.toStdString())) {
        core::adaptSpecToDataset(spec, dataset);
        try {
            spec.validate();
        } catch (const core::NetworkSpecError& error) {
            throw CliError(tr("the %1 network does not fit %2×%3 images: %4")
                               .arg(archText)
                               .arg(dataset.train.height)
                               .arg(dataset.train.width)
                               .arg(QString::fromStdString(error.what())));
        }
    }

    std::optional<core::Network<float>> network;
    std::optional<core::Trainer> trainer;
    try {
        network.emplace(spec, config.seed);
        trainer.emplace(*network, dataset, config);
    } catch (const std::invalid_argument& error) {
        throw CliError(QString::fromStdString(error.what()));
    }
    writeProgress(tr("training %1 (%2 parameters) on %3: %4 training and %5 test images, %6 epochs")
                      .arg(FileArgument::inputName(archText))
                      .arg(spec.parameterCount())
                      .arg(QString::fromStdString(dataset.name))
                      .arg(dataset.train.count)
                      .arg(dataset.test.count)
                      .arg(config.epochs)
                  + QLatin1Char('\n'));

    // Within an epoch: a line rewritten in place on a terminal, else a line every few seconds.
    const bool terminal = ::isatty(::fileno(stderr)) != 0;
    Clock::time_point lastProgress = Clock::now();
    QByteArray stdoutText;
    double trainSeconds = 0.0;
    long long samples = 0;

    core::TrainingControl control;
    core::DivergenceWatch watch(dataset.classCount(), config.optimizer);
    std::optional<core::Divergence> divergence;
    std::vector<core::EpochReport> epochs;
    core::TrainingCallbacks callbacks;
    callbacks.batchDone = [&](const core::BatchReport& report) {
        if (!divergence && (divergence = watch.afterBatch(report)))
            control.stop();
        const Clock::time_point now = Clock::now();
        const auto interval = terminal ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
        if (now - lastProgress < interval && report.batch != report.batchesPerEpoch)
            return;
        lastProgress = now;
        const QString line = tr("epoch %1/%2  batch %3/%4  loss %5  %6 samples/s")
                                 .arg(report.epoch)
                                 .arg(config.epochs)
                                 .arg(report.batch)
                                 .arg(report.batchesPerEpoch)
                                 .arg(report.loss, 0, 'f', 4)
                                 .arg(report.samplesPerSecond, 0, 'f', 0);
        writeProgress(terminal ? QStringLiteral("\r") + line + QStringLiteral("\x1b[K") : line + QLatin1Char('\n'));
    };
    callbacks.epochDone = [&](const core::EpochReport& report) {
        if (!divergence && (divergence = watch.afterEpoch(report)))
            control.stop();
        epochs.push_back(report);
        trainSeconds += report.trainSeconds;
        samples += dataset.train.count;
        const QString summary = tr("epoch %1: train loss %2, test loss %3, test accuracy %4, %5 s (%6 samples/s)")
                                    .arg(report.epoch)
                                    .arg(report.trainLoss, 0, 'f', 4)
                                    .arg(report.testLoss, 0, 'f', 4)
                                    .arg(percent(report.testAccuracy))
                                    .arg(report.trainSeconds, 0, 'f', 2)
                                    .arg(report.samplesPerSecond, 0, 'f', 0);
        writeProgress((terminal ? QStringLiteral("\r\x1b[K") : QString()) + summary + QLatin1Char('\n'));
        if (json) {
            stdoutText += jsonLine({{QStringLiteral("epoch"), report.epoch},
                                    {QStringLiteral("train_loss"), report.trainLoss},
                                    {QStringLiteral("train_accuracy"), report.trainAccuracy},
                                    {QStringLiteral("test_loss"), report.testLoss},
                                    {QStringLiteral("test_accuracy"), report.testAccuracy},
                                    {QStringLiteral("train_seconds"), report.trainSeconds},
                                    {QStringLiteral("test_seconds"), report.testSeconds},
                                    {QStringLiteral("samples_per_second"), report.samplesPerSecond}});
        } else {
            stdoutText += summary.toUtf8() + '\n';
        }
        if (core::isOverfitting(epochs))
            writeProgress(tr("note: the training accuracy rose while the test accuracy fell for two epochs: the "
                             "network is learning its training pictures by heart. More pictures, --augment or a "
                             "dropout layer help it learn what the classes have in common.")
                          + QLatin1Char('\n'));
    };

    const core::TrainingResult result = trainer->run(control, callbacks);
    if (divergence) {
        writeProgress(terminal ? QStringLiteral("\r\x1b[K") : QString());
        throw CliError(QString::fromStdString(divergence->text()), 1);
    }
    if (result.outcome != core::TrainingOutcome::Finished) {
        writeProgress(terminal ? QStringLiteral("\r\x1b[K") : QString());
        throw CliError(QString::fromStdString(result.message), 1);
    }

    const core::EpochReport& last = result.lastEpoch;
    const double samplesPerSecond = trainSeconds > 0.0 ? static_cast<double>(samples) / trainSeconds : 0.0;
    if (!savePath.isEmpty()) {
        core::ModelMetadata metadata;
        metadata.datasetName = dataset.name;
        metadata.classNames = dataset.classNames;
        metadata.classNames.resize(static_cast<std::size_t>(network->classCount()));
        metadata.epochs = result.epochsCompleted;
        metadata.testAccuracy = last.testAccuracy;
        metadata.trainLoss = last.trainLoss;
        metadata.optimizer = optimizerId.toStdString();
        metadata.learningRate = config.optimizer.learningRate;
        metadata.batchSize = config.batchSize;
        metadata.seed = config.seed;
        const std::vector<char> model = core::encodeModel(core::Model::fromNetwork(*network, metadata));
        const QByteArray written = FileArgument::write(savePath, QByteArray(model.data(), static_cast<qsizetype>(model.size())), {});
        if (modelToStdout)
            return written;
        writeProgress(tr("saved %1").arg(savePath) + QLatin1Char('\n'));
    }

    if (json) {
        stdoutText += jsonLine({{QStringLiteral("samples_per_second"), samplesPerSecond},
                                {QStringLiteral("test_accuracy"), last.testAccuracy},
                                {QStringLiteral("train_loss"), last.trainLoss},
                                {QStringLiteral("test_loss"), last.testLoss},
                                {QStringLiteral("epochs"), result.epochsCompleted},
                                {QStringLiteral("train_seconds"), trainSeconds},
                                {QStringLiteral("parameters"), static_cast<double>(spec.parameterCount())},
                                {QStringLiteral("dataset"), QString::fromStdString(dataset.name)}});
    } else {
        stdoutText += QStringLiteral("samples_per_second %1 test_accuracy %2 train_loss %3\n")
                          .arg(samplesPerSecond, 0, 'f', 0)
                          .arg(last.testAccuracy, 0, 'f', 4)
                          .arg(last.trainLoss, 0, 'f', 4)
                          .toUtf8();
    }
    return stdoutText;
}

} // namespace convscope::cli
