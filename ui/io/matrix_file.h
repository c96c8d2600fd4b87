#pragma once

#include "core/tensor.h"

#include <QByteArray>
#include <QString>

namespace convscope::io {

// Limits checked before anything is allocated.
inline constexpr qint64 maxMatrixFileBytes = 64 * 1024 * 1024;
inline constexpr qint64 maxMatrixCells = 16 * 1024 * 1024;
inline constexpr int maxJsonDepth = 4; // [K][C][F][F]

struct MatrixParseResult {
    core::Tensor tensor; // rank 2 CSV → 1×H×W; JSON keeps its nesting: [H][W] → 1×H×W, [C][H][W], [K][C][H][W]
    QString error;       // one English sentence naming the source and the row/column at fault
    int depth = 0;       // levels of nesting in the source: 2 for CSV and [H][W], 3 for [C][H][W], 4 for [K][C][H][W]
    bool ok() const { return error.isEmpty(); }
};

// CSV: one matrix, one row a line, cells separated by commas (blank lines at the end are ignored).
// JSON: nested arrays of numbers, rectangular, 2 to 4 levels deep.
// NaN, infinity, empty cells, ragged rows and non-numbers are errors. `sourceName` names the
// file in messages.
MatrixParseResult parseMatrixText(const QByteArray& text, const QString& sourceName);
MatrixParseResult readMatrixFile(const QString& path);

// A flat list of numbers, e.g. one bias per filter: a single number ("0.5"), one CSV row
// ("0.1,-0.2") or a flat JSON array ("[0.1, -0.2]"). The result is a rank-1 tensor.
MatrixParseResult parseNumberList(const QByteArray& text, const QString& sourceName);

// The result of an operation as text: CSV when it is one matrix (1×H×W), JSON [K][H][W] otherwise.
QByteArray formatTensor(const core::Tensor& tensor);

} // namespace convscope::io
