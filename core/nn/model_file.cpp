#include "core/nn/model_file.h"

#include "core/data/atomic_file.h"
#include "core/nn/input_normalisation.h"
#include "core/shape_text.h"

#include <zlib.h>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sstream>

namespace convscope::core {
namespace {

constexpr std::array<char, 8> magic{'C', 'S', 'M', 'O', 'D', 'E', 'L', '\x1a'};
constexpr std::size_t headerSize = 24;
constexpr std::uint32_t maxTextBytes = 1u << 20;

class Writer {
public:
    void u32(std::uint32_t value)
    {
        for (int shift = 0; shift < 32; shift += 8)
            m_bytes += static_cast<char>((value >> shift) & 0xff);
    }
    void u64(std::uint64_t value)
    {
        for (int shift = 0; shift < 64; shift += 8)
            m_bytes += static_cast<char>((value >> shift) & 0xff);
    }
    void raw(std::string_view value) { m_bytes += value; }
    void text(const std::string& value)
    {
        u32(static_cast<std::uint32_t>(value.size()));
        raw(value);
    }
    void f32(float value) { u32(std::bit_cast<std::uint32_t>(value)); }
    const std::string& bytes() const { return m_bytes; }

private:
    std::string m_bytes;
};

// Reads the payload; every read checks the bytes left, so a lying length cannot run past the end.
class Reader {
public:
    Reader(std::span<const std::uint8_t> bytes, const std::string& name)
        : m_bytes(bytes)
        , m_name(name)
    {
    }

    [[noreturn]] void fail(const std::string& reason) const { throw ModelFileError(m_name + ": " + reason); }

    std::uint32_t u32(const char* what)
    {
        need(4, what);
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i)
            value |= std::uint32_t{m_bytes[m_at + i]} << (8 * i);
        m_at += 4;
        return value;
    }
    std::string text(const char* what)
    {
        const std::uint32_t length = u32(what);
        if (length > maxTextBytes)
            fail(std::string("the ") + what + " claims " + std::to_string(length) + " bytes");
        need(length, what);
        std::string value(reinterpret_cast<const char*>(m_bytes.data() + m_at), length);
        m_at += length;
        return value;
    }
    void floats(float* out, std::size_t count, const char* what)
    {
        need(count * 4, what);
        for (std::size_t i = 0; i < count; ++i) {
            std::uint32_t bits = 0;
            for (int b = 0; b < 4; ++b)
                bits |= std::uint32_t{m_bytes[m_at + b]} << (8 * b);
            out[i] = std::bit_cast<float>(bits);
            m_at += 4;
        }
    }
    std::size_t left() const { return m_bytes.size() - m_at; }

private:
    void need(std::size_t count, const char* what) const
    {
        if (count > left())
            fail(std::string("the ") + what + " is cut short: the file is damaged");
    }

    std::span<const std::uint8_t> m_bytes;
    std::size_t m_at = 0;
    std::string m_name;
};

std::string metadataText(const ModelMetadata& metadata)
{
    // One line per value: keep line breaks out of the free text.
    const auto clean = [](std::string text) {
        for (char& c : text) {
            if (c == '\n' || c == '\r')
                c = ' ';
        }
        return text;
    };
    std::ostringstream text;
    text << "dataset " << clean(metadata.datasetName) << '\n';
    for (const std::string& name : metadata.classNames)
        text << "class " << clean(name) << '\n';
    text << "epochs " << metadata.epochs << '\n';
    text << "test_accuracy " << shortestText(metadata.testAccuracy) << '\n';
    text << "train_loss " << shortestText(metadata.trainLoss) << '\n';
    text << "optimizer " << clean(metadata.optimizer) << '\n';
    text << "learning_rate " << shortestText(metadata.learningRate) << '\n';
    text << "batch_size " << metadata.batchSize << '\n';
    text << "seed " << metadata.seed << '\n';
    for (float value : metadata.inputMean)
        text << "input_mean " << shortestFloatText(value) << '\n';
    for (float value : metadata.inputStd)
        text << "input_std " << shortestFloatText(value) << '\n';
    return text.str();
}

template <typename Number>
Number parseNumber(const std::string& text, const std::string& key, const Reader& reader)
{
    Number value{};
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size())
        reader.fail("the metadata value of '" + key + "' is not a number: '" + text + "'");
    return value;
}

ModelMetadata parseMetadata(const std::string& text, const Reader& reader)
{
    ModelMetadata metadata;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        const std::size_t space = line.find(' ');
        const std::string key = line.substr(0, space);
        const std::string value = space == std::string::npos ? std::string() : line.substr(space + 1);
        if (key == "dataset")
            metadata.datasetName = value;
        else if (key == "class")
            metadata.classNames.push_back(value);
        else if (key == "epochs")
            metadata.epochs = parseNumber<int>(value, key, reader);
        else if (key == "test_accuracy")
            metadata.testAccuracy = parseNumber<double>(value, key, reader);
        else if (key == "train_loss")
            metadata.trainLoss = parseNumber<double>(value, key, reader);
        else if (key == "optimizer")
            metadata.optimizer = value;
        else if (key == "learning_rate")
            metadata.learningRate = parseNumber<double>(value, key, reader);
        else if (key == "batch_size")
            metadata.batchSize = parseNumber<int>(value, key, reader);
        else if (key == "seed")
            metadata.seed = parseNumber<std::uint32_t>(value, key, reader);
        else if (key == "input_mean")
            metadata.inputMean.push_back(parseNumber<float>(value, key, reader));
        else if (key == "input_std")
            metadata.inputStd.push_back(parseNumber<float>(value, key, reader));
    }
    return metadata;
}

std::uint32_t readU32(const std::uint8_t* bytes)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value |= std::uint32_t{bytes[i]} << (8 * i);
    return value;
}

} // namespace

std::vector<char> encodeModel(const Model& model)
{
    Writer payload;
    payload.text(model.spec.toText());
    payload.text(metadataText(model.metadata));
    payload.u32(static_cast<std::uint32_t>(model.parameters.size()));
    for (const Tensor& tensor : model.parameters) {
        payload.u32(static_cast<std::uint32_t>(tensor.rank()));
        for (int extent : tensor.shape())
            payload.u32(static_cast<std::uint32_t>(extent));
        for (float value : tensor.values())
            payload.f32(value);
    }
    const std::string& body = payload.bytes();
    const auto crc = static_cast<std::uint32_t>(
        crc32_z(crc32_z(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(body.data()), body.size()));

    Writer file;
    file.raw(std::string_view(magic.data(), magic.size()));
    file.u32(modelFormatVersion);
    file.u32(crc);
    file.u64(body.size());
    file.raw(body);
    return std::vector<char>(file.bytes().begin(), file.bytes().end());
}

Model decodeModel(std::span<const std::uint8_t> bytes, std::string_view nameView)
{
    const std::string name(nameView);
    if (bytes.size() < headerSize || std::memcmp(bytes.data(), magic.data(), magic.size()) != 0) {
        if (bytes.size() >= magic.size() && std::memcmp(bytes.data(), magic.data(), magic.size()) == 0)
            throw ModelFileError(name + ": the file is truncated (its header is incomplete)");
        throw ModelFileError(name + ": not a ConvScope model file");
    }
    const std::uint32_t version = readU32(bytes.data() + 8);
    if (version != modelFormatVersion) {
        const std::string who = version > modelFormatVersion ? "a newer" : "an older";
        throw ModelFileError(name + ": model format version " + std::to_string(version) + ", written by " + who
                             + " ConvScope; this version reads format version " + std::to_string(modelFormatVersion));
    }
    const std::uint32_t expectedCrc = readU32(bytes.data() + 12);
    const std::uint64_t length = readU32(bytes.data() + 16) | (std::uint64_t{readU32(bytes.data() + 20)} << 32);
    const std::uint64_t present = bytes.size() - headerSize;
    if (length > present)
        throw ModelFileError(name + ": the file is truncated (" + std::to_string(present) + " of "
                             + std::to_string(length) + " payload bytes)");
    if (length < present)
        throw ModelFileError(name + ": " + std::to_string(present - length)
                             + " unexpected bytes follow the model: the file is damaged");
    const std::span<const std::uint8_t> body = bytes.subspan(headerSize);
    const auto crc = static_cast<std::uint32_t>(crc32_z(crc32_z(0L, Z_NULL, 0), body.data(), body.size()));
    if (crc != expectedCrc)
        throw ModelFileError(name + ": the checksum does not match: the file is damaged");

    Reader reader(body, name);
    Model model;
    try {
        model.spec = NetworkSpec::parse(reader.text("architecture"));
        model.spec.validate();
    } catch (const NetworkSpecError& error) {
        reader.fail(std::string("its architecture is invalid: ") + error.what());
    }
    model.metadata = parseMetadata(reader.text("metadata"), reader);

    // The arrays must be exactly those the architecture has, in the same order and shapes.
    const std::vector<std::vector<int>> expected = model.spec.parameterShapes();
    const std::uint32_t count = reader.u32("array count");
    if (count != expected.size())
        reader.fail("it holds " + std::to_string(count) + " learned arrays but its architecture has "
                    + std::to_string(expected.size()));
    for (const std::vector<int>& want : expected) {
        const std::string which = "learned array " + std::to_string(model.parameters.size() + 1);
        const std::uint32_t rank = reader.u32("array rank");
        if (rank != want.size())
            reader.fail(which + " has rank " + std::to_string(rank) + ", expected " + std::to_string(want.size()));
        std::vector<int> shape;
        for (std::uint32_t axis = 0; axis < rank; ++axis)
            shape.push_back(static_cast<int>(reader.u32("array shape")));
        if (shape != want)
            reader.fail(which + " does not have the shape its architecture gives it (" + shapeText(want) + ")");
        std::size_t values = 1;
        for (int extent : want)
            values *= static_cast<std::size_t>(extent);
        if (values * 4 > reader.left())
            reader.fail("the learned values are cut short: the file is damaged");
        Tensor tensor(shape);
        reader.floats(tensor.data(), tensor.size(), "learned values");
        for (float value : tensor.values()) {
            if (!std::isfinite(value))
                reader.fail(which + " holds a value that is not a finite number");
        }
        model.parameters.push_back(std::move(tensor));
    }
    if (reader.left() != 0)
        reader.fail("unexpected bytes follow the learned arrays: the file is damaged");
    if (!model.metadata.classNames.empty()
        && static_cast<int>(model.metadata.classNames.size()) != model.spec.outputCount())
        reader.fail("it names " + std::to_string(model.metadata.classNames.size())
                    + " classes but the network has " + std::to_string(model.spec.outputCount()) + " outputs");
    if (const std::string problem = normalisationProblem(model.metadata, model.spec.input.at(0)); !problem.empty())
        reader.fail(problem);
    if (model.metadata.classNames.empty())
        model.metadata.classNames = std::vector<std::string>(static_cast<std::size_t>(model.spec.outputCount()));
    return model;
}

void saveModel(const std::filesystem::path& path, const Model& model)
{
    try {
        writeFileAtomically(path, encodeModel(model));
    } catch (const std::runtime_error& error) {
        throw ModelFileError(error.what());
    }
}

Model loadModel(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw ModelFileError(name + ": no such file");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throw ModelFileError(name + ": cannot read its size (" + error.message() + ")");
    if (size > static_cast<std::uintmax_t>(maxModelFileBytes))
        throw ModelFileError(name + ": " + std::to_string(size) + " bytes is more than a model file may have ("
                             + std::to_string(maxModelFileBytes) + ")");
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file || std::fread(bytes.data(), 1, bytes.size(), file.get()) != bytes.size())
        throw ModelFileError(name + ": cannot be read");
    return decodeModel(bytes, name);
}

} // namespace convscope::core
