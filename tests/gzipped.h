#pragma once

// Gzipped files made in memory, for the tests and the fuzzer of the readers of .gz data.
#include <zlib.h>

#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

namespace convscope::test {

// `bytes` as one gzip member, what a .gz file holds (deflate with windowBits 16 + MAX_WBITS asks
// zlib for the gzip header and trailer). `level` is zlib's, 1 (fastest, for the fuzzer's many
// inputs) to 9 (smallest). A zlib failure throws, which a test reports as a failure and the fuzzer
// as a crash.
inline std::vector<std::uint8_t> gzipped(std::span<const std::uint8_t> bytes, int level = Z_BEST_COMPRESSION)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::vector<std::uint8_t> out(deflateBound(&stream, static_cast<uLong>(bytes.size())));
    stream.next_in = const_cast<Bytef*>(bytes.data());
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = out.data();
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        throw std::runtime_error("deflate did not finish");
    return out;
}

} // namespace convscope::test
