#include "ui/io/kernel_preset_text.h"

#include <QCoreApplication>

#include <array>

namespace convscope::io {
namespace {

struct PresetSource {
    std::string_view id;
    const char* name;
    const char* description;
};

// In core's order (core/kernel_presets.cpp); the weights are quoted where they explain the effect.
constexpr std::array presetSources = {
    PresetSource{"identity", QT_TRANSLATE_NOOP("KernelPresetText", "Identity"),
                 QT_TRANSLATE_NOOP("KernelPresetText", "Leaves the image unchanged: the centre weight is 1, the rest 0.")},
    PresetSource{"edge", QT_TRANSLATE_NOOP("KernelPresetText", "Edge"),
                 QT_TRANSLATE_NOOP("KernelPresetText",
                                   "Finds edges: 8 times the pixel minus its 8 neighbours, so flat areas become 0.")},
    PresetSource{"sobel-x", QT_TRANSLATE_NOOP("KernelPresetText", "Sobel X"),
                 QT_TRANSLATE_NOOP("KernelPresetText",
                                   "Finds vertical edges: how brightness changes from left to right.")},
    PresetSource{"sobel-y", QT_TRANSLATE_NOOP("KernelPresetText", "Sobel Y"),
                 QT_TRANSLATE_NOOP("KernelPresetText",
                                   "Finds horizontal edges: how brightness changes from top to bottom.")},
    PresetSource{"sharpen", QT_TRANSLATE_NOOP("KernelPresetText", "Sharpen"),
                 QT_TRANSLATE_NOOP("KernelPresetText",
                                   "Makes the image sharper: 5 times the pixel minus its 4 nearest neighbours.")},
    PresetSource{"blur", QT_TRANSLATE_NOOP("KernelPresetText", "Blur"),
                 QT_TRANSLATE_NOOP("KernelPresetText", "Blurs the image: each pixel becomes the mean of its 3×3 window.")},
    PresetSource{"gaussian", QT_TRANSLATE_NOOP("KernelPresetText", "Gaussian blur"),
                 QT_TRANSLATE_NOOP("KernelPresetText",
                                   "Blurs smoothly: the centre counts most, with weights 1 2 1 / 2 4 2 / 1 2 1 divided by 16.")},
    PresetSource{"emboss", QT_TRANSLATE_NOOP("KernelPresetText", "Emboss"),
                 QT_TRANSLATE_NOOP("KernelPresetText",
                                   "Makes the image look raised, as if lit from the top left.")},
};

} // namespace

KernelPresetText kernelPresetText(std::string_view id)
{
    for (const PresetSource& source : presetSources) {
        if (source.id == id)
            return {QCoreApplication::translate("KernelPresetText", source.name),
                    QCoreApplication::translate("KernelPresetText", source.description)};
    }
    return {};
}

} // namespace convscope::io
