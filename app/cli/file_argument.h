#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace convscope::cli {

// An option's value that names a file, where "-" stands for standard input (an option that reads)
// or standard output (one that writes), as in other command-line tools:
//
//   convscope-cli conv --input - --kernel edge < image.csv
//   convscope-cli worksheet --seed 7 --output - > sheet.pdf
//
// Every command reads and writes its files through here, so a file and a stream are handled
// alike: read whole into memory within the same limits, then recognised from their bytes. Which
// options may read standard input, and that only one of them does, is declared and checked in
// CliOptions (DashMeans::StandardInput). Every failure throws CliError with one sentence.
class FileArgument {
    Q_DECLARE_TR_FUNCTIONS(FileArgument)

public:
    static bool isStandardStream(const QString& path);

    // What messages call the file: its path, or "standard input" / "standard output" for "-".
    static QString inputName(const QString& path);
    static QString outputName(const QString& path);

    // The whole file, or standard input read to its end. Refuses a missing file or folder, empty
    // standard input, and more than maxBytes: at most maxBytes + 1 bytes are read, since a stream
    // (a pipe, /dev/zero) does not say its size beforehand and may never end.
    static QByteArray read(const QString& path, qint64 maxBytes);
    // read() for an input that is an image or a matrix, whose limit depends on which it is:
    // io::maxImageFileBytes when it looks like an image (io::looksLikeImage: by its name or its
    // first bytes), else io::maxMatrixFileBytes.
    static QByteArray readImageOrMatrix(const QString& path);

    // Checked before any work is done, so a typo does not cost a run: a file must be in a folder
    // that exists and not be a folder itself; "-" must not be a terminal, which binary output
    // would fill with noise. `option` is the option's name ("output"), `example` a file name to
    // suggest ("map.png").
    static void checkWritable(const QString& option, const QString& path, const QString& example);

    // What the command prints after writing `bytes` to `path`. A file is replaced whole (the old
    // file or the complete new one, never a mixture) and the result is `report`, a line saying
    // what was written. For "-" the result is `bytes` themselves: they are the command's whole
    // standard output, which main() writes once the command has succeeded, so a failing command
    // never leaves half a PNG on stdout.
    static QByteArray write(const QString& path, const QByteArray& bytes, const QString& report);

private:
    static QByteArray readStandardInput(qint64 maxBytes, qint64 maxImageBytes);
};

} // namespace convscope::cli
