// Fuzzes the IDX dataset reader (core::parseIdxImages, core::parseIdxLabels), raw and gzipped.
// An input starting with 'Z' is gzipped by this harness before parsing, so the fuzzer explores
// the IDX structure inside a valid gzip stream too (mutating compressed bytes rarely gives one).
// Properties: no crash, no allocation from a header's claim alone, and an accepted file holds
// exactly what its header announces.
#include "core/data/dataset_error.h"
#include "core/data/idx_file.h"
#include "tests/fuzz/fuzz_check.h"
#include "tests/gzipped.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

using namespace convscope;

namespace {

void parse(std::span<const std::uint8_t> bytes)
{
    try {
        const core::IdxImages images = core::parseIdxImages(bytes, "fuzz-images.idx");
        fuzz::require(images.count > 0 && images.rows > 0 && images.cols > 0, "an accepted file has images");
        fuzz::require(images.count <= core::maxIdxItems, "at most maxIdxItems images");
        fuzz::require(images.rows <= core::maxIdxImageSide && images.cols <= core::maxIdxImageSide,
                      "sides within maxIdxImageSide");
        fuzz::require(images.pixels.size()
                          == static_cast<std::size_t>(images.count) * static_cast<std::size_t>(images.rows)
                              * static_cast<std::size_t>(images.cols),
                      "exactly count × rows × cols pixels");
    } catch (const core::DatasetError& error) {
        fuzz::require(std::string_view(error.what()).starts_with("fuzz-images.idx: "), "a refusal names the file");
    }
    try {
        const std::vector<std::uint8_t> labels = core::parseIdxLabels(bytes, "fuzz-labels.idx");
        fuzz::require(!labels.empty() && static_cast<std::int64_t>(labels.size()) <= core::maxIdxItems,
                      "1 to maxIdxItems labels");
    } catch (const core::DatasetError& error) {
        fuzz::require(std::string_view(error.what()).starts_with("fuzz-labels.idx: "), "a refusal names the file");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    if (!bytes.empty() && bytes[0] == 'Z')
        parse(test::gzipped(bytes.subspan(1), Z_BEST_SPEED));
    else
        parse(bytes);
    return 0;
}
