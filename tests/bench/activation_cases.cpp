#include "tests/bench/activation_cases.h"

#include "core/activation_map.h"
#include "core/kernel_presets.h"
#include "ui/activation/live_maps.h"
#include "ui/io/image_loader.h"
#include "ui/widgets/colour_map.h"

#include <QGuiApplication>
#include <QImage>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

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

// One 640×480 camera frame at the page's default 512 px resolution, from the frame Qt Multimedia
// hands over to the images the page paints: the YUV 4:2:0 frame (what webcams and decoded videos
// deliver) converted to RGB as FrameConverter does, made grey and scaled, the gallery's pooled
// picture and every preset's and the custom kernel's map of it, the selected (edge) map at
// 512×384, and each map colour-mapped. 1000 / this is the frame rate the page can keep up with
// when the conversion and the maps run one after the other; they run on two threads.
std::function<std::function<void()>()> liveFrame()
{
    return [] {
        // Qt Multimedia converts frames through the GUI platform (its CPU path when there is no
        // GPU), so it needs a QGuiApplication; offscreen needs no display.
        if (!QCoreApplication::instance()) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            static int argc = 1;
            static char name[] = "convscope-bench";
            static char* argv[] = {name, nullptr};
            static QGuiApplication application(argc, argv);
        }
        QVideoFrame frame(QVideoFrameFormat(QSize(640, 480), QVideoFrameFormat::Format_YUV420P));
        const QImage car = QImage(QStringLiteral(":/samples/car.png"))
                               .scaled(640, 480, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .convertToFormat(QImage::Format_Grayscale8);
        if (car.isNull() || !frame.map(QVideoFrame::WriteOnly))
            throw std::runtime_error("live_frame: the frame cannot be prepared");
        // Luma from the car, neutral chroma.
        for (int y = 0; y < 480; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), car.constScanLine(y), 640);
        std::memset(frame.bits(1), 128, static_cast<std::size_t>(frame.mappedBytes(1)));
        std::memset(frame.bits(2), 128, static_cast<std::size_t>(frame.mappedBytes(2)));
        frame.unmap();

        auto request = std::make_shared<ui::LiveMapsRequest>();
        request->resolution = 512;
        for (const core::KernelPreset& preset : core::kernelPresets())
            request->kernels.push_back(preset.kernel.reshaped({1, 1, preset.kernel.dim(-2), preset.kernel.dim(-1)}));
        request->kernels.push_back(core::Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}).reshaped({1, 1, 3, 3}));
        request->selection = 1;
        auto colours = std::make_shared<ui::ColourMap>(ui::ColourMapKind::Grey);
        auto images = std::make_shared<std::vector<QImage>>();
        return [frame, request, colours, images] {
            request->frame = frame.toImage().convertToFormat(QImage::Format_RGB888);
            const ui::LiveMaps maps = ui::computeLiveMaps(*request);
            images->clear();
            for (const core::ActivationMap& map : maps.gallery)
                images->push_back(ui::planeToImage(map.values.plane(0), *colours, ui::ValueRange{0.0f, 1.0f}));
            images->push_back(ui::planeToImage(maps.selected.values.plane(0), *colours, ui::ValueRange{0.0f, 1.0f}));
        };
    };
}

} // namespace

void registerActivationCases(BenchRegistry& registry)
{
    registry.add({"kernel_edit_1mp_ms", 31, kernelEdit(1000)});
    registry.add({"live_frame_640x480_at_512_all_presets_ms", 31, liveFrame()});
}

} // namespace convscope::bench
