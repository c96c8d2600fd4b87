#include "ui/io/palette_quantiser.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace convscope::io {

PaletteQuantiser::PaletteQuantiser(const QList<QImage>& samples)
{
    QHash<QRgb, qint64> counts;
    for (const QImage& sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++counts[line[x] | 0xff000000u];
        }
    }
    std::vector<std::pair<qint64, QRgb>> ranked;
    ranked.reserve(static_cast<std::size_t>(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ranked.emplace_back(it.value(), it.key());
    // Most pixels first; equal counts by colour so the palette does not depend on hash order.
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const std::size_t kept = std::min<std::size_t>(ranked.size(), maxColours);
    for (std::size_t i = 0; i < kept; ++i) {
        m_index.insert(ranked[i].second, static_cast<unsigned char>(i));
        m_palette.append(ranked[i].second);
    }
    if (m_palette.isEmpty())
        m_palette.append(qRgb(255, 255, 255));
}

unsigned char PaletteQuantiser::nearest(QRgb colour) const
{
    int best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (int i = 0; i < m_palette.size(); ++i) {
        const int dr = qRed(colour) - qRed(m_palette[i]);
        const int dg = qGreen(colour) - qGreen(m_palette[i]);
        const int db = qBlue(colour) - qBlue(m_palette[i]);
        const int distance = dr * dr + dg * dg + db * db;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return static_cast<unsigned char>(best);
}

std::vector<unsigned char> PaletteQuantiser::indices(const QImage& frame)
{
    const QImage image = frame.convertToFormat(QImage::Format_RGB32);
    std::vector<unsigned char> out(static_cast<std::size_t>(image.width()) * static_cast<std::size_t>(image.height()));
    std::size_t i = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb colour = line[x] | 0xff000000u;
            auto found = m_index.constFind(colour);
            if (found == m_index.cend())
                found = m_index.insert(colour, nearest(colour));
            out[i++] = found.value();
        }
    }
    return out;
}

} // namespace convscope::io
