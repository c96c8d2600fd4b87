#pragma once

#include "core/nn/model.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace convscope::core {

// The model file format, version 1. All numbers little-endian.
//
//   offset  size  content
//   0       8     magic "CSMODEL" followed by 0x1a
//   8       4     format version (uint32)
//   12      4     CRC-32 (zlib's) of the payload
//   16      8     payload length in bytes (uint64)
//   24      …     payload:
//                   uint32 length, architecture text (NetworkSpec::toText)
//                   uint32 length, metadata text, one "key value" per line (dataset, class …,
//                                  epochs, test_accuracy, train_loss, optimizer, learning_rate,
//                                  batch_size, seed, input_mean and input_std once per value);
//                                  unknown keys are skipped
//                   uint32 array count, then per array: uint32 rank, rank × uint32 extents,
//                                  the values as float32
//
// A reader refuses a file whose magic, version, length, checksum, architecture or arrays are
// wrong, before anything of it is used.
inline constexpr std::uint32_t modelFormatVersion = 1;
inline constexpr std::int64_t maxModelFileBytes = std::int64_t{512} << 20; // 512 MiB

// What is wrong with a model file, in one English sentence naming the file.
class ModelFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::vector<char> encodeModel(const Model& model);
// Throws ModelFileError; `name` stands for the file in messages.
Model decodeModel(std::span<const std::uint8_t> bytes, std::string_view name);

// Written atomically (temporary file, then rename): an existing file at `path` stays intact if
// writing fails. Throws ModelFileError.
void saveModel(const std::filesystem::path& path, const Model& model);
// Reads, checks and decodes; throws ModelFileError for a missing, damaged, truncated or
// wrong-version file, so nothing half-loaded is ever returned.
Model loadModel(const std::filesystem::path& path);

} // namespace convscope::core
