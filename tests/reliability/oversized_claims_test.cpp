// Files that claim far more data than they hold are refused with a message, before anything is
// allocated for the claim: the AllocationProbe sees every request made through operator new.
#include "core/data/dataset_error.h"
#include "core/data/idx_file.h"
#include "core/nn/model_file.h"
#include "core/nn/network_spec.h"
#include "tests/catch.h"
#include "tests/gzipped.h"
#include "tests/reliability/allocation_probe.h"
#include "ui/io/image_loader.h"
#include "ui/io/matrix_file.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <string>
#include <vector>

using convscope::reliability::AllocationProbe;
using convscope::test::gzipped;
namespace core = convscope::core;
namespace io = convscope::io;

namespace {

constexpr std::size_t kilobyte = 1024;

std::vector<std::uint8_t> bigEndianWords(std::initializer_list<std::uint32_t> words)
{
    std::vector<std::uint8_t> bytes;
    for (const std::uint32_t word : words) {
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.push_back(static_cast<std::uint8_t>(word >> shift));
    }
    return bytes;
}

// A model file around `payload` with a correct header (magic, version 1, CRC-32, length).
std::vector<std::uint8_t> modelFile(const std::string& payload)
{
    std::vector<std::uint8_t> bytes = {'C', 'S', 'M', 'O', 'D', 'E', 'L', 0x1a};
    const auto little = [&bytes](std::uint64_t value, int count) {
        for (int i = 0; i < count; ++i)
            bytes.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    };
    little(core::modelFormatVersion, 4);
    little(crc32_z(crc32_z(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(payload.data()), payload.size()), 4);
    little(payload.size(), 8);
    bytes.insert(bytes.end(), payload.begin(), payload.end());
    return bytes;
}

std::string lengthPrefixed(std::uint32_t length, const std::string& text)
{
    std::string bytes;
    for (int i = 0; i < 4; ++i)
        bytes += static_cast<char>((length >> (8 * i)) & 0xff);
    return bytes + text;
}

} // namespace

TEST_CASE("a JSON matrix whose first rows claim more cells than the text holds is refused before allocating")
{
    // [[[[0,0,…600 zeros],0,…],0,…],0,…]: 4.8 kB whose first element at every level claims a
    // 601×601×601×600 tensor (500 GB), though the text holds 2,400 numbers.
    QByteArray text = QByteArray("[") + QByteArray("0,").repeated(599) + "0]";
    for (int level = 0; level < 3; ++level)
        text = "[" + text + QByteArray(",0").repeated(600) + "]";

    AllocationProbe probe;
    const io::MatrixParseResult result = io::parseMatrixText(text, QStringLiteral("claims.json"));
    CHECK(probe.largest() < 64 * kilobyte);
    CHECK(result.error == QStringLiteral("claims.json: [0][0][1] is a number where an array was expected"));
    CHECK(result.tensor.empty());

    SECTION("a rectangular array holding exactly the cells it claims is still read")
    {
        const io::MatrixParseResult bank = io::parseMatrixText("[[[[1,2],[3,4]]],[[[5,6],[7,8]]]]", QStringLiteral("bank.json"));
        REQUIRE(bank.ok());
        CHECK(bank.tensor.shape() == std::vector<int>{2, 1, 2, 2});
        CHECK(bank.tensor.at(1, 0, 1, 1) == 8.0f);
    }
}

TEST_CASE("an IDX header announcing more images than allowed is refused from the header")
{
    AllocationProbe probe;
    SECTION("10^9 images")
    {
        const std::vector<std::uint8_t> bytes = bigEndianWords({0x803, 1'000'000'000, 28, 28});
        CHECK_THROWS_WITH(core::parseIdxImages(bytes, "claims-idx3-ubyte"),
                          "claims-idx3-ubyte: the header announces 1000000000 images; 1 to 10000000 are accepted");
    }
    SECTION("9,000,000 images of 1024×1024, over the 1 GiB limit")
    {
        const std::vector<std::uint8_t> bytes = bigEndianWords({0x803, 9'000'000, 1024, 1024});
        CHECK_THROWS_WITH(core::parseIdxImages(bytes, "claims-idx3-ubyte"),
                          Catch::Matchers::Contains("more than the limit of 1073741824 bytes"));
    }
    SECTION("10^9 labels, gzipped")
    {
        const std::vector<std::uint8_t> bytes = gzipped(bigEndianWords({0x801, 1'000'000'000}));
        CHECK_THROWS_WITH(core::parseIdxLabels(bytes, "claims-idx1-ubyte.gz"),
                          "claims-idx1-ubyte.gz: the header announces 1000000000 labels; 1 to 10000000 are accepted");
    }
    CHECK(probe.largest() < 64 * kilobyte);
}

TEST_CASE("a gzipped IDX file within the limits grows memory with the data present, not with its claim")
{
    // 1,000,000 images of 28×28 (784 MB) announced, 100 bytes present.
    std::vector<std::uint8_t> raw = bigEndianWords({0x803, 1'000'000, 28, 28});
    raw.resize(raw.size() + 100, 7);
    const std::vector<std::uint8_t> bytes = gzipped(raw);

    AllocationProbe probe;
    CHECK_THROWS_WITH(core::parseIdxImages(bytes, "short-idx3-ubyte.gz"),
                      "short-idx3-ubyte.gz: the header announces 1000000 images of 28\u00d728 (784000000 bytes) but only "
                      "100 follow: the file is truncated");
    CHECK(probe.largest() <= std::size_t{16} << 20); // one 16 MiB piece at most
}

TEST_CASE("a model file whose text claims 4 GB is refused before reading it")
{
    const std::vector<std::uint8_t> bytes = modelFile(lengthPrefixed(0xFFFFFFF0u, "input 1 28 28\n"));
    AllocationProbe probe;
    CHECK_THROWS_WITH(core::decodeModel(bytes, "claims.csmodel"),
                      "claims.csmodel: the architecture claims 4294967280 bytes");
    CHECK(probe.largest() < 64 * kilobyte);
}

TEST_CASE("a model whose architecture needs billions of weights is refused before its arrays are read")
{
    const std::string architecture = "input 1 1024 1024\nflatten\ndense 16384\ndense 10\n";
    const std::vector<std::uint8_t> bytes = modelFile(lengthPrefixed(static_cast<std::uint32_t>(architecture.size()), architecture));
    AllocationProbe probe;
    CHECK_THROWS_WITH(core::decodeModel(bytes, "claims.csmodel"),
                      Catch::Matchers::Contains("its architecture is invalid")
                          && Catch::Matchers::Contains("more than 50000000 parameters"));
    CHECK(probe.largest() < 64 * kilobyte);
}

TEST_CASE("a network line asking for 640 million units is refused with its line")
{
    AllocationProbe probe;
    try {
        core::NetworkSpec::parse("input 1 28 28\nflatten\ndense 640000000\n");
        FAIL("the network was accepted");
    } catch (const core::NetworkSpecError& error) {
        CHECK(error.line() == 3);
        CHECK(std::string(error.what()) == "line 3: the number of outputs must be between 1 and 16384, not 640000000 "
                                           "(expected e.g. 'dense 64')");
    }
    CHECK(probe.largest() < 64 * kilobyte);
}

TEST_CASE("an image whose header claims more than the pixel limit is refused before decoding")
{
    // A 16×16 baseline JPEG header with no scan data, its frame header changed to 7100×7100
    // (50.4 megapixels): libjpeg would decode the missing data as grey, 200 MB of it.
    QFile seed(QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/fuzz/corpus/image_loader/small-claim.jpg"));
    REQUIRE(seed.open(QIODevice::ReadOnly));
    QByteArray jpeg = seed.readAll();
    const qsizetype frame = jpeg.indexOf("\xff\xc0");
    REQUIRE(frame > 0);
    for (const qsizetype at : {frame + 5, frame + 7}) { // height, then width, big-endian
        jpeg[at] = static_cast<char>(7100 >> 8);
        jpeg[at + 1] = static_cast<char>(7100 & 0xff);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claims.jpg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(jpeg);
    file.close();

    const io::ImageLoadResult result = io::loadImageTensor(path, io::ChannelMode::Rgb);
    CHECK(result.error == path + QStringLiteral(": 7100\u00d77100 pixels is larger than the limit of 50 megapixels"));
    CHECK(result.tensor.empty());
}
