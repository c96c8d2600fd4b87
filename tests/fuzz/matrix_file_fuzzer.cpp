// Fuzzes the CSV and JSON matrix reader (io::parseMatrixText) and the bias list reader
// (io::parseNumberList). Properties: no crash, no allocation beyond the documented limits, a
// clear message for every refusal, and an accepted matrix that reads back identically after
// formatTensor writes it out.
#include "tests/fuzz/fuzz_check.h"
#include "ui/io/matrix_file.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace convscope;

namespace {

void checkAccepted(const io::MatrixParseResult& result, int minRank)
{
    fuzz::require(!result.tensor.empty(), "an accepted matrix has values");
    fuzz::require(result.tensor.rank() >= minRank && result.tensor.rank() <= 4, "rank within the documented range");
    fuzz::require(static_cast<qint64>(result.tensor.size()) <= io::maxMatrixCells, "at most maxMatrixCells values");
    for (const float value : result.tensor.values())
        fuzz::require(std::isfinite(value), "every value is finite");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString source = QStringLiteral("fuzz.csv");

    const io::MatrixParseResult matrix = io::parseMatrixText(text, source);
    if (matrix.ok()) {
        checkAccepted(matrix, 3);
        fuzz::require(matrix.depth >= 2 && matrix.depth <= io::maxJsonDepth, "depth 2 to 4");
        const QByteArray written = io::formatTensor(matrix.tensor);
        const io::MatrixParseResult again = io::parseMatrixText(written, source);
        fuzz::require(again.ok(), "formatTensor's output reads back");
        fuzz::require(again.tensor == matrix.tensor, "formatTensor's output reads back to the same tensor");
    } else {
        fuzz::require(matrix.error.startsWith(source), "a refusal names the source");
        fuzz::require(matrix.tensor.empty(), "nothing is returned with a refusal");
    }

    const io::MatrixParseResult list = io::parseNumberList(text, source);
    if (list.ok()) {
        checkAccepted(list, 1);
        fuzz::require(list.tensor.rank() == 1 && list.depth == 1, "a number list is flat");
    } else {
        fuzz::require(list.error.startsWith(source), "a refusal names the source");
    }
    return 0;
}
