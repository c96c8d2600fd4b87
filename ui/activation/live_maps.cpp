#include "ui/activation/live_maps.h"

#include "core/pool2d.h"

#include <algorithm>
#include <stdexcept>

namespace convscope::ui {

core::Tensor galleryPicture(const core::Tensor& shown)
{
    const int longer = std::max(shown.dim(-1), shown.dim(-2));
    const int window = (longer + galleryPictureSide - 1) / galleryPictureSide;
    if (window <= 1)
        return shown;
    core::Pool2dParams params;
    params.windowY = std::min(window, shown.dim(-2));
    params.windowX = std::min(window, shown.dim(-1));
    return core::pool2d(shown, core::PoolMode::Average, params);
}

std::vector<std::shared_ptr<const core::Tensor>> splitChannels(const core::Tensor& picture)
{
    std::vector<std::shared_ptr<const core::Tensor>> channels;
    for (int c = 0; c < picture.dim(0); ++c)
        channels.push_back(std::make_shared<const core::Tensor>(core::Tensor::fromMatrix(picture.plane(c))));
    return channels;
}

LiveMaps computeLiveMaps(const LiveMapsRequest& request)
{
    io::ImageLoadResult loaded = io::imageToTensor(request.frame, request.mode, request.resolution);
    if (!loaded.ok())
        throw std::invalid_argument(loaded.error.toStdString());
    LiveMaps maps;
    maps.channels = splitChannels(loaded.tensor);
    const int shown = std::clamp(request.channel, 0, static_cast<int>(maps.channels.size()) - 1);
    const core::Tensor& channel = *maps.channels[static_cast<std::size_t>(shown)];
    maps.galleryChannel = galleryPicture(channel);
    maps.gallery.resize(request.kernels.size());
    for (std::size_t i = 0; i < request.kernels.size(); ++i)
        core::computeActivationMap(maps.galleryChannel, request.kernels[i], request.relu, maps.gallery[i]);
    core::computeActivationMap(channel, request.kernels.at(static_cast<std::size_t>(request.selection)), request.relu,
                               maps.selected);
    return maps;
}

} // namespace convscope::ui
