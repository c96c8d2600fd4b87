#include "app/cli/predict_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_files.h"
#include "app/cli/model_argument.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "core/data/digit_preprocessing.h"
#include "core/data/fit_to_input.h"
#include "core/shape_text.h"
#include "ui/io/image_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

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

// A picture made into the network's input: decoded grey or colour as the model reads, prepared
// as a digit with --digit, fitted to the input's size, normalised with --mean and --std, else
// with the normalisation the model was imported with.
core::Tensor pictureInput(const core::Model& model, const CliOptions& options, const QByteArray& bytes,
                          const QString& name)
{
    const std::vector<int>& input = model.spec.input;
    const bool colour = input[0] == 3;
    if (input[0] != 1 && !colour)
        throw CliError(PredictCommand::tr("this model reads %1 channels; only gray (1) and colour (3) pictures can be given")
                           .arg(input[0]));
    const io::ImageLoadResult image
        = io::decodeImageTensor(bytes, name, colour ? io::ChannelMode::Rgb : io::ChannelMode::Gray);
    if (!image.ok())
        throw CliError(image.error);
    core::Tensor picture = image.tensor;
    if (options.isSet(QStringLiteral("digit"))) {
        if (colour)
            throw CliError(PredictCommand::tr("--digit prepares gray digits, but this model reads colour pictures"));
        const core::DigitPreprocessing prepared = core::preprocessDigit(picture);
        if (!prepared.ok())
            throw CliError(PredictCommand::tr("%1: no digit found: nothing stands out from the background").arg(name));
        picture = prepared.result;
    }
    core::Tensor fitted = core::fitToInput(picture, input);
    if (!options.isSet(QStringLiteral("mean")) && !options.isSet(QStringLiteral("std")))
        return model.normalisedInput(fitted);
    const QString mean = options.value(QStringLiteral("mean"));
    const QString deviation = options.value(QStringLiteral("std"));
    try {
        const std::vector<float> means
            = mean.isEmpty() ? std::vector<float>{0.0f} : channelValues(mean, QStringLiteral("mean"));
        const std::vector<float> deviations
            = deviation.isEmpty() ? std::vector<float>{1.0f} : channelValues(deviation, QStringLiteral("std"));
        return core::normaliseChannels(fitted, means, deviations);
    } catch (const std::invalid_argument& error) {
        throw CliError(PredictCommand::tr("--mean and --std: %1").arg(QString::fromStdString(error.what())));
    }
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
            {QStringLiteral("input"), QStringLiteral("IMAGE|MATRIX"),
             tr("the picture to classify (PNG, JPEG, BMP, GIF, WebP); its centre part of the network's proportions "
                "(the centre square for a square input) is scaled to the network's input, e.g. 28×28, as the "
                "pictures of a folder are for training; or a matrix file (JSON [C][H][W] nested arrays, or CSV for "
                "one channel) of exactly the network's input size, whose values are fed to the network as they are, "
                "with no scaling; - reads it from standard input"),
             DashMeans::StandardInput},
            {QStringLiteral("digit"), QString(),
             tr("treat the picture as a photo of a handwritten digit and prepare it as MNIST expects: invert a light "
                "background, crop to the ink, scale its longer side to 20 pixels and centre it")},
            {QStringLiteral("mean"), QStringLiteral("M[,M,M]"),
             tr("subtract this mean from the picture's values (0 to 1), one for all channels or one per channel, as "
                "the network was trained (torchvision's Normalize); unless --mean or --std is given, the normalisation "
                "saved with the model is used, else none")},
            {QStringLiteral("std"), QStringLiteral("S[,S,S]"),
             tr("then divide by this standard deviation, one for all channels or one per channel; 1 unless given")},
            {QStringLiteral("json"), QString(), tr("print a JSON object instead of text")},
        });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli predict --model FILE|bundled --input IMAGE|MATRIX [--digit] [--mean M[,M,M]] "
                                 "[--std S[,S,S]] [--json]"),
                  tr("Runs a picture through a trained network and prints the probability of each class (the "
                     "softmax of the last layer), one class per line, then the most probable class: for a model "
                     "trained on a picture folder, the class folders' names (predicted_class with --json)."),
                  tr("  convscope-cli predict --model bundled --input seven.png --digit\n"
                     "  convscope-cli predict --model digits.csmodel --input - < seven.png\n"
                     "  convscope-cli predict --model cifar.onnx --input cat.png --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5\n"
                     "  convscope-cli predict --model mnist.onnx --input values.json --json"))
            .toUtf8();
    }

    const core::Model model = ModelArgument::read(options.required(QStringLiteral("model")));
    core::Network<float> network = model.toNetwork();
    const std::vector<int>& input = model.spec.input;

    const QString inputPath = options.required(QStringLiteral("input"));
    const QString inputName = FileArgument::inputName(inputPath);
    const QByteArray inputBytes = FileArgument::readImageOrMatrix(inputPath);
    core::Tensor fitted;
    if (!io::looksLikeImage(inputPath, inputBytes)) {
        // A matrix is what the network reads, value for value: no scaling, no normalisation.
        for (const char* option : {"digit", "mean", "std"}) {
            if (options.isSet(QLatin1String(option)))
                throw CliError(tr("--%1 applies to a picture; %2 is read as a matrix and fed to the network as it is")
                                   .arg(QLatin1String(option), inputName));
        }
        fitted = CliFiles::readMatrix(inputBytes, inputName);
        if (fitted.shape() != input)
            throw CliError(tr("%1 is %2, but this model reads %3 (channels×height×width)")
                               .arg(inputName, QString::fromStdString(fitted.shapeText()),
                                    QString::fromStdString(core::shapeText(input))));
    } else {
        fitted = pictureInput(model, options, inputBytes, inputName);
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
