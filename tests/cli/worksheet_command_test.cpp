// convscope-cli worksheet run as a process with no display: the PDF written, the same for the
// same seed, and every bad input refused with one line and exit status 2.

#include "tests/catch.h"
#include "tests/cli/cli_runner.h"
#include "tests/pdf_streams.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <string>
#include <vector>

using convscope::test::CliRun;

namespace {

QByteArray worksheetFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the pages draw: their content streams inflated, each font named /F instead of by its object
// number. Qt writes the font objects in an order that changes from run to run, so the files differ
// while the pages are the same.
QByteArray worksheetDrawing(const QByteArray& pdf)
{
    static const QRegularExpression fontName(QStringLiteral("/F\\d+ "));
    QByteArray drawing;
    for (const QByteArray& stream : convscope::test::inflatedPdfStreams(pdf))
        if (stream.contains(" Tf "))
            drawing += QString::fromLatin1(stream).replace(fontName, QStringLiteral("/F ")).toLatin1();
    return drawing;
}

} // namespace

TEST_CASE("worksheet writes a two-page PDF, the same for the same seed")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const CliRun first = convscope::test::runCli(QStringList{QStringLiteral("worksheet"), QStringLiteral("--seed"), QStringLiteral("7"),
                                            QStringLiteral("--output"), QStringLiteral("sheet.pdf")},
                                folder.path());
    INFO("stderr: " << first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.empty());
    CHECK(first.out == "sheet.pdf: worksheet 7, the problem on page 1 and the answers on page 2\n");
    const QByteArray pdf = worksheetFile(folder.filePath(QStringLiteral("sheet.pdf")));
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(convscope::test::pdfPageCount(pdf) == 2);
    REQUIRE(worksheetDrawing(pdf).count(" Tf ") > 50);

    // Written again over the first: the same sheet.
    const CliRun again = convscope::test::runCli(QStringList{QStringLiteral("worksheet"), QStringLiteral("--output=sheet.pdf"), QStringLiteral("--seed=7")},
                                folder.path());
    REQUIRE(again.exitCode == 0);
    CHECK(worksheetDrawing(worksheetFile(folder.filePath(QStringLiteral("sheet.pdf")))) == worksheetDrawing(pdf));

    const CliRun other = convscope::test::runCli(QStringList{QStringLiteral("worksheet"), QStringLiteral("--seed"), QStringLiteral("8"),
                                            QStringLiteral("--output"), QStringLiteral("other.pdf")},
                                folder.path());
    REQUIRE(other.exitCode == 0);
    CHECK(worksheetDrawing(worksheetFile(folder.filePath(QStringLiteral("other.pdf")))) != worksheetDrawing(pdf));

    SECTION("in Korean: the sheet and the message")
    {
        const CliRun korean = convscope::test::runCli(QStringList{QStringLiteral("worksheet"), QStringLiteral("--seed"), QStringLiteral("7"),
                                                 QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--output"),
                                                 QStringLiteral("ko.pdf")},
                                     folder.path());
        INFO("stderr: " << korean.err);
        REQUIRE(korean.exitCode == 0);
        CHECK(korean.out.starts_with("ko.pdf: "));
        CHECK(korean.out.find("\xEC\xA0\x95\xEB\x8B\xB5") != std::string::npos); // 정답, the answers
        const QByteArray koreanPdf = worksheetFile(folder.filePath(QStringLiteral("ko.pdf")));
        CHECK(convscope::test::pdfPageCount(koreanPdf) == 2);
        CHECK(worksheetDrawing(koreanPdf) != worksheetDrawing(pdf));
    }
}

TEST_CASE("worksheet help lists its options with an example")
{
    const CliRun tool = convscope::test::runCli({"--help"});
    REQUIRE(tool.exitCode == 0);
    CHECK(tool.out.find("\n  worksheet  Write a printable convolution worksheet") != std::string::npos);
    const CliRun help = convscope::test::runCli({"worksheet", "--help"});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.starts_with("Usage: convscope-cli worksheet --seed N [--lang ko|en] --output FILE.pdf"));
    CHECK(help.out.find("\nExample:\n  convscope-cli worksheet --seed 7") != std::string::npos);
}

TEST_CASE("worksheet: bad input gives exit 2 and one line naming the fault")
{
    struct BadInput {
        std::vector<const char*> arguments;
        const char* fault;
    };
    const BadInput bad = GENERATE(values<BadInput>({
        {{"worksheet", "--seed", "7"}, "worksheet: option --output FILE.pdf is required"},
        {{"worksheet", "--output", "sheet.pdf"}, "worksheet: option --seed N is required"},
        {{"worksheet", "--seed", "seven", "--output", "sheet.pdf"}, "--seed must be a whole number from 0 to 999999999, not 'seven'"},
        {{"worksheet", "--seed", "-1", "--output", "sheet.pdf"}, "--seed must be a whole number from 0 to 999999999, not '-1'"},
        {{"worksheet", "--seed", "1000000000", "--output", "sheet.pdf"}, "not '1000000000'"},
        {{"worksheet", "--seed", "7", "--output", "no-such-folder/sheet.pdf"}, "the folder no-such-folder does not exist"},
        {{"worksheet", "--seed", "7", "--output", "."}, "--output . is a folder"},
        {{"worksheet", "--seed", "7", "--output", "/proc/sheet.pdf"}, "cannot write /proc/sheet.pdf"},
        {{"worksheet", "--seed", "7", "--lang", "fr", "--output", "sheet.pdf"}, "unknown language 'fr'"},
    }));
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QStringList arguments;
    for (const char* argument : bad.arguments)
        arguments.append(QString::fromUtf8(argument));
    INFO("convscope-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    const CliRun run = convscope::test::runCli(arguments, folder.path());
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find(bad.fault) != std::string::npos);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("sheet.pdf"))));
}
