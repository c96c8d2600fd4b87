#include "tests/bench/activation_cases.h"

#include "core/activation_map.h"
#include "ui/io/image_loader.h"
#include "ui/widgets/colour_map.h"

#include <QImage>

#include <memory>
#include <stdexcept>

namespace convscope::bench {
namespace {

// One edit of a custom 3×3 kernel on a 1000×1000 grey picture (the bundled car sample scaled up,
// so the map has a photo's smooth areas and edges rather than noise), from the new weight to the
// image the map view paints: the convolution with ReLU statistics into the page's reused map
// (core::computeActivationMap), the copy the view keeps of the values, and the colour mapping to a
// QImage through the page's default "like a photo" map. Each call changes one weight, as
// dragging the weight slider does.
std::function<std::function<void()>()> kernelEdit(int size)
{
    return [size] {
        const QImage car = QImage(QStringLiteral(":/samples/car.png"))
                               .scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        io::ImageLoadResult loaded = io::imageToTensor(car, io::ChannelMode::Gray);
        if (!loaded.ok())
            throw std::runtime_error("kernel_edit: the car sample cannot be read: " + loaded.error.toStdString());
        auto picture = std::make_shared<core::Tensor>(std::move(loaded.tensor));
        auto kernel = std::make_shared<core::Tensor>(
            core::Tensor::fromRows({{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}).reshaped({1, 1, 3, 3}));
        auto colours = std::make_shared<ui::ColourMap>(ui::ColourMapKind::Grey);
        auto map = std::make_shared<core::ActivationMap>();
        auto shown = std::make_shared<core::Matrix>();
        auto image = std::make_shared<QImage>();
        return [picture, kernel, colours, map, shown, image] {
            kernel->at(0, 0, 1, 1) += 0.05f;
            core::computeActivationMap(*picture, *kernel, false, *map);
            *shown = map->values.plane(0);
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
