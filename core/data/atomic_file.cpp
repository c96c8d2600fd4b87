#include "core/data/atomic_file.h"

#include <cstdio>
#include <random>
#include <stdexcept>
#include <string>

#if __has_include(<unistd.h>)
#include <unistd.h>
#endif

namespace convscope::core {
namespace {

std::filesystem::path temporaryPathFor(const std::filesystem::path& path)
{
    std::random_device device;
    const unsigned long tag = (static_cast<unsigned long>(device()) << 16) ^ device();
    std::string name = ".";
    name += path.filename().string();
    name += ".tmp-";
    name += std::to_string(tag);
    return path.parent_path() / name;
}

// Flushes the C library's buffer and then the kernel's, so the rename cannot overtake the data.
bool flushToDisk(std::FILE* file)
{
    if (std::fflush(file) != 0)
        return false;
#if __has_include(<unistd.h>)
    return ::fsync(::fileno(file)) == 0;
#else
    return true;
#endif
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::span<const char> bytes)
{
    if (path.filename().empty())
        throw std::runtime_error("cannot write '" + path.string() + "': no file name");
    const std::filesystem::path temporary = temporaryPathFor(path);
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (file == nullptr)
        throw std::runtime_error("cannot write " + path.string() + ": the folder is not writable or does not exist");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() && flushToDisk(file);
    const bool closed = std::fclose(file) == 0;
    std::error_code error;
    if (!written || !closed) {
        std::filesystem::remove(temporary, error);
        throw std::runtime_error("cannot write " + path.string() + ": the disk may be full");
    }
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw std::runtime_error("cannot write " + path.string() + ": " + error.message());
    }
}

} // namespace convscope::core
