#include "ui/io/gif_writer.h"

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <vector>

namespace convscope::io {
namespace {

// giflib hands every encoded block to this function; UserData is the QSaveFile.
int writeToFile(GifFileType* gif, const GifByteType* bytes, int length)
{
    auto* file = static_cast<QSaveFile*>(gif->UserData);
    return static_cast<int>(file->write(reinterpret_cast<const char*>(bytes), length));
}

QString gifError(int code)
{
    const char* text = GifErrorString(code);
    return text != nullptr ? QString::fromUtf8(text) : QString::number(code);
}

} // namespace

GifWriter::~GifWriter()
{
    cancel();
}

bool GifWriter::fail(const QString& message)
{
    m_error = message;
    cancel();
    return false;
}

void GifWriter::closeGif()
{
    if (m_gif == nullptr)
        return;
    int error = 0;
    EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
}

void GifWriter::cancel()
{
    closeGif();
    if (!m_file.isOpen())
        return;
    // commit() after cancelWriting() closes the file without touching the target.
    m_file.cancelWriting();
    m_file.commit();
}

bool GifWriter::open(const QString& path, QSize size, const QList<QRgb>& palette)
{
    cancel();
    m_error.clear();
    m_frames = 0;
    if (size.width() < 1 || size.height() < 1 || size.width() > maxSide || size.height() > maxSide)
        return fail(tr("An animation must be 1 to %1 pixels wide and high.")
                        .arg(maxSide));
    if (palette.isEmpty() || palette.size() > 256)
        return fail(tr("A GIF palette holds 1 to 256 colours."));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot be written: %2")
                        .arg(path, m_file.errorString()));
    int error = 0;
    m_gif = EGifOpen(&m_file, &writeToFile, &error);
    if (m_gif == nullptr)
        return fail(gifError(error));
    // GIF89a for the delays and the loop.
    EGifSetGifVersion(m_gif, true);

    // giflib's colour maps have a power-of-two size; the unused tail is black.
    int mapSize = 2;
    while (mapSize < palette.size())
        mapSize *= 2;
    std::vector<GifColorType> colours(static_cast<std::size_t>(mapSize), GifColorType{0, 0, 0});
    for (int i = 0; i < palette.size(); ++i)
        colours[static_cast<std::size_t>(i)] = GifColorType{static_cast<GifByteType>(qRed(palette[i])),
                                                            static_cast<GifByteType>(qGreen(palette[i])),
                                                            static_cast<GifByteType>(qBlue(palette[i]))};
    ColorMapObject* map = GifMakeMapObject(mapSize, colours.data());
    if (map == nullptr)
        return fail(gifError(E_GIF_ERR_NOT_ENOUGH_MEM));
    const int written = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (written == GIF_ERROR)
        return fail(gifError(m_gif->Error));

    // NETSCAPE2.0 block: sub-block id 1, then the loop count (0 = forever), little-endian.
    static constexpr std::array<GifByteType, 11> netscape{'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static constexpr std::array<GifByteType, 3> loopForever{1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, static_cast<int>(netscape.size()), netscape.data()) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, static_cast<int>(loopForever.size()), loopForever.data()) == GIF_ERROR
        || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return fail(gifError(m_gif->Error));
    m_size = size;
    m_colours = static_cast<int>(palette.size());
    return true;
}

bool GifWriter::addFrame(std::span<const unsigned char> indices, int delayCentiseconds)
{
    if (m_gif == nullptr)
        return fail(tr("The animation file is not open."));
    const std::size_t pixels = static_cast<std::size_t>(m_size.width()) * static_cast<std::size_t>(m_size.height());
    if (indices.size() != pixels)
        return fail(tr("A frame has %1 pixels; the animation needs %2.")
                        .arg(indices.size())
                        .arg(pixels));
    if (std::any_of(indices.begin(), indices.end(), [this](unsigned char i) { return i >= m_colours; }))
        return fail(tr("A frame uses a colour outside the palette."));

    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::clamp(delayCentiseconds, 1, 65535);
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType controlBytes[4];
    const std::size_t controlLength = EGifGCBToExtension(&control, controlBytes);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(controlLength), controlBytes) == GIF_ERROR
        || EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, nullptr) == GIF_ERROR)
        return fail(gifError(m_gif->Error));
    // giflib takes non-const lines; it only reads them.
    std::vector<GifPixelType> line(static_cast<std::size_t>(m_size.width()));
    for (int y = 0; y < m_size.height(); ++y) {
        const auto row = indices.subspan(static_cast<std::size_t>(y) * line.size(), line.size());
        std::copy(row.begin(), row.end(), line.begin());
        if (EGifPutLine(m_gif, line.data(), m_size.width()) == GIF_ERROR)
            return fail(gifError(m_gif->Error));
    }
    ++m_frames;
    return true;
}

bool GifWriter::finish()
{
    if (m_gif == nullptr)
        return fail(tr("The animation file is not open."));
    if (m_frames == 0)
        return fail(tr("An animation needs at least one frame."));
    int error = 0;
    const int closed = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    if (closed == GIF_ERROR)
        return fail(gifError(error));
    if (!m_file.commit())
        return fail(tr("%1: cannot be written: %2")
                        .arg(m_file.fileName(), m_file.errorString()));
    return true;
}

} // namespace convscope::io
