#include "ui/io/matrix_file.h"

#include "tests/catch.h"
#include "tests/cli/data_file.h"

#include <QTemporaryDir>

#include <string>

using convscope::core::Tensor;
using convscope::io::formatTensor;
using convscope::io::parseMatrixText;
using convscope::io::parseNumberList;
using convscope::io::readMatrixFile;

using convscope::test::dataFile;

namespace {

std::string errorOf(const QByteArray& text, const char* source = "m.csv")
{
    const auto result = parseMatrixText(text, QString::fromLatin1(source));
    REQUIRE_FALSE(result.ok());
    CHECK(result.tensor.empty());
    return result.error.toStdString();
}

} // namespace

TEST_CASE("CSV holds one matrix, rows by lines")
{
    const auto result = parseMatrixText("1,1,1,0,0\n0,1,1,1,0\n0,0,1,1,1\n0,0,1,1,0\n0,1,1,0,0\n", QStringLiteral("image.csv"));
    REQUIRE(result.ok());
    CHECK(result.depth == 2);
    CHECK(result.tensor
          == Tensor::fromRows({{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}}));

    SECTION("spaces, CRLF line ends, a byte order mark, signs, exponents and trailing blank lines are fine")
    {
        const auto loose = parseMatrixText("\xEF\xBB\xBF 1.5 , -2\r\n+3e1,.25\r\n\r\n\n", QStringLiteral("m.csv"));
        REQUIRE(loose.ok());
        CHECK(loose.tensor == Tensor::fromRows({{1.5f, -2.0f}, {30.0f, 0.25f}}));
    }
}

TEST_CASE("CSV errors name the file, the row and the column")
{
    CHECK(errorOf("1,0,1\n0,1,abc\n", "kernel.csv") == "kernel.csv: row 2, column 3: 'abc' is not a number");
    CHECK(errorOf("1,2,3\n4,5\n") == "m.csv: row 2 has 2 values but row 1 has 3");
    CHECK(errorOf("1,2\n3,\n") == "m.csv: row 2, column 2: the cell is empty");
    CHECK(errorOf("1,nan\n") == "m.csv: row 1, column 2: 'nan' is not a finite number");
    CHECK(errorOf("inf,1\n") == "m.csv: row 1, column 1: 'inf' is not a finite number");
    CHECK(errorOf("1\n-Infinity\n") == "m.csv: row 2, column 1: '-Infinity' is not a finite number");
    CHECK(errorOf("1e309\n") == "m.csv: row 1, column 1: '1e309' is too large (the largest 32-bit float is about 3.4e38)");
    CHECK(errorOf("1e39\n") == "m.csv: row 1, column 1: '1e39' is too large (the largest 32-bit float is about 3.4e38)");
    CHECK(errorOf("1e-400\n") == "m.csv: row 1, column 1: '1e-400' is too close to zero to be stored");
    CHECK(errorOf("1 0 1\n") == "m.csv: row 1, column 1: '1 0 1' is not a number (separate the cells with commas)");
    CHECK(errorOf("0x10\n") == "m.csv: row 1, column 1: '0x10' is not a number");
    CHECK(errorOf("+-1\n") == "m.csv: row 1, column 1: '+-1' is not a number");
    CHECK(errorOf("1,2\n\n3,4\n") == "m.csv: row 2 is empty (blank lines are allowed only at the end)");
    CHECK(errorOf("") == "m.csv: the file is empty");
    CHECK(errorOf(" \n\r\n") == "m.csv: the file is empty");
    CHECK(errorOf(QByteArray("1,2\0", 4)) == "m.csv: not a text file (it holds binary data; save it as UTF-8 text)");
    CHECK(errorOf("1,abcdefghijklmnopqrstuvwxyz0123456789\n")
          == "m.csv: row 1, column 2: 'abcdefghijklmnopqrstuvwx\u2026' is not a number");
}

TEST_CASE("JSON nested arrays keep their depth")
{
    const auto matrix = parseMatrixText("[[1,0,1],[0,1,0]]", QStringLiteral("k.json"));
    REQUIRE(matrix.ok());
    CHECK(matrix.depth == 2);
    CHECK(matrix.tensor == Tensor::fromRows({{1, 0, 1}, {0, 1, 0}}));

    const auto channels = parseMatrixText(" [ [[1,2]], [[3,4]], [[5,6e-1]] ] ", QStringLiteral("x.json"));
    REQUIRE(channels.ok());
    CHECK(channels.depth == 3);
    CHECK(channels.tensor.shape() == std::vector<int>{3, 1, 2});
    CHECK(channels.tensor.at(2, 0, 1) == 0.6f);

    const auto bank = parseMatrixText("[[[[1]],[[2]]],[[[3]],[[4]]],[[[5]],[[6]]]]", QStringLiteral("bank.json"));
    REQUIRE(bank.ok());
    CHECK(bank.depth == 4);
    CHECK(bank.tensor.shape() == std::vector<int>{3, 2, 1, 1});
    CHECK(bank.tensor.at(1, 1, 0, 0) == 4.0f);
}

TEST_CASE("JSON errors give the path of the bad element or the byte of the syntax error")
{
    CHECK(errorOf("[[1,2,3],[4,5,\"abc\"]]", "k.json") == "k.json: [1][2] is the string \"abc\", not a number");
    CHECK(errorOf("[[1,2,3],[4,5]]", "k.json") == "k.json: [1] has 2 elements but [0] has 3 (all rows must be equally long)");
    CHECK(errorOf("[[[1,2],[3,4]],[[1,2],[3]]]", "k.json")
          == "k.json: [1][1] has 1 elements but [1][0] has 2 (all rows must be equally long)");
    CHECK(errorOf("[[1,2],[3,[4]]]", "k.json") == "k.json: [1][1] is an array, not a number");
    CHECK(errorOf("[[1,2],5]", "k.json") == "k.json: [1] is a number where an array was expected");
    CHECK(errorOf("[[1,null]]", "k.json") == "k.json: [0][1] is null, not a number");
    CHECK(errorOf("[[1,true]]", "k.json") == "k.json: [0][1] is true, not a number");
    CHECK(errorOf("[[1,2],[3,", "k.json")
          == "k.json: the JSON stops at byte 10 before it is complete (is the file cut off?): unterminated array");
    CHECK(errorOf("[[1,2],[3,4]]]", "k.json") == "k.json: not valid JSON at byte 13: garbage at the end of the document");
    CHECK(errorOf("[[1,NaN]]", "k.json") == "k.json: not valid JSON at byte 4: illegal number");
    CHECK(errorOf("[[1e309]]", "k.json") == "k.json: not valid JSON at byte 7: illegal number");
    CHECK(errorOf("[[1e39]]", "k.json") == "k.json: [0][0] is too large (the largest 32-bit float is about 3.4e38)");
    CHECK(errorOf("[1,2,3]", "k.json") == "k.json: a flat list is not a matrix; write one array per row, e.g. [[1,2],[3,4]]");
    CHECK(errorOf("[]", "k.json") == "k.json: the array is empty");
    CHECK(errorOf("[[1],[]]", "k.json") == "k.json: [1] has 0 elements but [0] has 1 (all rows must be equally long)");
    CHECK(errorOf("[[]]", "k.json") == "k.json: [0] is an empty array");
    CHECK(errorOf("{\"rows\": [[1]]}", "k.json")
          == "k.json: the top level is an object; write a matrix as an array of rows, e.g. [[1,2],[3,4]]");
    CHECK(errorOf("[[[[[1]]]]]", "k.json")
          == "k.json: byte 4: nested more than 4 levels deep (the deepest is a kernel bank [K][C][F][F])");
    // A hundred thousand brackets are refused by the scan before Qt builds anything.
    CHECK(errorOf(QByteArray(100'000, '['), "k.json")
          == "k.json: byte 4: nested more than 4 levels deep (the deepest is a kernel bank [K][C][F][F])");
}

TEST_CASE("a list of numbers is one number, one CSV row or a flat JSON array")
{
    const auto one = parseNumberList("0.5", QStringLiteral("--bias"));
    REQUIRE(one.ok());
    CHECK(one.tensor == Tensor(std::vector<int>{1}, 0.5f));

    const auto row = parseNumberList("1,-2", QStringLiteral("--bias"));
    REQUIRE(row.ok());
    CHECK(row.tensor.shape() == std::vector<int>{2});
    CHECK(row.tensor.at(1) == -2.0f);

    const auto array = parseNumberList("[0.25, 3]", QStringLiteral("--bias"));
    REQUIRE(array.ok());
    CHECK(array.tensor.at(0) == 0.25f);
    CHECK(array.tensor.at(1) == 3.0f);

    CHECK(parseNumberList("[[1]]", QStringLiteral("--bias")).error
          == QStringLiteral("--bias: byte 1: a list of numbers is flat, like [0.1, -0.2]"));
    CHECK(parseNumberList("1\n2", QStringLiteral("--bias")).error
          == QStringLiteral("--bias: row 2: a list of numbers is a single row"));
    CHECK(parseNumberList("x", QStringLiteral("--bias")).error
          == QStringLiteral("--bias: row 1, column 1: 'x' is not a number"));
}

TEST_CASE("formatTensor writes CSV for one matrix and JSON [K][H][W] otherwise, exactly")
{
    CHECK(formatTensor(Tensor::fromRows({{4, 3, 4}, {2, 4, 3}, {2, 3, 4}})) == "4,3,4\n2,4,3\n2,3,4\n");
    // Shortest text that reads back as the same float; negative zero prints as 0.
    CHECK(formatTensor(Tensor::fromRows({{0.1f, -0.0f, 1.0f / 3.0f, 1e20f}})) == "0.1,0,0.33333334,1e+20\n");

    Tensor maps({2, 2, 2});
    for (std::size_t i = 0; i < maps.size(); ++i)
        maps.data()[i] = static_cast<float>(i) * 0.5f;
    const QByteArray json = formatTensor(maps);
    CHECK(json == "[\n  [\n    [0,0.5],\n    [1,1.5]\n  ],\n  [\n    [2,2.5],\n    [3,3.5]\n  ]\n]\n");

    SECTION("what formatTensor writes reads back to the same tensor")
    {
        const auto again = parseMatrixText(json, QStringLiteral("out.json"));
        REQUIRE(again.ok());
        CHECK(again.tensor == maps);
        const Tensor odd = Tensor::fromRows({{0.1f, 1e-7f, -3.4e38f}, {123456.79f, 2.5e-38f, 7}});
        const auto csv = parseMatrixText(formatTensor(odd), QStringLiteral("out.csv"));
        REQUIRE(csv.ok());
        CHECK(csv.tensor == odd);
    }
}

TEST_CASE("files: missing, a folder, too large, a never-ending device")
{
    CHECK(readMatrixFile(QStringLiteral("/no/such/kernel.csv")).error == QStringLiteral("/no/such/kernel.csv: no such file"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(readMatrixFile(dir.path()).error == dir.path() + QStringLiteral(": is a folder, not a file"));
    CHECK(readMatrixFile(QStringLiteral("/dev/zero")).error
          == QStringLiteral("/dev/zero: the file is larger than the limit of 64 MB"));

    const auto fixture = readMatrixFile(dataFile("kernel.csv"));
    REQUIRE(fixture.ok());
    CHECK(fixture.tensor == Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}));
    CHECK(readMatrixFile(dataFile("cut-off.json")).error
          == dataFile("cut-off.json")
                 + QStringLiteral(": the JSON stops at byte 21 before it is complete (is the file cut off?): invalid termination by number"));
    CHECK(readMatrixFile(dataFile("deep.json")).error.contains(QStringLiteral("nested more than 4 levels deep")));
}
