#pragma once

#include "core/worksheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace convscope::io {

// A core::Worksheet printed on two A4 pages, the same from the GUI and from convscope-cli:
//
//   page 1  the title, name and date lines, the image (the zero-padding ring drawn dashed), the
//           kernel, S, P and F, the size question W_out = (W_in − F + 2P)/S + 1 = ___, and an
//           empty output grid of W_out × W_out cells to fill in
//   page 2  the answers: the size formula with the numbers substituted, the filled output grid
//           and the first cell worked out product by product ("2×1 + 3×(−1) + … = 4")
//
// The sheet's words are in `language` ("en" or "ko", io::Translations::languages()), whatever the
// interface's language, from the embedded :/i18n/convscope_<language>.qm. Fonts need a
// QGuiApplication (the command line creates one on the offscreen platform).
class WorksheetPdf {
    Q_DECLARE_TR_FUNCTIONS(WorksheetPdf)

public:
    static QByteArray render(const core::Worksheet& sheet, const QString& language);

    // render() written to `path` atomically (QSaveFile: the old file or the whole new one, never
    // half a PDF). Empty on success, else one sentence in the interface's language.
    static QString save(const core::Worksheet& sheet, const QString& language, const QString& path);
};

} // namespace convscope::io
