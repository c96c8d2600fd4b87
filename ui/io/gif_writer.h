#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QSize>
#include <QString>
#include <QtGui/qrgb.h>

#include <span>

struct GifFileType;

namespace convscope::io {

// Writes an animated GIF frame by frame with giflib, straight into a QSaveFile: the file appears
// complete when finish() succeeds and not at all otherwise (cancel(), an error, or destruction
// before finish()), so a half-written animation never replaces an older file.
//
// Every frame has the screen's size and uses one global palette of at most 256 colours; a frame is
// width × height palette indices, row by row. The animation loops forever (the NETSCAPE2.0
// application extension) and each frame carries its own delay in hundredths of a second (the
// graphics control extension), which is the unit GIF stores.
class GifWriter {
    Q_DECLARE_TR_FUNCTIONS(convscope::io::GifWriter)

public:
    static constexpr int maxSide = 8192;

    GifWriter() = default;
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    // Starts the file. False when the size or palette is unusable or the folder is not writable;
    // errorString() says which.
    bool open(const QString& path, QSize size, const QList<QRgb>& palette);
    // `indices` holds width × height entries, each < the palette's size. `delayCentiseconds` ≥ 1.
    bool addFrame(std::span<const unsigned char> indices, int delayCentiseconds);
    // Writes the trailer and puts the file in place.
    bool finish();
    // Abandons the file; `path` is left as it was.
    void cancel();

    int frameCount() const { return m_frames; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    void closeGif();

    QSaveFile m_file;
    GifFileType* m_gif = nullptr;
    QSize m_size;
    int m_colours = 0;
    int m_frames = 0;
    QString m_error;
};

} // namespace convscope::io
