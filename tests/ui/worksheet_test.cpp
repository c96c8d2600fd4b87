// The printable worksheet: the PDF io::WorksheetPdf writes, and File ▸ Print a worksheet….

#include "core/worksheet.h"
#include "tests/catch.h"
#include "tests/pdf_streams.h"
#include "ui/io/worksheet_pdf.h"
#include "ui/worksheet/worksheet_dialog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace convscope;

namespace {

// The PDF with every Flate stream inflated after it: the pages' drawing, and the fonts' ToUnicode
// maps ("<0001> <CEE8>"), which name each character drawn, whether Qt compressed them or not.
QByteArray inflatedStreams(const QByteArray& pdf)
{
    QByteArray joined = pdf;
    for (const QByteArray& stream : test::inflatedPdfStreams(pdf))
        joined += stream;
    return joined.toUpper();
}

// The only part of the PDF that may change between two renderings.
QByteArray withoutCreationDate(const QByteArray& pdf)
{
    static const QRegularExpression creationDate(QStringLiteral("/CreationDate \\([^)]*\\)"));
    return QString::fromLatin1(pdf).remove(creationDate).toLatin1();
}

} // namespace

TEST_CASE("a worksheet is a two-page A4 PDF in either language")
{
    const core::Worksheet sheet = core::makeWorksheet(7);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        INFO(language.toStdString());
        const QByteArray pdf = io::WorksheetPdf::render(sheet, language);
        REQUIRE(pdf.startsWith("%PDF-"));
        CHECK(pdf.trimmed().endsWith("%%EOF"));
        CHECK(test::pdfPageCount(pdf) == 2);
        // A4 in points: 595 × 842.
        CHECK(pdf.contains("/MediaBox [0 0 595"));
    }
}

TEST_CASE("the Korean worksheet embeds the Hangul it draws, the English one none")
{
    const core::Worksheet sheet = core::makeWorksheet(7);
    // 컨 (U+CEE8) from 컨볼루션, in the title "컨볼루션 학습지"; the minus sign U+2212 and × U+00D7
    // of the formulas in both.
    const QByteArray korean = inflatedStreams(io::WorksheetPdf::render(sheet, QStringLiteral("ko")));
    const QByteArray english = inflatedStreams(io::WorksheetPdf::render(sheet, QStringLiteral("en")));
    CHECK(korean.contains("CEE8"));
    CHECK_FALSE(english.contains("CEE8"));
    CHECK(english.contains("2212"));
    CHECK(english.contains("00D7"));
}

TEST_CASE("the dialog writes the worksheet of its number and language")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    ui::WorksheetDialog dialog;
    dialog.setSeed(7);
    dialog.setLanguage(QStringLiteral("ko"));
    CHECK(dialog.seed() == 7);
    CHECK(dialog.language() == QStringLiteral("ko"));

    const QString path = folder.filePath(QStringLiteral("sheet.pdf"));
    CHECK(dialog.saveTo(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(test::pdfPageCount(written) == 2);
    // The same pages as the command line's for seed 7 in Korean (the creation date aside).
    const QByteArray rendered = io::WorksheetPdf::render(core::makeWorksheet(7), QStringLiteral("ko"));
    CHECK(withoutCreationDate(written) == withoutCreationDate(rendered));
    CHECK(withoutCreationDate(written) != withoutCreationDate(io::WorksheetPdf::render(core::makeWorksheet(8), QStringLiteral("ko"))));

    SECTION("a folder that does not exist: a message naming the path, nothing written")
    {
        const QString missing = folder.filePath(QStringLiteral("no-such-folder/sheet.pdf"));
        const QString error = dialog.saveTo(missing);
        CHECK(error.contains(missing));
        CHECK_FALSE(QFile::exists(missing));
    }
}
