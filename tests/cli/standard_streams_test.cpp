// convscope-cli with "-" for a file: standard input read as the file would be, standard output
// holding the PNG or PDF alone, and the misuses refused with one line: standard input twice,
// empty or endless, several maps or binary data for one stdout, a terminal or a full disk behind it.

#include "tests/catch.h"
#include "tests/cli/cli_runner.h"
#include "tests/pdf_streams.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <string>

using convscope::test::CliRun;
using convscope::test::CliStreams;
using Catch::Matchers::Contains;

namespace {

const QString fixtures = QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/cli/data");
const std::string pngSignature("\x89PNG\r\n\x1a\n", 8);

QStringList argumentsOf(std::initializer_list<const char*> arguments)
{
    QStringList list;
    for (const char* argument : arguments)
        list.append(QString::fromUtf8(argument));
    return list;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Runs in the fixture folder with `input` on standard input.
CliRun runWithInput(std::initializer_list<const char*> arguments, const QByteArray& input, const QString& folder = fixtures)
{
    return convscope::test::runCli(argumentsOf(arguments), CliStreams{input, {}, {}}, folder);
}

void requireSucceeded(const CliRun& run)
{
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
}

// Exit 2, nothing on stdout, one line on stderr holding `fault`.
void requireRefused(const CliRun& run, const std::string& fault)
{
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    CHECK_THAT(run.err, Contains(fault));
}

// 6×3: three black columns, then three white ones; Sobel X sees the edge in the middle windows.
QByteArray edgePng()
{
    QImage image(6, 3, QImage::Format_Grayscale8);
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 6; ++x)
            image.setPixel(x, y, x < 3 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return png;
}

// A pseudo-terminal whose other end stands in for a student's terminal window.
class Terminal {
public:
    Terminal()
        : m_master(::posix_openpt(O_RDWR | O_NOCTTY))
    {
        if (m_master >= 0 && ::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0)
            m_name = QString::fromLocal8Bit(::ptsname(m_master));
    }
    ~Terminal()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    const QString& name() const { return m_name; } // empty when the system has no terminals to give

private:
    int m_master;
    QString m_name;
};

} // namespace

TEST_CASE("a matrix from standard input gives what the file gives")
{
    const QByteArray image = fileBytes(fixtures + QStringLiteral("/image.csv"));
    const CliRun fromFile = convscope::test::runCli({"conv", "--input", "image.csv", "--kernel", "kernel.csv"}, fixtures);
    requireSucceeded(fromFile);
    REQUIRE(fromFile.out == "4,3,4\n2,4,3\n2,3,4\n");

    const CliRun input = runWithInput({"conv", "--input", "-", "--kernel", "kernel.csv"}, image);
    requireSucceeded(input);
    CHECK(input.out == fromFile.out);

    const CliRun kernel = runWithInput({"conv", "--input", "image.csv", "--kernel", "-"}, fileBytes(fixtures + QStringLiteral("/kernel.csv")));
    requireSucceeded(kernel);
    CHECK(kernel.out == fromFile.out);

    const CliRun bias = runWithInput({"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--bias", "-"}, "[1]");
    requireSucceeded(bias);
    CHECK(bias.out == "5,4,5\n3,5,4\n3,4,5\n");

    const CliRun pool = runWithInput({"pool", "--input", "-", "--mode", "max", "--window", "2"}, fileBytes(fixtures + QStringLiteral("/pool.csv")));
    requireSucceeded(pool);
    CHECK(pool.out == "4,2\n1,3\n");

    SECTION("a fault in it is reported as the file's would be, naming standard input")
    {
        requireRefused(runWithInput({"conv", "--input", "-", "--kernel", "kernel.csv"}, fileBytes(fixtures + QStringLiteral("/ragged.csv"))),
                       "conv: standard input: row 2 has 2 values but row 1 has 3");
    }
}

TEST_CASE("an image from standard input is recognised by its first bytes")
{
    const QByteArray png = edgePng();
    const CliRun conv = runWithInput({"conv", "--input", "-", "--kernel", "sobel-x"}, png);
    requireSucceeded(conv);
    CHECK(conv.out == "0,4,4,0\n");

    const CliRun pool = runWithInput({"pool", "--input", "-", "--mode", "max", "--window", "3"}, png);
    requireSucceeded(pool);
    CHECK(pool.out == "0,1\n");

    SECTION("predict reads its picture, or its model, from standard input")
    {
        QTemporaryDir folder;
        REQUIRE(folder.isValid());
        const QString picture = folder.filePath(QStringLiteral("edge.png"));
        QFile file(picture);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        const QString model = QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/models/classroom-digits.csmodel");

        const CliRun fromFiles = convscope::test::runCli(
            {QStringLiteral("predict"), QStringLiteral("--model"), model, QStringLiteral("--input"), picture, QStringLiteral("--json")});
        requireSucceeded(fromFiles);
        REQUIRE(fromFiles.out.starts_with("{\"classes\":"));

        const CliRun pictureIn = convscope::test::runCli(
            {QStringLiteral("predict"), QStringLiteral("--model"), model, QStringLiteral("--input"), QStringLiteral("-"), QStringLiteral("--json")},
            CliStreams{png, {}, {}});
        requireSucceeded(pictureIn);
        CHECK(pictureIn.out == fromFiles.out);

        const CliRun modelIn = convscope::test::runCli(
            {QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("-"), QStringLiteral("--input"), picture, QStringLiteral("--json")},
            CliStreams{fileBytes(model), {}, {}});
        requireSucceeded(modelIn);
        CHECK(modelIn.out == fromFiles.out);

        requireRefused(convscope::test::runCli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("-"),
                                                QStringLiteral("--input"), picture},
                                               CliStreams{png, {}, {}}),
                       "predict: standard input: not a ConvScope model file");
    }
}

TEST_CASE("--output - puts the PNG on standard output and nothing else")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QByteArray png = edgePng();
    const CliRun toFile = runWithInput({"conv", "--input", "-", "--kernel", "sobel-x", "--output", "map.png"}, png, folder.path());
    requireSucceeded(toFile);
    CHECK(toFile.out == "wrote map.png: 4\u00d71, values 0 (black) to 4 (white)\n");
    const QByteArray written = fileBytes(folder.filePath(QStringLiteral("map.png")));

    const CliRun toStdout = runWithInput({"conv", "--input", "-", "--kernel", "sobel-x", "--output", "-"}, png, folder.path());
    requireSucceeded(toStdout);
    CHECK(toStdout.out.starts_with(pngSignature));
    CHECK(toStdout.out == written.toStdString());
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("-"))));

    const QImage map = QImage::fromData(QByteArray::fromStdString(toStdout.out), "PNG");
    REQUIRE(map.size() == QSize(4, 1));
    CHECK(qGray(map.pixel(0, 0)) == 0);
    CHECK(qGray(map.pixel(1, 0)) == 255);

    const CliRun pooled = runWithInput({"pool", "--input", "-", "--mode", "max", "--window", "3", "--output", "-"}, png, folder.path());
    requireSucceeded(pooled);
    CHECK(pooled.out.starts_with(pngSignature));
    CHECK(QImage::fromData(QByteArray::fromStdString(pooled.out), "PNG").size() == QSize(2, 1));

    SECTION("several maps do not fit one standard output")
    {
        requireRefused(runWithInput({"conv", "--input", "-", "--kernel", "[[[[1]]],[[[-1]]]]", "--output", "-"}, png, folder.path()),
                       "--output - writes one PNG to standard output, but the result 2\u00d73\u00d76 has 2 channels");
        requireRefused(runWithInput({"pool", "--input", "-", "--channels", "rgb", "--mode", "max", "--window", "3", "--output", "-"},
                                    png, folder.path()),
                       "has 3 channels");
    }
}

TEST_CASE("worksheet --output - puts the PDF on standard output")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const CliRun run = convscope::test::runCli(argumentsOf({"worksheet", "--seed", "7", "--output", "-"}), folder.path());
    requireSucceeded(run);
    const QByteArray pdf = QByteArray::fromStdString(run.out);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(convscope::test::pdfPageCount(pdf) == 2);
    CHECK(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("standard input is read once, and not when empty or endless")
{
    requireRefused(runWithInput({"conv", "--input", "-", "--kernel", "-"}, "1,2\n3,4\n"),
                   "conv: --input - and --kernel - both read standard input, which can be read only once");
    requireRefused(runWithInput({"conv", "--input", "image.csv", "--kernel", "-", "--bias", "-"}, "1"),
                   "--kernel - and --bias - both read standard input");
    requireRefused(runWithInput({"predict", "--model", "-", "--input", "-"}, "1"), "--model - and --input - both read standard input");

    requireRefused(runWithInput({"conv", "--input", "-", "--kernel", "edge"}, {}),
                   "conv: standard input is empty; '-' reads what is sent to it");
    requireRefused(runWithInput({"predict", "--model", "bundled", "--input", "-"}, {}), "predict: standard input is empty");

    // /dev/zero never ends: refused at the limit of a matrix, not read until memory runs out.
    const CliRun endless = convscope::test::runCli(argumentsOf({"conv", "--input", "-", "--kernel", "edge"}),
                                                   CliStreams{{}, QStringLiteral("/dev/zero"), {}}, fixtures);
    requireRefused(endless, "conv: standard input is larger than the limit of 64 MB");
}

TEST_CASE("binary output is not sent to a terminal")
{
    const Terminal terminal;
    INFO("a pseudo-terminal stands in for the student's terminal; /dev/ptmx must be usable");
    REQUIRE_FALSE(terminal.name().isEmpty());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const CliRun run = convscope::test::runCli(argumentsOf({"worksheet", "--seed", "7", "--output", "-"}),
                                               CliStreams{{}, {}, terminal.name()}, folder.path());
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.err, Contains("--output - writes binary data to standard output, which is a terminal here"));
}

TEST_CASE("a full disk behind standard output is an error, not success")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const CliRun run = convscope::test::runCli(argumentsOf({"worksheet", "--seed", "7", "--output", "-"}),
                                               CliStreams{{}, {}, QStringLiteral("/dev/full")}, folder.path());
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.err, Contains("worksheet: standard output cannot be written: "));
}
