#pragma once

#include <filesystem>
#include <span>

namespace convscope::core {

// Writes `bytes` to `path` so that anyone reading `path` sees either the old file or the complete
// new one, never a mixture, even if the program is killed mid-way: the bytes go to a temporary
// file in the same folder, are flushed to the disk, and the temporary file is then renamed over
// `path` (a rename within one file system is atomic). Throws std::runtime_error naming the path
// when any step fails; the temporary file is removed then and `path` is untouched.
void writeFileAtomically(const std::filesystem::path& path, std::span<const char> bytes);

} // namespace convscope::core
