#include "ui/training/training_text.h"

#include "core/nn/training_diagnosis.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace convscope::ui {

namespace {

// The translation context of the texts below.
struct TrainingText {
    Q_DECLARE_TR_FUNCTIONS(TrainingText)
};

} // namespace

QString layerKindName(core::LayerKind kind)
{
    switch (kind) {
    case core::LayerKind::Conv:
        return TrainingText::tr("Convolution");
    case core::LayerKind::Relu:
        return TrainingText::tr("ReLU");
    case core::LayerKind::MaxPool:
        return TrainingText::tr("Max pooling");
    case core::LayerKind::AvgPool:
        return TrainingText::tr("Average pooling");
    case core::LayerKind::Flatten:
        return TrainingText::tr("Flattening");
    case core::LayerKind::Dense:
        return TrainingText::tr("Fully connected");
    case core::LayerKind::Dropout:
        return TrainingText::tr("Dropout");
    case core::LayerKind::Tanh:
        return TrainingText::tr("Tanh");
    case core::LayerKind::Sigmoid:
        return TrainingText::tr("Sigmoid");
    case core::LayerKind::LeakyRelu:
        return TrainingText::tr("Leaky ReLU");
    case core::LayerKind::BatchNorm:
        return TrainingText::tr("Batch normalisation");
    case core::LayerKind::GlobalAvgPool:
        return TrainingText::tr("Global average pooling");
    case core::LayerKind::MinPool:
        return TrainingText::tr("Min pooling");
    }
    return {};
}

QString layerDescription(const core::LayerSpec& layer)
{
    // The lecture's letters: K filters of F×F, stride S, zero padding P.
    const QString name = layerKindName(layer.kind);
    switch (layer.kind) {
    case core::LayerKind::Conv: {
        QString text = TrainingText::tr("%1 K=%2, F=%3").arg(name).arg(layer.units).arg(layer.window);
        if (layer.stride != 1)
            text += TrainingText::tr(", S=%1").arg(layer.stride);
        if (layer.padding != 0)
            text += TrainingText::tr(", P=%1").arg(layer.padding);
        return text;
    }
    case core::LayerKind::MaxPool:
    case core::LayerKind::AvgPool:
    case core::LayerKind::MinPool: {
        QString text = TrainingText::tr("%1 F=%2").arg(name).arg(layer.window);
        if (layer.stride != layer.window)
            text += TrainingText::tr(", S=%1").arg(layer.stride);
        if (layer.padding != 0)
            text += TrainingText::tr(", P=%1").arg(layer.padding);
        return text;
    }
    case core::LayerKind::LeakyRelu:
        return TrainingText::tr("%1 %2").arg(name, QLocale().toString(layer.rate));
    case core::LayerKind::Dense:
        return TrainingText::tr("%1, %n outputs", nullptr, layer.units).arg(name);
    case core::LayerKind::Dropout:
        return TrainingText::tr("%1 %2").arg(name, percentText(layer.rate));
    case core::LayerKind::Relu:
    case core::LayerKind::Flatten:
    case core::LayerKind::Tanh:
    case core::LayerKind::Sigmoid:
    case core::LayerKind::BatchNorm:
    case core::LayerKind::GlobalAvgPool:
        return name;
    }
    return name;
}

QString shapeText(const std::vector<int>& shape)
{
    QStringList parts;
    if (shape.size() == 3) {
        parts << QString::number(shape[2]) << QString::number(shape[1]) << QString::number(shape[0]);
    } else {
        for (int extent : shape)
            parts << QString::number(extent);
    }
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString durationText(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return TrainingText::tr("unknown");
    const long long total = std::llround(seconds);
    if (total < 60)
        return TrainingText::tr("%1 s").arg(total);
    if (total < 3600)
        return TrainingText::tr("%1 min %2 s").arg(total / 60).arg(total % 60);
    return TrainingText::tr("%1 h %2 min").arg(total / 3600).arg(total % 3600 / 60);
}

QString percentText(double fraction)
{
    return TrainingText::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString outcomeText(const core::TrainingResult& result)
{
    switch (result.outcome) {
    case core::TrainingOutcome::Finished:
        return TrainingText::tr("Training finished after epoch %1: test accuracy %2.")
            .arg(result.epochsCompleted)
            .arg(percentText(result.lastEpoch.testAccuracy));
    case core::TrainingOutcome::Stopped:
        return TrainingText::tr("Training stopped after %n complete epoch(s). Continue to train on from here, or reset.", nullptr,
                  result.epochsCompleted);
    case core::TrainingOutcome::Diverged:
        return TrainingText::tr("Training stopped: the loss became NaN or infinite at epoch %1, batch %2. The learning rate %3 "
                  "is probably too high; try a lower one, such as %4. The weights of the last good batch were kept.")
            .arg(result.failedEpoch)
            .arg(result.failedBatch)
            .arg(QLocale().toString(result.learningRate, 'g', 6))
            .arg(QLocale().toString(core::suggestedLearningRate(result.optimizer, result.learningRate), 'g', 6));
    }
    return {};
}

QString divergenceText(const core::Divergence& divergence)
{
    const QLocale locale;
    QString what;
    switch (divergence.sign) {
    case core::DivergenceSign::NotFinite:
        what = TrainingText::tr("The loss became NaN or infinite at epoch %1.").arg(divergence.epoch);
        break;
    case core::DivergenceSign::LossExploded:
        what = TrainingText::tr("The loss grew to %1 at epoch %2, batch %3, from its best of %4.")
                   .arg(locale.toString(divergence.loss, 'g', 3))
                   .arg(divergence.epoch)
                   .arg(divergence.batch)
                   .arg(locale.toString(divergence.bestLoss, 'g', 3));
        break;
    case core::DivergenceSign::StuckAtChance:
        what = TrainingText::tr("After epoch %1 the network is right on %2 of the test images: no better than "
                                "guessing.")
                   .arg(divergence.epoch)
                   .arg(percentText(divergence.accuracy));
        break;
    }
    return what + QLatin1Char(' ')
        + TrainingText::tr("The training diverged: the learning rate %1 is too large for this network. Try %2: "
                           "Reset, set the learning rate and start again.")
              .arg(locale.toString(divergence.learningRate, 'g', 6))
              .arg(locale.toString(divergence.suggestedRate, 'g', 6));
}

QString overfittingText()
{
    return TrainingText::tr("The network is learning its training pictures by heart: for two epochs its training "
                            "accuracy rose while its test accuracy fell. More pictures, augmentation or a dropout "
                            "layer help it learn what the pictures of a class have in common.");
}

QString smallClassText(const core::SmallClass& small, const QString& className)
{
    return TrainingText::tr("The class “%1” has only %2 training pictures where a class typically has %3: the "
                            "network will learn it worse and may never answer it. Add pictures to it.")
        .arg(className)
        .arg(small.count)
        .arg(small.typicalCount);
}

} // namespace convscope::ui
