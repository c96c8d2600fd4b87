#include "app/cli/predict_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "core/data/digit_preprocessing.h"
#include "core/data/fit_to_input.h"
#include "core/nn/model_file.h"
#include "core/onnx/onnx_reader.h"
#include "ui/io/image_loader.h"
#include "ui/io/data_location.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

namespace convscope::cli {
namespace {

// "0.5" or "0.485,0.456,0.406": one value for every channel or one per channel.
std::vector<float> channelValues(const QString& text, const QString& option)
{
    std::vector<float> values;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const float value = part.trimmed().toFloat(&ok);
        if (!ok || !std::isfinite(value))
            throw CliError(PredictCommand::tr("--%1 must be numbers separated by commas, e.g. 0.5 or "
                                              "0.485,0.456,0.406; '%2' is not one")
                               .arg(option, part));
        values.push_back(value);
    }
    return values;
}

} // namespace

QByteArray PredictCommand::run(const QStringList& arguments)
{
    CliOptions options(
        QStringLiteral("predict"),
        {
            {QStringLiteral("model"), QStringLiteral("FILE|bundled"),
             tr("a model saved by 'convscope-cli train --save' or the Training page, an ONNX file (.onnx) exported "
                "from PyTorch, 'bundled' for the classroom network trained on digits that comes with ConvScope, or - "
                "to read the model from standard input"),
             DashMeans::StandardInput},
            {QStringLiteral("input"), QStringLiteral("IMAGE"),
             tr("the picture to classify (PNG, JPEG, BMP, GIF, WebP); its centre part of the network's proportions "
                "(the centre square for a square input) is scaled to the network's input, e.g. 28×28, as the "
                "pictures of a folder are for training; - reads it from standard input"),
             DashMeans::StandardInput},
            {QStringLiteral("digit"), QString(),
             tr("treat the picture as a photo of a handwritten digit and prepare it as MNIST expects: invert a light "
                "background, crop to the ink, scale its longer side to 20 pixels and centre it")},
            {QStringLiteral("mean"), QStringLiteral("M[,M,M]"),
             tr("subtract this mean from the picture's values (0 to 1), one for all channels or one per channel, as "
                "the network was trained (torchvision's Normalize); 0 unless given")},
            {QStringLiteral("std"), QStringLiteral("S[,S,S]"),
             tr("then divide by this standard deviation, one for all channels or one per channel; 1 unless given")},
            {QStringLiteral("json"), QString(), tr("print a JSON object instead of text")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli predict --model FILE|bundled --input IMAGE [--digit] [--mean M[,M,M]] "
                                 "[--std S[,S,S]] [--json]"),
                  tr("Runs a picture through a trained network and prints the probability of each class (the "
                     "softmax of the last layer), one class per line, then the most probable class: for a model "
                     "trained on a picture folder, the class folders' names (predicted_class with --json)."),
                  tr("  convscope-cli predict --model bundled --input seven.png --digit\n"
                     "  convscope-cli predict --model digits.csmodel --input - < seven.png\n"
                     "  convscope-cli predict --model cifar.onnx --input cat.png --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5"))
            .toUtf8();
    }

    QString modelPath = options.required(QStringLiteral("model"));
    if (modelPath == QStringLiteral("bundled")) {
        modelPath = io::dataPath(QStringLiteral("models/classroom-digits.csmodel"));
        if (modelPath.isEmpty())
            throw CliError(tr("the bundled model is missing; looked in %1")
                               .arg(io::dataCandidates(QStringLiteral("models/classroom-digits.csmodel")).join(QStringLiteral(", "))));
    }
    core::Model model;
    try {
        const QByteArray bytes = FileArgument::read(modelPath, core::maxModelFileBytes);
        const std::span<const std::uint8_t> data(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                                 static_cast<std::size_t>(bytes.size()));
        const std::string name = FileArgument::inputName(modelPath).toStdString();
        // An ONNX file by its name, or on standard input by its first byte: protobuf writes the
        // fields in order, so an ONNX model starts with field 1, ir_version (tag 0x08).
        const bool onnx = modelPath.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive)
            || (FileArgument::isStandardStream(modelPath) && bytes.startsWith('\x08'));
        model = onnx ? core::decodeOnnx(data, name).model : core::decodeModel(data, name);
    } catch (const std::runtime_error& error) { // ModelFileError, OnnxError
        throw CliError(QString::fromStdString(error.what()));
    }
    core::Network<float> network = model.toNetwork();
    const std::vector<int>& input = model.spec.input;

    const QString inputPath = options.required(QStringLiteral("input"));
    const bool colour = input[0] == 3;
    if (input[0] != 1 && !colour)
        throw CliError(tr("this model reads %1 channels; only gray (1) and colour (3) pictures can be given").arg(input[0]));
    const io::ImageLoadResult image = io::decodeImageTensor(FileArgument::read(inputPath, io::maxImageFileBytes),
                                                            FileArgument::inputName(inputPath),
                                                            colour ? io::ChannelMode::Rgb : io::ChannelMode::Gray);
    if (!image.ok())
        throw CliError(image.error);
    core::Tensor picture = image.tensor;
    if (options.isSet(QStringLiteral("digit"))) {
        if (colour)
            throw CliError(tr("--digit prepares gray digits, but this model reads colour pictures"));
        const core::DigitPreprocessing prepared = core::preprocessDigit(picture);
        if (!prepared.ok())
            throw CliError(tr("%1: no digit found: nothing stands out from the background").arg(FileArgument::inputName(inputPath)));
        picture = prepared.result;
    }

    core::Tensor fitted = core::fitToInput(picture, input);
    if (options.isSet(QStringLiteral("mean")) || options.isSet(QStringLiteral("std"))) {
        const QString mean = options.value(QStringLiteral("mean"));
        const QString deviation = options.value(QStringLiteral("std"));
        try {
            const std::vector<float> means
                = mean.isEmpty() ? std::vector<float>{0.0f} : channelValues(mean, QStringLiteral("mean"));
            const std::vector<float> deviations
                = deviation.isEmpty() ? std::vector<float>{1.0f} : channelValues(deviation, QStringLiteral("std"));
            fitted = core::normaliseChannels(fitted, means, deviations);
        } catch (const std::invalid_argument& error) {
            throw CliError(tr("--mean and --std: %1").arg(QString::fromStdString(error.what())));
        }
    }
    const std::vector<float> probabilities = network.classify(fitted);
    const auto best = static_cast<int>(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
    const auto nameOf = [&](int label) {
        const std::string& name = model.metadata.classNames.at(static_cast<std::size_t>(label));
        return name.empty() ? QString::number(label) : QString::fromStdString(name);
    };

    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray values;
        QJsonArray names;
        for (std::size_t label = 0; label < probabilities.size(); ++label) {
            values.append(static_cast<double>(probabilities[label]));
            names.append(nameOf(static_cast<int>(label)));
        }
        const QJsonObject object{{QStringLiteral("classes"), names},
                                 {QStringLiteral("probabilities"), values},
                                 {QStringLiteral("predicted"), best},
                                 {QStringLiteral("predicted_class"), nameOf(best)}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    QString text;
    qsizetype width = 0;
    for (std::size_t label = 0; label < probabilities.size(); ++label)
        width = std::max(width, nameOf(static_cast<int>(label)).size());
    for (std::size_t label = 0; label < probabilities.size(); ++label)
        text += nameOf(static_cast<int>(label)).leftJustified(width) + QStringLiteral("  ")
            + QString::number(static_cast<double>(probabilities[label]), 'f', 4) + QLatin1Char('\n');
    text += tr("predicted: %1 (%2%)").arg(nameOf(best)).arg(static_cast<double>(probabilities[static_cast<std::size_t>(best)]) * 100.0, 0, 'f', 1)
        + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace convscope::cli
