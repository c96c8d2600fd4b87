#include "ui/network/flow_stages.h"

#include "ui/network/network_model.h"
#include "ui/network/network_text.h"
#include "ui/shared/number_text.h"

namespace convscope::ui {

namespace {

// `values(stage)` gives stage 0 (the input) and every layer's output; `range(stage, channel)`
// their colour ranges.
template <typename Values, typename Range>
std::vector<FlowStage> build(const NetworkModel& model, int stages, Values values, Range range)
{
    std::vector<FlowStage> result;
    for (int s = 0; s < stages; ++s) {
        FlowStage stage;
        stage.values = values(s);
        const std::optional<core::LayerKind> kind = model.stageKind(s);
        stage.colours = model.mapColours(s);
        if (!kind) {
            stage.title = NetworkText::tr("Input");
            stage.toolTip = NetworkText::tr("The input");
        } else {
            const int ordinal = model.stageOrdinal(s);
            stage.title = NetworkText::shortLayerName(*kind, ordinal);
            stage.toolTip = NetworkText::layerName(*kind, ordinal) + QStringLiteral(": ")
                + NetworkText::layerDetails(*model.stageSpec(s));
            stage.unrolls = *kind == core::LayerKind::Flatten;
        }
        stage.shape = NetworkText::shape(stage.values.shape());
        const int channels = stage.values.rank() == 3 ? stage.values.dim(0) : 1;
        for (int c = 0; c < channels; ++c)
            stage.ranges.push_back(range(s, c));
        if (s > 0 && model.colourScale() == NetworkModel::ColourScale::PerLayer)
            stage.rangeText = QStringLiteral("±") + formatNumber(stage.ranges.front().max);
        if (s == stages - 1 && stage.values.rank() == 1) {
            stage.labels = model.classNames();
            stage.toolTip = NetworkText::tr("The scores (logits) of the classes, before the softmax");
        }
        result.push_back(std::move(stage));
    }
    return result;
}

} // namespace

std::vector<FlowStage> flowStages(const NetworkModel& model)
{
    if (!model.hasModel())
        return {};
    return build(
        model, model.stageCount(), [&](int s) { return model.stageValues(s); },
        [&](int s, int c) { return model.mapRange(s, c); });
}

std::vector<FlowStage> flowStages(const NetworkModel& model, const core::EpochSnapshot& snapshot)
{
    if (!model.hasModel() || static_cast<int>(snapshot.activations.size()) + 1 != model.stageCount())
        return {};
    return build(
        model, model.stageCount(),
        [&](int s) { return s == 0 ? snapshot.input : snapshot.activations[static_cast<std::size_t>(s) - 1]; },
        [&](int s, int c) { return model.snapshotRange(snapshot, s, c); });
}

} // namespace convscope::ui
