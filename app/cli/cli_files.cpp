#include "app/cli/cli_files.h"

#include "app/cli/cli_error.h"
#include "ui/io/image_loader.h"
#include "ui/io/matrix_file.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace convscope::cli {
namespace {

QString shapeText(qint64 channels, qint64 height, qint64 width)
{
    return QStringLiteral("%1\u00d7%2\u00d7%3").arg(channels).arg(height).arg(width);
}

// libpng reports a corrupt file by printing "libpng error: …" straight to stderr, past Qt's message
// handler. The tool's own message says the same in one line, so stderr is muted while decoding.
class MutedStderr {
public:
    MutedStderr()
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
    }
    ~MutedStderr()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    MutedStderr(const MutedStderr&) = delete;
    MutedStderr& operator=(const MutedStderr&) = delete;

private:
    int m_saved = -1;
};

} // namespace

core::Tensor CliFiles::loadInput(const QString& path, const QString& channels)
{
    const bool image = io::looksLikeImageFile(path);
    if (!image) {
        if (!channels.isEmpty())
            throw CliError(tr("--channels applies to an image input; %1 is read as a matrix").arg(path));
        io::MatrixParseResult matrix = io::readMatrixFile(path);
        if (!matrix.ok())
            throw CliError(matrix.error);
        if (matrix.depth > 3)
            throw CliError(tr("%1: an input is [H][W] or [C][H][W], not %2 levels deep").arg(path).arg(matrix.depth));
        return std::move(matrix.tensor);
    }
    io::ChannelMode mode = io::ChannelMode::Gray;
    if (channels == QStringLiteral("rgb"))
        mode = io::ChannelMode::Rgb;
    else if (!channels.isEmpty() && channels != QStringLiteral("gray") && channels != QStringLiteral("grey"))
        throw CliError(tr("--channels must be gray or rgb, not '%1'").arg(channels));
    io::ImageLoadResult loaded;
    {
        const MutedStderr muted;
        loaded = io::loadImageTensor(path, mode);
    }
    if (!loaded.ok())
        throw CliError(loaded.error);
    return std::move(loaded.tensor);
}

void CliFiles::checkOutputPath(const QString& path)
{
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        throw CliError(tr("--output writes PNG images: name it like map.png, not '%1'").arg(path));
    const QFileInfo info(path);
    if (info.isDir())
        throw CliError(tr("--output %1 is a folder; name a file like map.png").arg(path));
    if (!info.dir().exists())
        throw CliError(tr("--output %1: the folder %2 does not exist").arg(path, QDir::toNativeSeparators(info.path())));
}

void CliFiles::checkResultSize(qint64 channels, qint64 height, qint64 width, bool toImages)
{
    // PNG output holds up to maxImagePixels values in memory (400 MB of floats); text output is
    // limited to what the readers accept back, 16 M values (about 150 MB of CSV).
    const qint64 limit = toImages ? io::maxImagePixels : io::maxMatrixCells;
    const qint64 cells = channels * height * width;
    if (cells <= limit)
        return;
    if (!toImages && cells <= io::maxImagePixels)
        throw CliError(tr("the result %1 holds %2 values, too many to print (at most %3); write it as images with --output map.png")
                           .arg(shapeText(channels, height, width))
                           .arg(cells)
                           .arg(limit));
    throw CliError(tr("the result %1 would hold %2 values, more than the limit of %3; use a smaller input, a larger stride or fewer filters")
                       .arg(shapeText(channels, height, width))
                       .arg(cells)
                       .arg(limit));
}

void CliFiles::requireFinite(const core::Tensor& result)
{
    const auto values = result.values();
    if (!std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); }))
        throw CliError(tr("the result overflowed: some values are beyond ±3.4e38, the range of a 32-bit float"));
}

QByteArray CliFiles::formatResult(const core::Tensor& result)
{
    requireFinite(result);
    return io::formatTensor(result);
}

QByteArray CliFiles::writeMaps(const core::Tensor& maps, const QString& path)
{
    requireFinite(maps);
    const int count = maps.dim(0);
    QString lines;
    for (int channel = 0; channel < count; ++channel) {
        // map.png → map-0.png, map-1.png, … keeping the suffix as written
        const QString file = count == 1 ? path : path.chopped(4) + QLatin1Char('-') + QString::number(channel) + path.right(4);
        const QString error = io::saveChannelAsImage(maps, channel, file);
        if (!error.isEmpty())
            throw CliError(error);
        const auto [low, high] = io::channelRange(maps, channel);
        const QString size = QStringLiteral("%1\u00d7%2").arg(maps.dim(2)).arg(maps.dim(1));
        lines += low < high ? tr("wrote %1: %2, values %3 (black) to %4 (white)").arg(file, size).arg(low).arg(high)
                            : tr("wrote %1: %2, every value %3 (mid grey)").arg(file, size).arg(low);
        lines += QLatin1Char('\n');
    }
    return lines.toUtf8();
}

} // namespace convscope::cli
