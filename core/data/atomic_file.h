#pragma once

#include <filesystem>
#include <span>

namespace convscope::core {

// Writes `bytes` to `path` so that anyone reading `path` sees either the old file or the complete
// new one, never a mixture, even if the program is killed or the power goes mid-way: the bytes go
// to a new file in the target's folder, reach the disk, and that file is then renamed over the
// target (a rename within one file system is atomic), as QSaveFile does.
// A save changes the contents, not who may read them: the mode, and the owner and group where we
// may set them, carry over (a new file gets 0666 minus the umask). A symbolic link at `path` stays
// a link, so every name leading to the file it points at sees the new contents. Throws
// std::runtime_error naming the path and the reason when any step fails; the temporary file is
// removed then, and `path` and any link are untouched.
void writeFileAtomically(const std::filesystem::path& path, std::span<const char> bytes);

} // namespace convscope::core
