#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QtGui/qrgb.h>

#include <vector>

namespace convscope::io {

// Turns rendered frames into the palette indices a GIF stores, keeping the colours that matter
// exact. The palette is the colours of sample frames ranked by how many pixels they cover: the
// cell fills, grid lines, window tint and text of a grid cover far more pixels than the shades
// anti-aliasing adds at glyph edges, so with at most 256 colours the grid colours are kept exactly
// and only rare edge shades are replaced by their nearest palette colour (squared RGB distance).
// When the samples hold 256 colours or fewer, every colour of them is exact.
class PaletteQuantiser {
public:
    static constexpr int maxColours = 256;

    // `samples`: frames that together show the colours of the whole sequence (e.g. the first,
    // a middle and the last frame). Alpha is ignored.
    explicit PaletteQuantiser(const QList<QImage>& samples);

    const QList<QRgb>& palette() const { return m_palette; }
    // width × height indices into palette(), row by row. Colours outside the palette map to the
    // nearest one; the mapping is cached, so later frames with the same colours are fast.
    std::vector<unsigned char> indices(const QImage& frame);

private:
    unsigned char nearest(QRgb colour) const;

    QList<QRgb> m_palette;
    QHash<QRgb, unsigned char> m_index; // colour (alpha forced to 255) → palette index
};

} // namespace convscope::io
