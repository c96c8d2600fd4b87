#include "ui/widgets/export_actions.h"

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
#include <QWidget>

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
    image.fill(widget->palette().color(widget->backgroundRole()));
    widget->render(&image);
    return image;
}

QString ExportActions::savePng(QWidget* widget, const QString& path)
{
    QImage image = renderImage(widget);
    // Image viewers and slide programs size a picture by its pixels; keep the DPR out of the file.
    image.setDevicePixelRatio(1.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QImageWriter writer(&file, "png");
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
        QMessageBox::warning(parent, tr("Export failed"), error);
}

void ExportActions::addImageActions(QMenu* menu, QWidget* widget, const QString& baseName)
{
    menu->addAction(tr("Save image as PNG…"), widget, [widget, baseName] {
        const QString path = askSavePath(widget, tr("Save image as PNG"), baseName + QStringLiteral(".png"),
                                         tr("PNG pictures (*.png)"));
        if (!path.isEmpty())
            reportError(widget, savePng(widget, path));
    });
    menu->addAction(tr("Save image as SVG…"), widget, [widget, baseName] {
        const QString path = askSavePath(widget, tr("Save image as SVG"), baseName + QStringLiteral(".svg"),
                                         tr("SVG drawings (*.svg)"));
        if (!path.isEmpty())
            reportError(widget, saveSvg(widget, path));
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
            reportError(widget, saveMatrixCsv(matrix(), path));
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
