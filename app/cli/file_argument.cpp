#include "app/cli/file_argument.h"

#include "app/cli/cli_error.h"
#include "core/data/atomic_file.h"
#include "ui/io/image_loader.h"
#include "ui/io/input_file.h"
#include "ui/io/matrix_file.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <span>
#include <stdexcept>

#include <unistd.h>

namespace convscope::cli {
namespace {

// Standard input is read in pieces of this size, so memory grows with what arrives, not with the
// limit.
constexpr qint64 readChunkBytes = 1 << 20;

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool FileArgument::isStandardStream(const QString& path)
{
    return path == QStringLiteral("-");
}

QString FileArgument::inputName(const QString& path)
{
    return isStandardStream(path) ? tr("standard input") : path;
}

QString FileArgument::outputName(const QString& path)
{
    return isStandardStream(path) ? tr("standard output") : path;
}

QByteArray FileArgument::read(const QString& path, qint64 maxBytes)
{
    if (isStandardStream(path))
        return readStandardInput(maxBytes, maxBytes);
    io::FileReadResult file = io::readInputFile(path, maxBytes);
    if (!file.error.isEmpty())
        throw CliError(file.error);
    return std::move(file.bytes);
}

QByteArray FileArgument::readImageOrMatrix(const QString& path)
{
    if (isStandardStream(path))
        return readStandardInput(io::maxMatrixFileBytes, io::maxImageFileBytes);
    return read(path, io::looksLikeImageFile(path) ? io::maxImageFileBytes : io::maxMatrixFileBytes);
}

QByteArray FileArgument::readStandardInput(qint64 maxBytes, qint64 maxImageBytes)
{
    QByteArray bytes;
    for (;;) {
        // The limit is known once the first bytes have come: only an image may be larger.
        const qint64 limit = io::looksLikeImage(QString(), bytes) ? maxImageBytes : maxBytes;
        if (bytes.size() > limit)
            throw CliError(tr("standard input is larger than the limit of %1 MB").arg(limit / (1024 * 1024)));
        const qsizetype start = bytes.size();
        const qint64 wanted = std::min(readChunkBytes, limit + 1 - start);
        bytes.resize(start + wanted);
        const ssize_t got = ::read(STDIN_FILENO, bytes.data() + start, static_cast<std::size_t>(wanted));
        if (got < 0 && errno == EINTR) {
            bytes.resize(start);
            continue;
        }
        if (got < 0)
            throw CliError(tr("standard input cannot be read: %1").arg(systemReason()));
        bytes.resize(start + got);
        if (got == 0)
            break;
    }
    if (bytes.isEmpty())
        throw CliError(tr("standard input is empty; '-' reads what is sent to it, e.g. < FILE or from a pipe"));
    return bytes;
}

void FileArgument::checkWritable(const QString& option, const QString& path, const QString& example)
{
    if (isStandardStream(path)) {
        if (::isatty(STDOUT_FILENO) != 0)
            throw CliError(tr("--%1 - writes binary data to standard output, which is a terminal here; send it to a file "
                              "or a program, e.g. > %2")
                               .arg(option, example));
        return;
    }
    const QFileInfo info(path);
    if (info.isDir())
        throw CliError(tr("--%1 %2 is a folder; name a file like %3").arg(option, path, example));
    if (!info.dir().exists())
        throw CliError(tr("--%1 %2: the folder %3 does not exist").arg(option, path, QDir::toNativeSeparators(info.path())));
}

QByteArray FileArgument::write(const QString& path, const QByteArray& bytes, const QString& report)
{
    if (isStandardStream(path))
        return bytes;
    try {
        // The same atomic write as a model file's (core::saveModel): mode, owner and links kept.
        core::writeFileAtomically(QFileInfo(path).filesystemFilePath(),
                                  std::span<const char>(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const std::runtime_error& error) {
        throw CliError(QString::fromUtf8(error.what()));
    }
    return report.toUtf8();
}

} // namespace convscope::cli
