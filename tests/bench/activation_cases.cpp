#include "tests/bench/activation_cases.h"

#include "ui/activation/activation_map.h"
#include "ui/widgets/colour_map.h"

#include <QImage>

#include <memory>
#include <random>

namespace convscope::bench {
namespace {

// One edit of a custom 3×3 kernel on a 1000×1000 grey picture, from the new weight to the image
// the map view paints: the convolution with ReLU statistics (ui::computeActivationMap), the copy
// the view keeps of the values, and the colour mapping to a QImage through the page's default
// "like a photo" map. Each call changes one weight, as dragging the weight slider does.
std::function<std::function<void()>()> kernelEdit(int size)
{
    return [size] {
        auto picture = std::make_shared<core::Tensor>(std::vector<int>{1, size, size});
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> value(0.0f, 1.0f);
        for (float& v : picture->values())
            v = value(rng);
        auto kernel = std::make_shared<core::Tensor>(
            core::Tensor::fromRows({{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}).reshaped({1, 1, 3, 3}));
        auto colours = std::make_shared<ui::ColourMap>(ui::ColourMapKind::Grey);
        auto shown = std::make_shared<core::Matrix>();
        auto image = std::make_shared<QImage>();
        return [picture, kernel, colours, shown, image] {
            kernel->at(0, 0, 1, 1) += 0.05f;
            const ui::ActivationMap map = ui::computeActivationMap(*picture, *kernel, false);
            *shown = map.values.plane(0);
            *image = ui::planeToImage(*shown, *colours, ui::ValueRange{0.0f, 1.0f});
        };
    };
}

} // namespace

void registerActivationCases(BenchRegistry& registry)
{
    registry.add({"kernel_edit_1mp_ms", 31, kernelEdit(1000)});
}

} // namespace convscope::bench
