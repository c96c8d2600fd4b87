#include "ui/widgets/export_actions.h"

#include "ui/io/korean_particles.h"
#include "ui/io/matrix_file.h"
#include "ui/shared/setting.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

// Where the last export went; the next one starts there.
Setting<QString> exportFolder{"export/folder", QString()};

QString cannotWrite(const QString& path, const QString& reason)
{
    return ExportActions::tr("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QImage ExportActions::renderImage(QWidget* widget, double scale)
{
    const QSize size = widget->size();
    QImage image(QSize(static_cast<int>(std::ceil(size.width() * scale)), static_cast<int>(std::ceil(size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // The window colour under widgets that paint only part of themselves (a grid's margins).
    const QColor background = widget->palette().color(widget->backgroundRole());
    image.fill(background);
    widget->render(&image);
    return trimmed(image, background.rgba(), static_cast<int>(std::ceil(margin * scale)));
}

QImage ExportActions::trimmed(const QImage& image, QRgb background, int keep)
{
    const auto rowBlank = [&](int y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        return std::all_of(line, line + image.width(), [background](QRgb pixel) { return pixel == background; });
    };
    const auto columnBlank = [&](int x, int top, int bottom) {
        for (int y = top; y <= bottom; ++y)
            if (reinterpret_cast<const QRgb*>(image.constScanLine(y))[x] != background)
                return false;
        return true;
    };
    int top = 0;
    int bottom = image.height() - 1;
    while (top <= bottom && rowBlank(top))
        ++top;
    if (top > bottom)
        return image; // nothing drawn: the picture says so by staying blank
    while (rowBlank(bottom))
        --bottom;
    int left = 0;
    int right = image.width() - 1;
    while (columnBlank(left, top, bottom))
        ++left;
    while (columnBlank(right, top, bottom))
        --right;
    const QRect content = QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-keep, -keep, keep, keep);
    QImage cut = image.copy(content.intersected(image.rect()));
    cut.setDevicePixelRatio(image.devicePixelRatio());
    return cut;
}

QString ExportActions::saveImage(QWidget* widget, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("svg"))
        return saveSvg(widget, path);
    if (suffix.isEmpty() || suffix == QStringLiteral("png"))
        return savePng(widget, suffix.isEmpty() ? path + QStringLiteral(".png") : path);
    if (!QImageWriter::supportedImageFormats().contains(suffix.toLatin1()))
        return tr("%1: ConvScope saves pictures as .png or .svg, not .%2.").arg(QDir::toNativeSeparators(path), suffix);
    return writeRaster(widget, path, suffix.toLatin1());
}

QString ExportActions::savePng(QWidget* widget, const QString& path)
{
    return writeRaster(widget, path, "png");
}

QString ExportActions::writeRaster(QWidget* widget, const QString& path, const QByteArray& format)
{
    QImage image = renderImage(widget);
    // Image viewers and slide programs size a picture by its pixels; keep the DPR out of the file.
    image.setDevicePixelRatio(1.0);
    if (format != "png")
        image = image.convertToFormat(QImage::Format_RGB32); // JPEG and BMP have no transparency
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QImageWriter writer(&file, format);
    if (!writer.write(image)) {
        file.cancelWriting();
        return cannotWrite(path, writer.errorString());
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString ExportActions::saveSvg(QWidget* widget, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(widget->accessibleName().isEmpty() ? QFileInfo(path).completeBaseName() : widget->accessibleName());
    generator.setDescription(tr("Exported from ConvScope"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), widget->size()), widget->palette().color(widget->backgroundRole()));
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    // A grid's colours are a small image, one pixel per cell, drawn enlarged. Qt marks it
    // image-rendering="optimizeSpeed", which browsers read as "smooth is fine" and blend
    // neighbouring cells into a gradient; CSS's "pixelated" keeps the cells square.
    QByteArray svg = buffer.data();
    svg.replace("<image ", "<image style=\"image-rendering:pixelated\" ");
    return saveBytes(svg, path);
}

QString ExportActions::saveMatrixCsv(const Eigen::Ref<const core::Matrix>& matrix, const QString& path)
{
    if (matrix.size() == 0)
        return tr("There are no values to save yet.");
    return saveBytes(io::formatTensor(core::Tensor::fromMatrix(matrix)), path);
}

QString ExportActions::saveBytes(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

void ExportActions::copyImage(QWidget* widget)
{
    QApplication::clipboard()->setImage(renderImage(widget));
}

QString ExportActions::askSavePath(QWidget* parent, const QString& title, const QString& suggestedName,
                                   const QString& filter)
{
    const QString folder = exportFolder.get().isEmpty() ? QDir::homePath() : exportFolder.get();
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filter);
    if (!path.isEmpty())
        exportFolder.set(QFileInfo(path).absolutePath());
    return path;
}

void ExportActions::reportError(QWidget* parent, const QString& error)
{
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Export failed"), io::fitKoreanParticles(error));
}

void ExportActions::reportSave(QWidget* parent, const QString& path, const QString& error)
{
    if (!error.isEmpty()) {
        reportError(parent, error);
        return;
    }
    // A note beside what was saved, gone by itself: the export worked and where it went.
    QToolTip::showText(parent->mapToGlobal(QPoint(0, 0)), savedText(path), parent, QRect(), 4000);
}

QString ExportActions::savedText(const QString& path)
{
    return io::fitKoreanParticles(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ExportActions::addImageActions(QMenu* menu, QWidget* widget, const QString& baseName)
{
    // Both follow the name the user gives: "map.svg" typed in the PNG dialog is an SVG drawing.
    menu->addAction(tr("Save image as PNG…"), widget, [widget, baseName] {
        const QString path = askSavePath(widget, tr("Save image as PNG"), baseName + QStringLiteral(".png"),
                                         tr("PNG pictures (*.png)"));
        if (!path.isEmpty())
            reportSave(widget, path, saveImage(widget, path));
    });
    menu->addAction(tr("Save image as SVG…"), widget, [widget, baseName] {
        const QString path = askSavePath(widget, tr("Save image as SVG"), baseName + QStringLiteral(".svg"),
                                         tr("SVG drawings (*.svg)"));
        if (!path.isEmpty())
            reportSave(widget, path, saveImage(widget, path));
    });
    menu->addAction(tr("Copy image"), widget, [widget] { copyImage(widget); });
}

void ExportActions::addMatrixAction(QMenu* menu, QWidget* widget, std::function<core::Matrix()> matrix,
                                    const QString& baseName)
{
    menu->addAction(tr("Save values as CSV…"), widget, [widget, matrix = std::move(matrix), baseName] {
        const QString path = askSavePath(widget, tr("Save values as CSV"), baseName + QStringLiteral(".csv"),
                                         tr("CSV tables (*.csv)"));
        if (!path.isEmpty())
            reportSave(widget, path, saveMatrixCsv(matrix(), path));
    });
}

void ExportActions::installImageMenu(QWidget* widget, const QString& baseName)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(widget, &QWidget::customContextMenuRequested, widget, [widget, baseName](const QPoint& position) {
        QMenu menu(widget);
        addImageActions(&menu, widget, baseName);
        menu.exec(widget->mapToGlobal(position));
    });
}

} // namespace convscope::ui
