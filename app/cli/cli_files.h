#pragma once

#include "core/tensor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace convscope::cli {

// The files shared by conv and pool: reading --input, and writing the result to stdout or, with
// --output, as PNG activation maps. Both go through FileArgument, so "-" is standard input or
// output. Every failure throws CliError with one sentence.
class CliFiles {
    Q_DECLARE_TR_FUNCTIONS(CliFiles)

public:
    // An image (recognised by its file name's extension or its first bytes) becomes 1×H×W gray
    // or, with --channels rgb, 3×H×W, values in [0, 1]. Anything else is read as a CSV or JSON
    // matrix, [H][W] → 1×H×W or [C][H][W]. `path` is a file or "-"; `channels` is the --channels
    // value, empty when not given.
    static core::Tensor loadInput(const QString& path, const QString& channels);

    // A CSV matrix ([H][W] → 1×H×W) or JSON [H][W] / [C][H][W], as loadInput reads one.
    static core::Tensor readMatrix(const QByteArray& bytes, const QString& name);

    // --output must name a .png file in a folder that exists, or be "-"; checked before any work
    // is done.
    static void checkOutputPath(const QString& path);

    // Refuses a result of K×H×W values that would not fit in memory or on a terminal, before it
    // is computed. `output` is the --output value, empty when the result is printed as text;
    // "-" takes one map only, since standard output holds one PNG.
    static void checkResultSize(qint64 channels, qint64 height, qint64 width, const QString& output);

    // The result for stdout: CSV for one matrix, JSON [K][H][W] otherwise. This and writeMaps
    // refuse values that overflowed to infinity.
    static QByteArray formatResult(const core::Tensor& result);

    // Each channel of a C×H×W result as an 8-bit PNG, min → black, max → white: to `path` when
    // C = 1, else to name-0.png … name-(C−1).png. Returns what stdout gets: one line per file, or
    // for "-" the one PNG itself.
    static QByteArray writeMaps(const core::Tensor& maps, const QString& path);

private:
    static void requireFinite(const core::Tensor& result);
};

} // namespace convscope::cli
