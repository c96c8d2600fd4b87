#pragma once

#include "core/tensor.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace convscope::ui {

// Exports for slides: any grid, map or chart as a PNG or SVG picture drawn by its own paint code,
// a matrix or a table as CSV. The save functions return an empty string on success and otherwise
// one translated sentence naming the file and what went wrong; every file is written through a
// QSaveFile, so an existing file is either replaced whole or left as it was.
//
// The menu functions add the entries to a context menu; they ask for a file name and show any
// error in a message box.
class ExportActions : public QObject {
    Q_OBJECT

public:
    // PNGs are drawn at twice the screen's size so they stay sharp on a projector.
    static constexpr double pngScale = 2.0;
    // The border, in screen pixels, kept around what a widget draws: a slide gets the picture,
    // not the empty part of the widget around it.
    static constexpr int margin = 6;

    // The widget and its children as shown, `scale` times its size in pixels (device pixel
    // ratio `scale`, so text and lines are drawn at that resolution rather than enlarged),
    // cut to what is drawn plus `margin`.
    static QImage renderImage(QWidget* widget, double scale = pngScale);
    // `image` without the rows and columns of `background` around its content, but `keep` pixels.
    static QImage trimmed(const QImage& image, QRgb background, int keep);
    // In the format the name asks for: .svg a drawing, .png (or no suffix: .png added) a picture,
    // another format Qt writes (.jpg, .bmp) that picture; any other suffix is refused, named.
    static QString saveImage(QWidget* widget, const QString& path);
    static QString savePng(QWidget* widget, const QString& path);
    // Vector drawing: text stays text (cell numbers are searchable and editable in the SVG).
    static QString saveSvg(QWidget* widget, const QString& path);
    static QString saveMatrixCsv(const Eigen::Ref<const core::Matrix>& matrix, const QString& path);
    static QString saveBytes(const QByteArray& bytes, const QString& path);
    static void copyImage(QWidget* widget);

    // "Save image as PNG…", "Save image as SVG…", "Copy image". `baseName` suggests file names.
    static void addImageActions(QMenu* menu, QWidget* widget, const QString& baseName);
    // "Save values as CSV…" for the matrix `matrix()` returns when chosen.
    static void addMatrixAction(QMenu* menu, QWidget* widget, std::function<core::Matrix()> matrix,
                                const QString& baseName);
    // A right-click menu with the image actions on a widget that has no menu of its own (a chart).
    static void installImageMenu(QWidget* widget, const QString& baseName);

    // A file name chosen by the user in the folder of the last export, or empty when cancelled.
    static QString askSavePath(QWidget* parent, const QString& title, const QString& suggestedName,
                               const QString& filter);
    // Shows a failed save's sentence; does nothing for an empty one.
    static void reportError(QWidget* parent, const QString& error);
    // After a save: the error in a message box, or a passing note "Saved PATH" beside `parent`.
    static void reportSave(QWidget* parent, const QString& path, const QString& error);
    static QString savedText(const QString& path);

private:
    static QString writeRaster(QWidget* widget, const QString& path, const QByteArray& format);
};

} // namespace convscope::ui
