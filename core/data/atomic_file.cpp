#include "core/data/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <random>
#include <stdexcept>
#include <string>
#include <system_error>

namespace convscope::core {
namespace {

namespace fs = std::filesystem;

// Linux gives up on a path after 40 links (ELOOP); a longer chain is a loop.
constexpr int maxLinkHops = 40;
// Another save of the same file, or a stale temporary file, may hold a name; a few fresh random
// names are enough unless something is filling the folder on purpose.
constexpr int maxNameAttempts = 16;
// File names may be 255 bytes long (NAME_MAX); the temporary name adds a dot and a tag.
constexpr std::size_t maxNameStemBytes = 200;

[[noreturn]] void fail(const std::string& who, const std::string& reason)
{
    throw std::runtime_error("cannot write " + who + ": " + reason);
}

std::string systemReason(int error)
{
    return std::generic_category().message(error);
}

// The file a chain of symbolic links ends at, or `path` itself when it is no link. The new file
// replaces that one, so the links keep pointing at the saved contents instead of being replaced
// by a plain copy. A dangling link gives the file it names, which the save then creates.
fs::path followLinks(const fs::path& path)
{
    fs::path file = path;
    for (int hop = 0;; ++hop) {
        std::error_code error;
        const fs::file_status status = fs::symlink_status(file, error);
        // A file that does not exist yet is no link either (symlink_status reports it as an error).
        if (status.type() == fs::file_type::not_found || (!error && !fs::is_symlink(status)))
            return file;
        if (error)
            fail(path.string(), error.message());
        if (hop == maxLinkHops)
            fail(path.string(), systemReason(ELOOP));
        const fs::path next = fs::read_symlink(file, error);
        if (error)
            fail(path.string(), error.message());
        // A relative link is relative to the folder holding the link. The joined path is left
        // as it is ("a/b/../c"): folding ".." away by hand would be wrong when "b" is a link.
        file = next.is_absolute() ? next : file.parent_path() / next;
    }
}

fs::path temporaryPathFor(const fs::path& folder, const fs::path& target, std::random_device::result_type tag)
{
    std::string name = ".";
    name += target.filename().string().substr(0, maxNameStemBytes);
    name += ".tmp-";
    name += std::to_string(tag);
    return folder / name;
}

// Opens a new file in `folder` that nobody else can have open: O_EXCL refuses a name that
// exists, whether another save's temporary file or a link planted to redirect the write.
// Returns the descriptor and sets `temporary` to its name.
int createTemporary(const fs::path& folder, const fs::path& target, mode_t mode, const std::string& who,
                    fs::path& temporary)
{
    std::random_device device;
    for (int attempt = 0; attempt < maxNameAttempts; ++attempt) {
        temporary = temporaryPathFor(folder, target, device());
        const int descriptor = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (descriptor >= 0)
            return descriptor;
        if (errno == EACCES || errno == EPERM || errno == EROFS || errno == ENOENT || errno == ENOTDIR)
            fail(who, "the folder is not writable or does not exist");
        if (errno != EEXIST)
            fail(who, systemReason(errno));
    }
    fail(who, "every temporary file name tried in its folder is taken");
}

// A save must not change who may read or write the file. Giving a file to another owner needs
// privilege; without it the group alone is kept where we belong to it, else the file stays ours.
// fchmod is needed although open() had a mode, since the umask strips bits from that one; FAT
// refuses modes it cannot store. Only the permission bits are copied, as QSaveFile does.
bool keepOwnerAndMode(int descriptor, const struct stat& existing)
{
    if (::fchown(descriptor, existing.st_uid, existing.st_gid) != 0) {
        if (errno != EPERM)
            return false;
        if (::fchown(descriptor, static_cast<uid_t>(-1), existing.st_gid) != 0 && errno != EPERM)
            return false;
    }
    return ::fchmod(descriptor, existing.st_mode & 0777) == 0 || errno == EPERM;
}

// write() may take fewer bytes than asked (a signal arrived, the disk is nearly full; Linux
// also stops at 2 GB per call), so the rest is written until all is or write() says why not.
bool writeAll(int descriptor, std::span<const char> bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes = bytes.subspan(static_cast<std::size_t>(written));
    }
    return true;
}

// The rename is recorded in the folder, which has its own blocks to flush: until they reach the
// disk, a power cut can bring the old file back. Best effort: the new file is in place and reads
// back whole by now, so reporting a failure here (some file systems cannot sync a folder) would
// call a finished save failed.
void syncFolder(const fs::path& folder)
{
    const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return;
    ::fsync(descriptor);
    ::close(descriptor);
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::span<const char> bytes)
{
    if (path.filename().empty())
        throw std::runtime_error("cannot write '" + path.string() + "': no file name");
    const fs::path target = followLinks(path);
    const std::string who = target == path ? path.string() : path.string() + " (a link to " + target.string() + ")";
    if (target.filename().empty())
        fail(who, "no file name");
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();

    struct stat existing {};
    const bool exists = ::stat(target.c_str(), &existing) == 0;
    if (!exists && errno != ENOENT && errno != ENOTDIR)
        fail(who, systemReason(errno));
    if (exists && S_ISDIR(existing.st_mode))
        fail(who, "it is a folder");
    // Renaming over a device or a pipe would replace it with a plain file.
    if (exists && !S_ISREG(existing.st_mode))
        fail(who, "it is not a regular file");

    // Over an existing file, only we may read the temporary one until it has that file's owner
    // and mode: its group may differ from ours, and the contents may be private.
    fs::path temporary;
    int descriptor = createTemporary(folder, target, exists ? 0600 : 0666, who, temporary);
    const auto abandon = [&](const std::string& reason) {
        if (descriptor >= 0)
            ::close(descriptor);
        ::unlink(temporary.c_str());
        fail(who, reason);
    };
    if (exists && !keepOwnerAndMode(descriptor, existing))
        abandon(systemReason(errno));
    if (!writeAll(descriptor, bytes))
        abandon(systemReason(errno));
    // The data must be on the disk before the rename is: otherwise a power cut can leave the
    // new name on an empty or partial file.
    if (::fsync(descriptor) != 0)
        abandon(systemReason(errno));
    const int closed = ::close(descriptor);
    descriptor = -1;
    // Linux closes the descriptor even when close() is interrupted, and the data is synced.
    if (closed != 0 && errno != EINTR)
        abandon(systemReason(errno));
    if (::rename(temporary.c_str(), target.c_str()) != 0)
        abandon(systemReason(errno));
    syncFolder(folder);
}

} // namespace convscope::core
