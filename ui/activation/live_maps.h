#pragma once

#include "core/activation_map.h"
#include "core/tensor.h"
#include "ui/io/image_loader.h"

#include <QImage>

#include <memory>
#include <vector>

namespace convscope::ui {

// Longer side of the pictures behind the gallery thumbnails.
inline constexpr int galleryPictureSide = 320;

// The picture behind the gallery thumbnails: `shown` (1 × H × W) average-pooled by whole windows
// to a longer side of about galleryPictureSide, so the gallery costs the same for a 256 px and a
// 4000 px picture; `shown` itself when it is already that small.
core::Tensor galleryPicture(const core::Tensor& shown);

// The planes of a C × H × W picture, each 1 × H × W, to be shared read-only with workers.
std::vector<std::shared_ptr<const core::Tensor>> splitChannels(const core::Tensor& picture);

// What the Activation maps page needs of one live frame, asked as values so a worker thread can
// compute it: the frame, how it becomes the working picture, and every kernel of the gallery.
struct LiveMapsRequest {
    QImage frame;
    io::ChannelMode mode = io::ChannelMode::Gray;
    int resolution = 512;                   // longer side, 0 for the frame's own size
    int channel = 0;                        // the plane shown and convolved
    std::vector<core::Tensor> kernels;      // every gallery entry, 1 × 1 × F × F
    int selection = 0;                      // index into kernels of the large map
    bool relu = false;
};

// Every map of one frame: the working picture's planes, the gallery's picture and its maps, and
// the selected kernel's map at the working resolution.
struct LiveMaps {
    std::vector<std::shared_ptr<const core::Tensor>> channels;
    core::Tensor galleryChannel;
    std::vector<core::ActivationMap> gallery;
    core::ActivationMap selected;
};

// Throws std::bad_alloc or core's exceptions; `request.frame` must not be null.
LiveMaps computeLiveMaps(const LiveMapsRequest& request);

} // namespace convscope::ui
