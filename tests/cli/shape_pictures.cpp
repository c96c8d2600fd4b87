#include "tests/cli/shape_pictures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPolygonF>

#include <random>

namespace convscope::test {
namespace {

enum class Shape { Circle, Square, Triangle };

QImage drawShape(Shape shape, std::mt19937& rng)
{
    const auto between = [&rng](int low, int high) { return low + static_cast<int>(rng() % static_cast<unsigned>(high - low + 1)); };
    const int width = between(40, 120);
    const int height = between(40, 120);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(between(0, 359), between(0, 60), between(200, 255)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(between(0, 359), between(150, 255), between(40, 150)));
    // Within the centre square, which is what the network sees.
    const int side = std::min(width, height);
    const double radius = side * between(22, 36) / 100.0;
    const QPointF centre(width / 2.0 + between(-side / 10, side / 10), height / 2.0 + between(-side / 10, side / 10));
    switch (shape) {
    case Shape::Circle:
        painter.drawEllipse(centre, radius, radius);
        break;
    case Shape::Square:
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius));
        break;
    case Shape::Triangle:
        painter.drawPolygon(QPolygonF({QPointF(centre.x(), centre.y() - radius),
                                       QPointF(centre.x() + radius, centre.y() + radius),
                                       QPointF(centre.x() - radius, centre.y() + radius)}));
        break;
    }
    return image;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

QStringList writeShapePictures(const QString& root, int perClass, unsigned seed)
{
    const QStringList names{QStringLiteral("circle"), QStringLiteral("filled square"), QStringLiteral("삼각형")};
    const Shape shapes[] = {Shape::Circle, Shape::Square, Shape::Triangle};
    std::mt19937 rng(seed);
    for (int c = 0; c < 3; ++c) {
        const QString folder = root + QLatin1Char('/') + names[c];
        QDir().mkpath(folder);
        for (int i = 0; i < perClass; ++i) {
            const QImage image = drawShape(shapes[c], rng);
            const bool jpeg = i % 3 == 2;
            const QString path = QStringLiteral("%1/%2.%3").arg(folder).arg(i + 1).arg(jpeg ? QStringLiteral("jpg") : QStringLiteral("png"));
            if (!image.save(path, jpeg ? "JPEG" : "PNG", 90))
                qFatal("cannot write %s", qPrintable(path));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    drawShape(Shape::Circle, rng).save(&buffer, "PNG");
    writeFile(root + QStringLiteral("/circle/broken.png"), png.left(60));
    writeFile(root + QStringLiteral("/filled square/notes.txt"), "Drawn by the class on Monday.\n");
    return names;
}

} // namespace convscope::test
