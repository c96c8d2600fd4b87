// Nothing lost: every file the program writes replaces the old one whole. A child process starts
// writing a large file over an existing one and is killed (SIGKILL, as when the power goes or the
// lid closes mid-save) while the temporary file is being written; the old file must be intact, and
// the target never partial. And a save changes the contents only: the file's mode and owner, and
// a symbolic link leading to it, are as they were. Linux only (fork).
#include "core/data/atomic_file.h"
#include "core/nn/model_file.h"
#include "tests/catch.h"
#include "ui/io/image_loader.h"

#include <QString>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <set>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace core = convscope::core;
namespace io = convscope::io;
namespace fs = std::filesystem;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

class ScratchFolder {
public:
    ScratchFolder()
    {
        std::random_device device;
        m_path = fs::temp_directory_path() / ("convscope-reliability-" + std::to_string(device()));
        fs::create_directories(m_path);
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

std::string readAll(const fs::path& path)
{
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
}

void save(const fs::path& path, const std::string& text)
{
    core::writeFileAtomically(path, std::span<const char>(text.data(), text.size()));
}

// The message of the std::runtime_error that `write` throws, empty when it throws none.
std::string failureOf(const std::function<void()>& write)
{
    try {
        write();
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return {};
}

// Permission bits in octal ("640"), as ls and chmod show them.
std::string octal(unsigned mode)
{
    std::ostringstream text;
    text << std::oct << (mode & 0777);
    return text.str();
}

std::string modeOf(const fs::path& path)
{
    return octal(static_cast<unsigned>(fs::status(path).permissions() & fs::perms::mask));
}

std::set<fs::path> entries(const fs::path& folder)
{
    std::set<fs::path> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        found.insert(entry.path());
    return found;
}

// The size of a file the process `child` has open in `folder`: the temporary file of an atomic
// write, whether it has a name (writeFileAtomically) or not yet (QSaveFile uses O_TMPFILE on
// Linux, seen as "folder/#123 (deleted)"), or the target itself for a writer that is not atomic.
// 0 when there is none.
std::uintmax_t bytesBeingWritten(pid_t child, const fs::path& folder)
{
    std::error_code error;
    const fs::path descriptors = fs::path("/proc") / std::to_string(child) / "fd";
    for (fs::directory_iterator it(descriptors, error), end; !error && it != end; it.increment(error)) {
        std::error_code linkError;
        const fs::path file = fs::read_symlink(it->path(), linkError);
        if (linkError || file.parent_path() != folder)
            continue;
        const std::uintmax_t size = fs::file_size(it->path(), linkError);
        if (!linkError && size > 0)
            return size;
    }
    return 0;
}

struct KillResult {
    bool sawWriting = false; // the child was writing a temporary file when it was killed
    std::string target;      // the target file's bytes afterwards
    int leftovers = 0;       // temporary files left in the folder (a SIGKILL leaves no time to clean up)
};

// Forks a child that runs `write` (which replaces `target`), waits until the child has written
// some bytes of its temporary file, and kills it at once.
KillResult killWhileWriting(const fs::path& target, const std::function<void()>& write)
{
    const fs::path folder = target.parent_path();
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        write();
        _exit(0);
    }
    KillResult result;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!result.sawWriting && std::chrono::steady_clock::now() < deadline) {
        result.sawWriting = bytesBeingWritten(child, folder) > 0;
        if (!result.sawWriting && waitpid(child, nullptr, WNOHANG) == child)
            break; // finished before it was seen writing
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);

    result.target = readAll(target);
    for (const fs::path& path : entries(folder)) {
        if (path != target) {
            ++result.leftovers;
            fs::remove(path);
        }
    }
    return result;
}

// A model of 2.6 million weights: a 10 MB file, which takes long enough to write that the
// kill lands in the middle.
core::Model largeModel()
{
    core::Model model;
    model.spec = core::NetworkSpec::parse("input 1 512 512\nflatten\ndense 10\n");
    float value = 0.0f;
    for (const std::vector<int>& shape : model.spec.parameterShapes()) {
        core::Tensor tensor(shape);
        for (float& weight : tensor.values())
            weight = (value += 0.25f) > 8.0f ? (value = -8.0f) : value;
        model.parameters.push_back(std::move(tensor));
    }
    model.metadata.classNames = std::vector<std::string>(10, "digit");
    return model;
}

core::Model smallModel()
{
    core::Model model;
    model.spec = core::NetworkSpec::parse("input 1 2 2\nflatten\ndense 2\n");
    for (const std::vector<int>& shape : model.spec.parameterShapes())
        model.parameters.emplace_back(shape, 0.5f);
    model.metadata.classNames = {"yes", "no"};
    model.metadata.epochs = 7;
    return model;
}

// Kills the writer until one kill lands before the new file is in place (a fast disk may finish
// first); every outcome must leave the old file or the complete new one, never a mixture.
void checkKilledWriterLosesNothing(const fs::path& target, const std::string& oldBytes,
                                   const std::function<void()>& write, const std::function<bool(const std::string&)>& isNew)
{
    bool landedMidWrite = false;
    for (int attempt = 0; attempt < 5 && !landedMidWrite; ++attempt) {
        {
            std::ofstream restore(target, std::ios::binary | std::ios::trunc);
            restore << oldBytes;
        }
        const KillResult result = killWhileWriting(target, write);
        CHECK((result.target == oldBytes || isNew(result.target)));
        CHECK(result.leftovers <= 1);
        landedMidWrite = result.sawWriting && result.target == oldBytes;
    }
    CHECK(landedMidWrite);
}

} // namespace

TEST_CASE("a model save killed mid-write leaves the old model intact")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "digits.csmodel";
    core::saveModel(target, smallModel());
    const std::string oldBytes = readAll(target);
    const core::Model large = largeModel();
    const std::vector<char> largeBytes = core::encodeModel(large);

    checkKilledWriterLosesNothing(
        target, oldBytes, [&] { core::saveModel(target, large); },
        [&](const std::string& bytes) { return bytes == std::string(largeBytes.begin(), largeBytes.end()); });

    // The old file still loads as the model it was.
    const core::Model reloaded = core::loadModel(target);
    CHECK(reloaded.metadata.epochs == 7);
    CHECK(reloaded.metadata.classNames == std::vector<std::string>{"yes", "no"});

    // A save that is not interrupted replaces it whole.
    core::saveModel(target, large);
    CHECK(readAll(target) == std::string(largeBytes.begin(), largeBytes.end()));
}

TEST_CASE("a raw atomic write killed mid-write leaves the old file intact")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "export.bin";
    const std::string oldBytes = "the previous export\n";
    std::vector<char> newBytes(48u << 20);
    for (std::size_t i = 0; i < newBytes.size(); ++i)
        newBytes[i] = static_cast<char>('a' + i % 26);

    checkKilledWriterLosesNothing(
        target, oldBytes, [&] { core::writeFileAtomically(target, newBytes); },
        [&](const std::string& bytes) { return bytes == std::string(newBytes.begin(), newBytes.end()); });
}

TEST_CASE("an activation map PNG save killed mid-write leaves the old picture intact")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "map.png";
    const QString targetName = QString::fromStdString(target.string());
    REQUIRE(io::saveChannelAsImage(core::Tensor({1, 4, 4}, 0.5f), 0, targetName).isEmpty());
    const std::string oldBytes = readAll(target);

    // Noise does not compress, so the PNG is about 4 MB and its encoding takes a while.
    core::Tensor noise({1, 2000, 2000});
    std::mt19937 generator(5);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    for (float& value : noise.values())
        value = uniform(generator);

    checkKilledWriterLosesNothing(
        target, oldBytes, [&] { io::saveChannelAsImage(noise, 0, targetName); },
        [&](const std::string& bytes) { return bytes.size() > 1'000'000 && bytes.ends_with(std::string("IEND\xae\x42\x60\x82", 8)); });

    const io::ImageLoadResult reloaded = io::loadImageTensor(targetName, io::ChannelMode::Gray);
    REQUIRE(reloaded.ok());
    CHECK(reloaded.tensor.shape() == std::vector<int>{1, 4, 4});
}

TEST_CASE("a model file from another format version is refused naming the version, and left as it was")
{
    ScratchFolder folder;
    const fs::path path = folder.path() / "old.csmodel";
    std::vector<char> bytes = core::encodeModel(smallModel());
    for (const std::uint32_t version : {0u, core::modelFormatVersion + 1}) {
        for (int i = 0; i < 4; ++i)
            bytes[8 + i] = static_cast<char>((version >> (8 * i)) & 0xff);
        {
            std::ofstream file(path, std::ios::binary | std::ios::trunc);
            file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
        const std::string written = readAll(path);
        std::string message;
        try {
            core::loadModel(path);
        } catch (const core::ModelFileError& error) {
            message = error.what();
        }
        const std::string who = version == 0 ? "an older" : "a newer";
        CHECK(message == path.string() + ": model format version " + std::to_string(version) + ", written by " + who
                  + " ConvScope; this version reads format version " + std::to_string(core::modelFormatVersion));
        CHECK(readAll(path) == written);
    }

    SECTION("a damaged byte is refused, not half loaded")
    {
        bytes = core::encodeModel(smallModel());
        bytes[bytes.size() - 3] ^= 0x40;
        core::writeFileAtomically(path, bytes);
        CHECK_THROWS_WITH(core::loadModel(path), path.string() + ": the checksum does not match: the file is damaged");
    }
}

TEST_CASE("a save keeps the mode of the file it replaces, and leaves no temporary file")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "lesson.convscope";
    // 0664 and 0640 are what a umask of 022 would not give a new file.
    const unsigned mode = GENERATE(0640u, 0664u, 0600u);
    writeText(target, "old");
    fs::permissions(target, static_cast<fs::perms>(mode));
    REQUIRE(modeOf(target) == octal(mode));

    save(target, "new");
    CHECK(readAll(target) == "new");
    CHECK(modeOf(target) == octal(mode));
    CHECK(entries(folder.path()) == std::set<fs::path>{target});
}

TEST_CASE("a save keeps the owner and group of the file it replaces")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "model.csmodel";
    writeText(target, "old");
    // Only root can give a file away; anyone else checks that the file stays theirs.
    if (::geteuid() == 0)
        REQUIRE(::chown(target.c_str(), 4242, 4343) == 0);
    struct stat before {};
    REQUIRE(::stat(target.c_str(), &before) == 0);

    save(target, "new");
    struct stat after {};
    REQUIRE(::stat(target.c_str(), &after) == 0);
    CHECK(readAll(target) == "new");
    CHECK(after.st_ino != before.st_ino); // replaced, not written in place
    CHECK(after.st_uid == before.st_uid);
    CHECK(after.st_gid == before.st_gid);
}

TEST_CASE("a new file gets the mode the umask allows")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "new.csmodel";
    const unsigned mask = GENERATE(002u, 027u, 077u);
    const mode_t previous = ::umask(static_cast<mode_t>(mask));
    const std::string failure = failureOf([&] { save(target, "new"); });
    ::umask(previous);
    REQUIRE(failure.empty());
    CHECK(readAll(target) == "new");
    CHECK(modeOf(target) == octal(0666u & ~mask));
}

TEST_CASE("a save through a symbolic link replaces the file it leads to and keeps the link")
{
    ScratchFolder folder;
    const fs::path real = folder.path() / "real";
    const fs::path links = folder.path() / "links";
    fs::create_directories(real);
    fs::create_directories(links);
    const fs::path file = real / "data.txt";
    writeText(file, "old");
    fs::permissions(file, static_cast<fs::perms>(0640));

    // Each link and what it must still point at afterwards; the save goes through the first.
    std::vector<std::pair<fs::path, fs::path>> chain;
    SECTION("an absolute link")
    {
        chain = {{links / "absolute", file}};
    }
    SECTION("a relative link into another folder")
    {
        chain = {{links / "relative", "../real/data.txt"}};
    }
    SECTION("a chain of links")
    {
        chain = {{links / "first", "second"}, {links / "second", "../real/data.txt"}};
    }
    std::set<fs::path> linkNames;
    for (const auto& [link, pointsAt] : chain) {
        fs::create_symlink(pointsAt, link);
        linkNames.insert(link);
    }

    save(chain.front().first, "new");
    CHECK(readAll(file) == "new");
    CHECK(modeOf(file) == "640");
    for (const auto& [link, pointsAt] : chain) {
        CHECK(fs::is_symlink(fs::symlink_status(link)));
        CHECK(fs::read_symlink(link) == pointsAt);
    }
    CHECK(entries(real) == std::set<fs::path>{file});
    CHECK(entries(links) == linkNames);
}

TEST_CASE("a failed save through a link leaves the link and the file as they were")
{
    ScratchFolder folder;
    const fs::path real = folder.path() / "real";
    const fs::path links = folder.path() / "links";
    fs::create_directories(real);
    fs::create_directories(links);
    const fs::path file = real / "data.txt";
    writeText(file, "old");
    fs::permissions(file, static_cast<fs::perms>(0640));
    const fs::path link = links / "data.txt";

    // Failures that stop root too, which permission bits do not.
    fs::path pointsAt;
    std::string failure;
    SECTION("the link leads into a folder that does not exist")
    {
        pointsAt = "../gone/data.txt";
        fs::create_symlink(pointsAt, link);
        failure = failureOf([&] { save(link, "new"); });
        CHECK_THAT(failure, EndsWith(": the folder is not writable or does not exist"));
    }
    SECTION("the link leads to a folder")
    {
        pointsAt = "../real";
        fs::create_symlink(pointsAt, link);
        failure = failureOf([&] { save(link, "new"); });
        CHECK_THAT(failure, EndsWith(": it is a folder"));
    }
    SECTION("the disk fills up mid-way")
    {
        pointsAt = "../real/data.txt";
        fs::create_symlink(pointsAt, link);
        // A file size limit fails the write part-way, as a full disk would; SIGXFSZ would kill us.
        rlimit original{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &original) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = original;
        small.rlim_cur = 64;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        failure = failureOf([&] { save(link, std::string(4096, 'x')); });
        setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);
        CHECK_THAT(failure, EndsWith(": " + std::generic_category().message(EFBIG)));
    }
    CHECK_THAT(failure, StartsWith("cannot write " + link.string() + " (a link to " + (links / pointsAt).string() + "): "));
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(fs::read_symlink(link) == pointsAt);
    CHECK(readAll(file) == "old");
    CHECK(modeOf(file) == "640");
    CHECK(entries(real) == std::set<fs::path>{file});
    CHECK(entries(links) == std::set<fs::path>{link});
}
