#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <stop_token>
#include <string_view>
#include <vector>

namespace convscope::core {

// Limits checked against an IDX header before anything is allocated, so a damaged or hostile
// header (one announcing 10^9 images) is refused with a message instead of exhausting memory.
// The largest real files (EMNIST ByClass, 697,932 images of 28×28 = 547 MB) fit.
inline constexpr std::int64_t maxIdxBytes = std::int64_t{1} << 30; // 1 GiB of values per file
inline constexpr std::int64_t maxIdxItems = 10'000'000;             // images or labels per file
inline constexpr int maxIdxImageSide = 1024;                        // rows and columns, each

// The IDX format of MNIST and its relatives (Fashion-MNIST, EMNIST), big-endian throughout:
//
//   images  0x00000803  count  rows  cols   then count·rows·cols unsigned bytes, image after image,
//                                             each row after row
//   labels  0x00000801  count                then count unsigned bytes
//
// The magic number is 0x00 0x00, the value type (0x08 = unsigned byte) and the number of
// dimensions. Files may be gzipped (they start with 1f 8b) or raw.
struct IdxImages {
    int count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels; // count × rows × cols
};

// Read a file (gzipped or raw). Throw DatasetError naming the file when it is missing, has the
// wrong magic number, a size outside the limits above, is truncated, has bytes after the data,
// or is a damaged gzip stream; DatasetLoadStopped when `stop` is requested meanwhile (it is
// checked after every megabyte).
IdxImages readIdxImages(const std::filesystem::path& file, std::stop_token stop = {});
std::vector<std::uint8_t> readIdxLabels(const std::filesystem::path& file, std::stop_token stop = {});

// The same from bytes in memory (gzipped or raw), e.g. a compiled-in resource or a fuzzer's
// input; `name` stands for the file in messages.
IdxImages parseIdxImages(std::span<const std::uint8_t> bytes, std::string_view name);
std::vector<std::uint8_t> parseIdxLabels(std::span<const std::uint8_t> bytes, std::string_view name);

} // namespace convscope::core
