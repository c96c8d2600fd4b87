#include "core/data/idx_file.h"

#include "core/data/dataset_error.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <string>

namespace convscope::core {
namespace {

constexpr std::uint32_t imagesMagic = 0x00000803;
constexpr std::uint32_t labelsMagic = 0x00000801;
// Values are read in pieces of this size, so memory grows with the data actually present and not
// with what a (possibly lying) gzipped header claims.
constexpr std::size_t readPiece = std::size_t{1} << 20;

bool isGzip(std::span<const std::uint8_t> start)
{
    return start.size() >= 2 && start[0] == 0x1f && start[1] == 0x8b;
}

std::string hex(std::uint32_t value)
{
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "0x%08x", value);
    return text.data();
}

// Where the bytes of an IDX file come from: a raw or gzipped file, or memory.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to `count` bytes; fewer only at the end. Throws DatasetError for damaged data.
    virtual std::size_t read(std::uint8_t* out, std::size_t count) = 0;
    // The exact number of bytes still to come, when it is known without reading them (raw data).
    virtual std::optional<std::uint64_t> remaining() const = 0;
};

class MemorySource : public ByteSource {
public:
    explicit MemorySource(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {
    }
    std::size_t read(std::uint8_t* out, std::size_t count) override
    {
        const std::size_t taken = std::min(count, m_bytes.size() - m_at);
        std::copy_n(m_bytes.data() + m_at, taken, out);
        m_at += taken;
        return taken;
    }
    std::optional<std::uint64_t> remaining() const override { return m_bytes.size() - m_at; }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_at = 0;
};

// A gzip stream in memory, inflated piece by piece (concatenated members are read one after another,
// as gzip -d does).
class GzipMemorySource : public ByteSource {
public:
    GzipMemorySource(std::span<const std::uint8_t> bytes, std::string_view name)
        : m_name(name)
    {
        m_stream.next_in = const_cast<Bytef*>(bytes.data());
        m_stream.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), std::numeric_limits<uInt>::max()));
        if (inflateInit2(&m_stream, 16 + MAX_WBITS) != Z_OK)
            throw DatasetError(m_name + ": cannot start decompressing");
    }
    ~GzipMemorySource() override { inflateEnd(&m_stream); }

    std::size_t read(std::uint8_t* out, std::size_t count) override
    {
        std::size_t produced = 0;
        while (produced < count && !m_finished) {
            const std::size_t want = std::min<std::size_t>(count - produced, std::numeric_limits<uInt>::max());
            m_stream.next_out = out + produced;
            m_stream.avail_out = static_cast<uInt>(want);
            const int status = inflate(&m_stream, Z_NO_FLUSH);
            produced += want - m_stream.avail_out;
            if (status == Z_STREAM_END) {
                if (m_stream.avail_in == 0)
                    m_finished = true;
                else if (inflateReset(&m_stream) != Z_OK)
                    throw DatasetError(m_name + ": damaged gzip data");
            } else if (status == Z_BUF_ERROR && m_stream.avail_in == 0) {
                throw DatasetError(m_name + ": the gzip data is truncated");
            } else if (status != Z_OK && status != Z_BUF_ERROR) {
                throw DatasetError(m_name + ": damaged gzip data ("
                                   + std::string(m_stream.msg != nullptr ? m_stream.msg : "inflate failed") + ")");
            }
        }
        return produced;
    }
    std::optional<std::uint64_t> remaining() const override { return std::nullopt; }

private:
    std::string m_name;
    z_stream m_stream{};
    bool m_finished = false;
};

// A file through zlib's gzFile, which reads gzipped and raw files alike; for a raw file the
// exact size is known from the file system.
class FileSource : public ByteSource {
public:
    FileSource(const std::filesystem::path& path, bool gzipped, std::uint64_t fileSize)
        : m_name(path.string())
        , m_file(gzopen(path.c_str(), "rb"))
        , m_left(gzipped ? std::nullopt : std::optional<std::uint64_t>(fileSize))
    {
        if (m_file == nullptr)
            throw DatasetError(m_name + ": cannot be opened");
        gzbuffer(m_file, 1 << 17);
    }
    ~FileSource() override { gzclose(m_file); }

    std::size_t read(std::uint8_t* out, std::size_t count) override
    {
        std::size_t total = 0;
        while (total < count) {
            const unsigned piece = static_cast<unsigned>(std::min<std::size_t>(count - total, 1u << 30));
            const int got = gzread(m_file, out + total, piece);
            int code = Z_OK;
            const char* message = gzerror(m_file, &code);
            if (got < 0 || (code != Z_OK && code != Z_STREAM_END)) {
                if (code == Z_BUF_ERROR)
                    throw DatasetError(m_name + ": the gzip data is truncated");
                throw DatasetError(m_name + ": damaged gzip data (" + std::string(message) + ")");
            }
            total += static_cast<std::size_t>(got);
            if (got == 0)
                break;
        }
        if (m_left)
            *m_left -= std::min<std::uint64_t>(*m_left, total);
        return total;
    }
    std::optional<std::uint64_t> remaining() const override { return m_left; }

private:
    std::string m_name;
    gzFile m_file;
    std::optional<std::uint64_t> m_left;
};

std::uint32_t bigEndian(const std::uint8_t* bytes)
{
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8)
        | std::uint32_t{bytes[3]};
}

struct IdxHeader {
    std::vector<std::uint32_t> dims;
};

IdxHeader readHeader(ByteSource& source, const std::string& name, std::uint32_t expectedMagic)
{
    const std::string kind = expectedMagic == imagesMagic ? "image" : "label";
    std::array<std::uint8_t, 4> magicBytes{};
    if (source.read(magicBytes.data(), 4) < 4)
        throw DatasetError(name + ": too short to be an IDX " + kind + " file (no header)");
    const std::uint32_t magic = bigEndian(magicBytes.data());
    if (magic != expectedMagic) {
        std::string hint;
        if (magic == imagesMagic)
            hint = " (this is an image file)";
        else if (magic == labelsMagic)
            hint = " (this is a label file)";
        throw DatasetError(name + ": not an IDX " + kind + " file: magic number " + hex(magic) + ", expected "
                           + hex(expectedMagic) + hint);
    }
    const std::size_t dimCount = expectedMagic & 0xff;
    std::array<std::uint8_t, 12> dimBytes{};
    if (source.read(dimBytes.data(), 4 * dimCount) < 4 * dimCount)
        throw DatasetError(name + ": the header is truncated");
    IdxHeader header;
    for (std::size_t i = 0; i < dimCount; ++i)
        header.dims.push_back(bigEndian(dimBytes.data() + 4 * i));
    return header;
}

// Reads exactly `count` values after the header, refusing missing and surplus bytes. `what`
// describes the announced data for messages ("60000 images of 28×28").
std::vector<std::uint8_t> readValues(ByteSource& source, const std::string& name, std::uint64_t count,
                                     const std::string& what, const std::stop_token& stop)
{
    const std::string announced = name + ": the header announces " + what + " (" + std::to_string(count) + " bytes)";
    if (const std::optional<std::uint64_t> left = source.remaining()) {
        if (*left < count)
            throw DatasetError(announced + " but only " + std::to_string(*left) + " follow: the file is truncated");
        if (*left > count)
            throw DatasetError(announced + " but " + std::to_string(*left - count)
                               + " more bytes follow: the file does not match its header");
    }
    std::vector<std::uint8_t> values;
    values.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(count, readPiece)));
    while (values.size() < count) {
        if (stop.stop_requested())
            throw DatasetLoadStopped();
        const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(count - values.size(), readPiece));
        const std::size_t start = values.size();
        values.resize(start + piece);
        const std::size_t got = source.read(values.data() + start, piece);
        if (got < piece) {
            throw DatasetError(announced + " but only " + std::to_string(start + got)
                               + " follow: the file is truncated");
        }
    }
    std::uint8_t extra = 0;
    if (source.read(&extra, 1) != 0)
        throw DatasetError(announced + " but more bytes follow: the file does not match its header");
    return values;
}

IdxImages parseImages(ByteSource& source, const std::string& name, const std::stop_token& stop)
{
    const IdxHeader header = readHeader(source, name, imagesMagic);
    const std::uint32_t count = header.dims[0];
    const std::uint32_t rows = header.dims[1];
    const std::uint32_t cols = header.dims[2];
    if (count == 0 || count > maxIdxItems)
        throw DatasetError(name + ": the header announces " + std::to_string(count) + " images; 1 to "
                           + std::to_string(maxIdxItems) + " are accepted");
    if (rows == 0 || cols == 0 || rows > maxIdxImageSide || cols > maxIdxImageSide)
        throw DatasetError(name + ": the header announces images of " + std::to_string(rows) + "\u00d7"
                           + std::to_string(cols) + "; each side must be 1 to " + std::to_string(maxIdxImageSide));
    const std::uint64_t bytes = std::uint64_t{count} * rows * cols;
    const std::string what = std::to_string(count) + " images of " + std::to_string(rows) + "\u00d7" + std::to_string(cols);
    if (bytes > static_cast<std::uint64_t>(maxIdxBytes))
        throw DatasetError(name + ": the header announces " + what + " (" + std::to_string(bytes)
                           + " bytes), more than the limit of " + std::to_string(maxIdxBytes) + " bytes");
    IdxImages images;
    images.pixels = readValues(source, name, bytes, what, stop);
    images.count = static_cast<int>(count);
    images.rows = static_cast<int>(rows);
    images.cols = static_cast<int>(cols);
    return images;
}

std::vector<std::uint8_t> parseLabels(ByteSource& source, const std::string& name, const std::stop_token& stop)
{
    const IdxHeader header = readHeader(source, name, labelsMagic);
    const std::uint32_t count = header.dims[0];
    if (count == 0 || count > maxIdxItems)
        throw DatasetError(name + ": the header announces " + std::to_string(count) + " labels; 1 to "
                           + std::to_string(maxIdxItems) + " are accepted");
    return readValues(source, name, count, std::to_string(count) + " labels", stop);
}

std::unique_ptr<ByteSource> openFile(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw DatasetError(name + ": no such file");
    const std::uint64_t size = std::filesystem::file_size(path, error);
    if (error)
        throw DatasetError(name + ": cannot read its size (" + error.message() + ")");
    std::array<std::uint8_t, 2> start{};
    {
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
        if (!file)
            throw DatasetError(name + ": cannot be opened");
        const std::size_t got = std::fread(start.data(), 1, start.size(), file.get());
        if (got < start.size())
            throw DatasetError(name + ": too short to be an IDX file (" + std::to_string(got) + " bytes)");
    }
    return std::make_unique<FileSource>(path, isGzip(start), size);
}

std::unique_ptr<ByteSource> openMemory(std::span<const std::uint8_t> bytes, std::string_view name)
{
    if (isGzip(bytes))
        return std::make_unique<GzipMemorySource>(bytes, name);
    return std::make_unique<MemorySource>(bytes);
}

} // namespace

IdxImages readIdxImages(const std::filesystem::path& file, std::stop_token stop)
{
    return parseImages(*openFile(file), file.string(), stop);
}

std::vector<std::uint8_t> readIdxLabels(const std::filesystem::path& file, std::stop_token stop)
{
    return parseLabels(*openFile(file), file.string(), stop);
}

IdxImages parseIdxImages(std::span<const std::uint8_t> bytes, std::string_view name)
{
    return parseImages(*openMemory(bytes, name), std::string(name), {});
}

std::vector<std::uint8_t> parseIdxLabels(std::span<const std::uint8_t> bytes, std::string_view name)
{
    return parseLabels(*openMemory(bytes, name), std::string(name), {});
}

} // namespace convscope::core
