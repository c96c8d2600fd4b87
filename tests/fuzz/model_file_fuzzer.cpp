// Fuzzes the model file reader (core::decodeModel). Each input is decoded twice: as it is, and with
// its header's payload length and CRC-32 recomputed, because a mutated payload almost never keeps
// a matching checksum and the fuzzer would otherwise stop at the checksum test.
// Properties: no crash, only ModelFileError for a bad file, nothing allocated from a claimed size
// alone, and an accepted model that encodes and decodes back to the same bytes.
#include "core/nn/model_file.h"
#include "tests/fuzz/fuzz_check.h"

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

using namespace convscope;

namespace {

constexpr std::size_t headerSize = 24; // magic 8, version 4, CRC 4, payload length 8

void putLittleEndian(std::uint8_t* at, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        at[i] = static_cast<std::uint8_t>(value >> (8 * i));
}

void decode(std::span<const std::uint8_t> bytes)
{
    core::Model model;
    try {
        model = core::decodeModel(bytes, "fuzz.csmodel");
    } catch (const core::ModelFileError& error) {
        fuzz::require(std::string_view(error.what()).starts_with("fuzz.csmodel: "), "a refusal names the file");
        return;
    }
    fuzz::require(model.parameters.size() == model.spec.parameterShapes().size(), "one tensor per learned array");
    fuzz::require(static_cast<int>(model.metadata.classNames.size()) == model.spec.outputCount(),
                  "one class name per output");

    const std::vector<char> encoded = core::encodeModel(model);
    const std::span<const std::uint8_t> encodedBytes(reinterpret_cast<const std::uint8_t*>(encoded.data()),
                                                     encoded.size());
    const core::Model again = core::decodeModel(encodedBytes, "fuzz.csmodel");
    fuzz::require(core::encodeModel(again) == encoded, "an accepted model encodes and decodes to the same bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    decode(bytes);
    if (size >= headerSize) {
        std::vector<std::uint8_t> patched(bytes.begin(), bytes.end());
        const std::span<const std::uint8_t> payload = bytes.subspan(headerSize);
        putLittleEndian(patched.data() + 12, crc32_z(crc32_z(0L, Z_NULL, 0), payload.data(), payload.size()), 4);
        putLittleEndian(patched.data() + 16, payload.size(), 8);
        decode(patched);
    }
    return 0;
}
