// convscope-cli run as a separate process, as a student or a script runs it: with no display, in
// the fixture folder, checking exit status, stdout and stderr exactly.

#include "tests/catch.h"
#include "tests/cli/cli_runner.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <string>
#include <vector>

using convscope::test::CliRun;

namespace {

const QString dataDir = QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/cli/data");

// Runs in the fixture folder, so messages name the fixtures as a student would type them.
CliRun runCli(const QStringList& arguments)
{
    return convscope::test::runCli(arguments, dataDir);
}

CliRun runCli(std::initializer_list<const char*> arguments)
{
    return convscope::test::runCli(arguments, dataDir);
}

void requireSuccess(const CliRun& run)
{
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
}

} // namespace

TEST_CASE("the lecture's convolution through the command line")
{
    const CliRun csv = runCli({"conv", "--input", "image.csv", "--kernel", "kernel.csv"});
    requireSuccess(csv);
    CHECK(csv.out == "4,3,4\n2,4,3\n2,3,4\n");

    const CliRun json = runCli({"conv", "--input", "image.csv", "--kernel", "kernel.json", "--stride", "2"});
    requireSuccess(json);
    CHECK(json.out == "4,4\n2,4\n");

    SECTION("K filters give JSON [K][H][W]; a bias is added per filter")
    {
        const CliRun bank = runCli({"conv", "--input", "image.csv", "--kernel", "kernel-bank.json", "--bias", "[0.5,-1]"});
        requireSuccess(bank);
        CHECK(bank.out
              == "[\n  [\n    [4.5,3.5,4.5],\n    [2.5,4.5,3.5],\n    [2.5,3.5,4.5]\n  ],\n"
                 "  [\n    [0,0,0],\n    [-1,0,0],\n    [-1,0,0]\n  ]\n]\n");
    }

    SECTION("a kernel written inline as JSON")
    {
        const CliRun inlined = runCli({"conv", "--input", "image.csv", "--kernel", "[[1,0,1],[0,1,0],[1,0,1]]"});
        requireSuccess(inlined);
        CHECK(inlined.out == "4,3,4\n2,4,3\n2,3,4\n");
    }

    SECTION("zero padding 1 keeps the 5x5 size")
    {
        const CliRun padded = runCli({"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--padding=1", "--bias", "1"});
        requireSuccess(padded);
        CHECK(padded.out == "3,3,4,2,2\n2,5,4,5,2\n2,3,5,4,4\n2,3,4,5,2\n1,3,3,2,2\n");
    }
}

TEST_CASE("the lecture's output size through the command line")
{
    const CliRun shape = runCli({"shape", "--input", "28x28x1", "--kernel", "4", "--stride", "2", "--padding", "1", "--filters", "64"});
    requireSuccess(shape);
    CHECK(shape.out == "14x14x64\n");

    const CliRun explain = runCli(
        {"shape", "--input", "28x28x1", "--kernel", "4", "--stride", "2", "--padding", "1", "--filters", "64", "--explain"});
    requireSuccess(explain);
    CHECK(explain.out
          == "W_out = (W_in - F + 2P)/S + 1 = (28 - 4 + 2*1)/2 + 1 = 14\n"
             "H_out = (H_in - F + 2P)/S + 1 = (28 - 4 + 2*1)/2 + 1 = 14\n"
             "depth = K, the number of filters = 64\n"
             "14x14x64\n");

    SECTION("a division that is not whole is rounded down and explained")
    {
        const CliRun uneven = runCli(
            {"shape", "--input", "29x28x3", "--kernel", "4", "--stride", "2", "--padding", "1", "--filters", "8", "--explain"});
        requireSuccess(uneven);
        CHECK(uneven.out
              == "W_out = (W_in - F + 2P)/S + 1 = (29 - 4 + 2*1)/2 + 1 = floor(13.5) + 1 = 14\n"
                 "  27 is not a multiple of the stride 2, so the division is rounded down: the last 1 column of the "
                 "padded input is never covered by a window.\n"
                 "H_out = (H_in - F + 2P)/S + 1 = (28 - 4 + 2*1)/2 + 1 = 14\n"
                 "depth = K, the number of filters = 8\n"
                 "14x14x8\n");
    }

    SECTION("dilation widens the filter to D*(F-1)+1")
    {
        const CliRun dilated = runCli({"shape", "--input", "28x28", "--kernel", "3", "--stride", "1", "--padding", "0",
                                       "--filters", "2", "--dilation", "2", "--explain"});
        requireSuccess(dilated);
        CHECK(dilated.out.starts_with("F_eff = D*(F - 1) + 1 = 2*(3 - 1) + 1 = 5\n"
                                      "W_out = (W_in - F_eff + 2P)/S + 1 = (28 - 5 + 2*0)/1 + 1 = 24\n"));
        CHECK(dilated.out.ends_with("24x24x2\n"));
    }
}

TEST_CASE("pooling with a 2x2 window: max, average and min on the same input")
{
    // pool.csv: 1,4,2,0 / 3,2,1,2 / 1,0,3,1 / 0,1,2,2
    const CliRun max = runCli({"pool", "--input", "pool.csv", "--mode", "max", "--window", "2"});
    requireSuccess(max);
    CHECK(max.out == "4,2\n1,3\n");
    const CliRun avg = runCli({"pool", "--input", "pool.csv", "--mode", "avg", "--window", "2"});
    requireSuccess(avg);
    CHECK(avg.out == "2.5,1.25\n0.5,2\n");
    const CliRun min = runCli({"pool", "--input", "pool.csv", "--mode", "min", "--window", "2"});
    requireSuccess(min);
    CHECK(min.out == "1,0\n0,1\n");
    const CliRun strided = runCli({"pool", "--input", "pool.csv", "--mode", "max", "--window", "2", "--stride", "1"});
    requireSuccess(strided);
    CHECK(strided.out == "4,4,2\n3,3,3\n1,3,3\n");
}

TEST_CASE("presets lists every kernel with its weights")
{
    const CliRun presets = runCli({"presets"});
    requireSuccess(presets);
    for (const char* id : {"identity", "edge", "sobel-x", "sobel-y", "sharpen", "blur", "gaussian", "emboss"}) {
        const std::string row = std::string(id) + "  ";
        CHECK((presets.out.starts_with(row) || presets.out.find("\n" + row) != std::string::npos));
    }
    CHECK(presets.out.find("-1,-1,-1; -1,8,-1; -1,-1,-1\n") != std::string::npos);
    CHECK(presets.out.find("0,-1,0; -1,5,-1; 0,-1,0\n") != std::string::npos);
    CHECK(presets.out.find("0.0625,0.125,0.0625; 0.125,0.25,0.125; 0.0625,0.125,0.0625\n") != std::string::npos);

    const CliRun edge = runCli({"conv", "--input", "pool.csv", "--kernel", "edge"});
    requireSuccess(edge);
    CHECK(edge.out == "1,-6\n-13,13\n"); // 8·centre − the 8 neighbours, by hand
}

TEST_CASE("an image in, an activation map PNG out")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // 6×3: three black columns, then three white ones: a vertical edge.
    QImage image(6, 3, QImage::Format_Grayscale8);
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 6; ++x)
            image.setPixel(x, y, x < 3 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    const QString input = dir.filePath(QStringLiteral("edge.png"));
    REQUIRE(image.save(input));

    // Sobel X (right column minus left, 1 2 1 weights) sees the edge in the two middle windows.
    const CliRun text = runCli({QStringLiteral("conv"), QStringLiteral("--input"), input, QStringLiteral("--kernel"),
                                QStringLiteral("sobel-x")});
    requireSuccess(text);
    CHECK(text.out == "0,4,4,0\n");

    const QString output = dir.filePath(QStringLiteral("map.png"));
    const CliRun map = runCli({QStringLiteral("conv"), QStringLiteral("--input"), input, QStringLiteral("--kernel"),
                               QStringLiteral("sobel-x"), QStringLiteral("--output"), output});
    requireSuccess(map);
    CHECK(map.out == "wrote " + output.toStdString() + ": 4\u00d71, values 0 (black) to 4 (white)\n");
    const QImage written(output);
    REQUIRE(written.size() == QSize(4, 1));
    CHECK(qGray(written.pixel(0, 0)) == 0);
    CHECK(qGray(written.pixel(1, 0)) == 255);
    CHECK(qGray(written.pixel(2, 0)) == 255);
    CHECK(qGray(written.pixel(3, 0)) == 0);

    SECTION("--channels rgb and K filters write one map per filter")
    {
        QImage colour(2, 2, QImage::Format_RGB32);
        colour.fill(qRgb(255, 0, 0));
        colour.setPixel(1, 1, qRgb(0, 255, 0));
        const QString rgbInput = dir.filePath(QStringLiteral("colour.png"));
        REQUIRE(colour.save(rgbInput));
        // Two 1×1 filters over R, G, B: the first keeps red, the second green.
        const QString bank = dir.filePath(QStringLiteral("pick.json"));
        QFile file(bank);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[[[[1]],[[0]],[[0]]], [[[0]],[[1]],[[0]]]]");
        file.close();

        const CliRun rgb = runCli({QStringLiteral("conv"), QStringLiteral("--input"), rgbInput, QStringLiteral("--kernel"), bank,
                                   QStringLiteral("--channels"), QStringLiteral("rgb")});
        requireSuccess(rgb);
        CHECK(rgb.out == "[\n  [\n    [1,1],\n    [1,0]\n  ],\n  [\n    [0,0],\n    [0,1]\n  ]\n]\n");

        const QString maps = dir.filePath(QStringLiteral("pick.png"));
        const CliRun written2 = runCli({QStringLiteral("conv"), QStringLiteral("--input"), rgbInput, QStringLiteral("--kernel"),
                                        bank, QStringLiteral("--channels"), QStringLiteral("rgb"), QStringLiteral("--output"), maps});
        requireSuccess(written2);
        CHECK(QImage(dir.filePath(QStringLiteral("pick-0.png"))).pixel(1, 1) == qRgb(0, 0, 0));
        CHECK(QImage(dir.filePath(QStringLiteral("pick-1.png"))).pixel(1, 1) == qRgb(255, 255, 255));
        CHECK_FALSE(QFile::exists(maps));
    }
}

TEST_CASE("help for the tool and for each command, each with an example")
{
    const CliRun tool = runCli({"--help"});
    requireSuccess(tool);
    CHECK(tool.out.starts_with("convscope-cli: "));
    for (const char* command : {"presets", "conv", "pool", "shape"}) {
        CHECK(tool.out.find("  " + std::string(command) + " ") != std::string::npos);
        const CliRun help = runCli({command, "--help"});
        INFO(command);
        requireSuccess(help);
        CHECK(help.out.starts_with("Usage: convscope-cli " + std::string(command)));
        CHECK(help.out.find("\nExample:\n  convscope-cli " + std::string(command)) != std::string::npos);
    }
    CHECK(runCli({"help", "pool"}).out == runCli({"pool", "--help"}).out);
}

TEST_CASE("bad input: exit 2, one line on stderr naming the fault, nothing on stdout")
{
    struct BadInput {
        std::vector<const char*> arguments;
        const char* fault; // must appear in the stderr line
    };
    const BadInput bad = GENERATE(values<BadInput>({
        {{"conv", "--input", "empty.csv", "--kernel", "kernel.csv"}, "conv: empty.csv: the file is empty"},
        {{"conv", "--input", "ragged.csv", "--kernel", "kernel.csv"}, "ragged.csv: row 2 has 2 values but row 1 has 3"},
        {{"conv", "--input", "image.csv", "--kernel", "not-a-number.csv"},
         "not-a-number.csv: row 2, column 3: 'abc' is not a number"},
        {{"conv", "--input", "nan.csv", "--kernel", "kernel.csv"}, "nan.csv: row 2, column 2: 'nan' is not a finite number"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--bias", "inf"},
         "--bias: row 1, column 1: 'inf' is not a finite number"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--bias", "1e309"}, "'1e309' is too large"},
        {{"conv", "--input", "missing.csv", "--kernel", "kernel.csv"}, "missing.csv: no such file"},
        {{"conv", "--input", "image.csv", "--kernel", "missing.json"}, "missing.json: no such file"},
        {{"conv", "--input", ".", "--kernel", "kernel.csv"}, ".: is a folder, not a file"},
        {{"conv", "--input", "/dev/zero", "--kernel", "kernel.csv"}, "/dev/zero: the file is larger than the limit of 64 MB"},
        {{"conv", "--input", "text.png", "--kernel", "kernel.csv"}, "text.png: not an image that can be read"},
        {{"conv", "--input", "truncated.png", "--kernel", "kernel.csv"}, "truncated.png: the image cannot be decoded"},
        {{"conv", "--input", "huge-claim.png", "--kernel", "kernel.csv"},
         "huge-claim.png: 50000\u00d750000 pixels is larger than the limit of 50 megapixels"},
        {{"conv", "--input", "image.csv", "--kernel", "deep.json"}, "deep.json: byte 4: nested more than 4 levels deep"},
        {{"conv", "--input", "cut-off.json", "--kernel", "kernel.csv"},
         "cut-off.json: the JSON stops at byte 21 before it is complete (is the file cut off?)"},
        {{"conv", "--input", "kernel-bank.json", "--kernel", "kernel.csv"},
         "kernel-bank.json: an input is [H][W] or [C][H][W], not 4 levels deep"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel-2-channels.json"},
         "kernel-2-channels.json: each filter has 2 channel(s) but the input image.csv has 1"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel-bank.json", "--bias", "[1,2,3]"},
         "--bias has 3 values but there are 2 filters"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--stride", "0"}, "--stride must be at least 1, not 0"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--stride", "-1"}, "--stride must be at least 1, not -1"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--stride", "two"}, "--stride must be a whole number, not 'two'"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--padding", "-1"}, "--padding must be at least 0, not -1"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--padding", "99999999999"},
         "--padding must be at most 1000000, not 99999999999"},
        {{"conv", "--input", "kernel.csv", "--kernel", "image.csv"},
         "no window fits across the width: the filter spans 5 columns but the padded input is only 3 wide"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--dilation", "3"}, "the filter spans 7 columns"},
        {{"pool", "--input", "pool.csv", "--mode", "max", "--window", "5"},
         "the 5\u00d75 window does not fit the input pool.csv, which has 4 row(s) and 4 column(s)"},
        {{"pool", "--input", "pool.csv", "--mode", "max", "--window", "2", "--stride", "0"}, "--stride must be at least 1, not 0"},
        {{"pool", "--input", "pool.csv", "--mode", "median", "--window", "2"}, "--mode must be max, avg or min, not 'median'"},
        {{"pool", "--input", "pool.csv", "--window", "2"}, "option --mode max|avg|min is required"},
        {{"conv", "--input", "image.csv", "--kernel", "[[1,0],[0]]"}, "--kernel: [1] has 1 elements but [0] has 2"},
        {{"conv", "--input", "image.csv", "--kernel", "edgy"}, "--kernel 'edgy' is neither a file nor a preset; the presets are identity, edge"},
        {{"convolve", "--input", "image.csv"}, "convscope-cli: unknown command 'convolve'; the commands are presets, conv, pool, shape"},
        {{"--verbose"}, "convscope-cli: unknown option --verbose"},
        {{}, "convscope-cli: no command given"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--strid", "2"}, "unknown option --strid; did you mean --stride?"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--colour", "rgb"}, "unknown option --colour"},
        {{"conv", "--kernel", "kernel.csv"}, "conv: option --input X is required"},
        {{"conv", "--input", "image.csv", "--kernel"}, "option --kernel needs a value"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "image.csv"}, "unexpected argument 'image.csv'"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--stride", "1", "--stride", "2"}, "option --stride is given twice"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--channels", "rgb"}, "--channels applies to an image input"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--output", "map.jpg"}, "--output writes PNG images"},
        {{"conv", "--input", "image.csv", "--kernel", "kernel.csv", "--output", "no-such-folder/map.png"},
         "the folder no-such-folder does not exist"},
        {{"shape", "--input", "28x28x1", "--kernel", "4", "--stride", "2", "--padding", "1"}, "shape: option --filters K is required"},
        {{"shape", "--input", "28 by 28", "--kernel", "4", "--stride", "2", "--padding", "1", "--filters", "64"},
         "--input must be the input size WxHxC, e.g. 28x28x1, not '28 by 28'"},
        {{"shape", "--input", "28x28x1", "--kernel", "4", "--stride", "0", "--padding", "1", "--filters", "64"},
         "--stride must be at least 1, not 0"},
        {{"shape", "--input", "2x28x1", "--kernel", "5", "--stride", "1", "--padding", "1", "--filters", "64"},
         "no window fits across the width: the filter spans 5 columns but the padded input is only 4 wide (W_in + 2P = 2 + 2*1)"},
    }));

    QStringList arguments;
    for (const char* argument : bad.arguments)
        arguments.append(QString::fromUtf8(argument));
    INFO("convscope-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    const CliRun run = runCli(arguments);
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err.starts_with("convscope-cli"));
    CHECK(run.err.find('\n') == run.err.size() - 1);
    CHECK(run.err.find(bad.fault) != std::string::npos);
}
