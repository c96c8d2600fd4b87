#include "app/cli/cli_files.h"

#include "app/cli/cli_error.h"
#include "app/cli/file_argument.h"
#include "ui/io/image_loader.h"
#include "ui/io/korean_particles.h"
#include "ui/io/matrix_file.h"

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

core::Tensor CliFiles::readMatrix(const QByteArray& bytes, const QString& name)
{
    io::MatrixParseResult matrix = io::parseMatrixText(bytes, name);
    if (!matrix.ok())
        throw CliError(matrix.error);
    if (matrix.depth > 3)
        throw CliError(tr("%1: an input is [H][W] or [C][H][W], not %2 levels deep").arg(name).arg(matrix.depth));
    return std::move(matrix.tensor);
}

core::Tensor CliFiles::loadInput(const QString& path, const QString& channels)
{
    io::ChannelMode mode = io::ChannelMode::Gray;
    if (channels == QStringLiteral("rgb"))
        mode = io::ChannelMode::Rgb;
    else if (!channels.isEmpty() && channels != QStringLiteral("gray") && channels != QStringLiteral("grey"))
        throw CliError(tr("--channels must be gray or rgb, not '%1'").arg(channels));

    const QByteArray bytes = FileArgument::readImageOrMatrix(path);
    const QString name = FileArgument::inputName(path);
    if (!io::looksLikeImage(path, bytes)) {
        if (!channels.isEmpty())
            throw CliError(tr("--channels applies to an image input; %1 is read as a matrix").arg(name));
        return readMatrix(bytes, name);
    }
    io::ImageLoadResult loaded;
    {
        const MutedStderr muted;
        loaded = io::decodeImageTensor(bytes, name, mode);
    }
    if (!loaded.ok())
        throw CliError(loaded.error);
    return std::move(loaded.tensor);
}

void CliFiles::checkOutputPath(const QString& path)
{
    if (!FileArgument::isStandardStream(path) && !path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        throw CliError(tr("--output writes PNG images: name it like map.png, or - for standard output, not '%1'").arg(path));
    FileArgument::checkWritable(QStringLiteral("output"), path, QStringLiteral("map.png"));
}

void CliFiles::checkResultSize(qint64 channels, qint64 height, qint64 width, const QString& output)
{
    if (FileArgument::isStandardStream(output) && channels > 1)
        throw CliError(tr("--output - writes one PNG to standard output, but the result %1 has %2 channels; name a file "
                          "like map.png to write one image per channel")
                           .arg(shapeText(channels, height, width))
                           .arg(channels));
    // PNG output holds up to maxImagePixels values in memory (400 MB of floats); text output is
    // limited to what the readers accept back, 16 M values (about 150 MB of CSV).
    const bool toImages = !output.isEmpty();
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
    QByteArray out;
    for (int channel = 0; channel < count; ++channel) {
        // map.png → map-0.png, map-1.png, … keeping the suffix as written
        const QString file = count == 1 ? path : path.chopped(4) + QLatin1Char('-') + QString::number(channel) + path.right(4);
        const io::PngEncodeResult png = io::encodeChannelAsPng(maps, channel);
        if (!png.error.isEmpty())
            throw CliError(QStringLiteral("%1: %2").arg(FileArgument::outputName(file), png.error));
        const auto [low, high] = io::channelRange(maps, channel);
        const QString size = QStringLiteral("%1\u00d7%2").arg(maps.dim(2)).arg(maps.dim(1));
        const QString line = low < high ? tr("wrote %1: %2, values %3 (black) to %4 (white)").arg(file, size).arg(low).arg(high)
                                        : tr("wrote %1: %2, every value %3 (mid grey)").arg(file, size).arg(low);
        out += FileArgument::write(file, png.png, io::fitKoreanParticles(line) + QLatin1Char('\n'));
    }
    return out;
}

} // namespace convscope::cli
