#pragma once

#include <QString>

#include <string_view>

namespace convscope::io {

// What a kernel preset is called and what it does, translated; core names presets only by id.
// The glossary's words: edge 모서리, sharpen 선명하게, blur 흐리게.
struct KernelPresetText {
    QString name;        // "Edge"
    QString description; // one line: what the kernel does to an image
};

// Empty name and description for an id core does not know.
KernelPresetText kernelPresetText(std::string_view id);

} // namespace convscope::io
