#include "ui/io/matrix_file.h"

#include "ui/io/input_file.h"
#include "ui/io/korean_particles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace convscope::io {
namespace {

class MatrixFile {
    Q_DECLARE_TR_FUNCTIONS(MatrixFile)
};

constexpr double floatMax = std::numeric_limits<float>::max();

// A cell or string as it appears in a message: at most 24 characters, control characters shown as '?'.
QString shown(QByteArrayView bytes)
{
    constexpr qsizetype shownLength = 24;
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), shownLength)));
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    if (bytes.size() > shownLength)
        text += QChar(0x2026);
    return text;
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && (bytes[begin] == ' ' || bytes[begin] == '\t' || bytes[begin] == '\r' || bytes[begin] == '\n'))
        ++begin;
    while (end > begin && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t' || bytes[end - 1] == '\r' || bytes[end - 1] == '\n'))
        --end;
    return bytes.sliced(begin, end - begin);
}

// Why a cell is not a usable number; each becomes one sentence in the caller's words.
enum class NumberFault { None, NotANumber, NotFinite, TooLarge, TooSmall };

// One number as written in CSV: decimal, optional sign and exponent ("-1.5", "+2", "3e-2").
// std::from_chars is used rather than QByteArray::toDouble because it ignores the locale and
// reports overflow instead of returning infinity.
NumberFault parseNumber(QByteArrayView text, float& value)
{
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin; // from_chars refuses a leading '+', which people do write
    if (begin == end || (begin != text.data() && *begin == '-'))
        return NumberFault::NotANumber;
    double parsed = 0.0;
    const auto [stop, ec] = std::from_chars(begin, end, parsed);
    if (ec == std::errc::result_out_of_range)
        return text.contains("e-") || text.contains("E-") ? NumberFault::TooSmall : NumberFault::TooLarge;
    if (ec != std::errc() || stop != end)
        return NumberFault::NotANumber;
    if (!std::isfinite(parsed))
        return NumberFault::NotFinite;
    if (std::abs(parsed) > floatMax)
        return NumberFault::TooLarge;
    value = static_cast<float>(parsed);
    return NumberFault::None;
}

// The sentence for a bad cell; `where` is e.g. "kernel.csv: row 2, column 3".
QString numberFaultText(NumberFault fault, const QString& where, QByteArrayView cell)
{
    const QString value = shown(cell);
    switch (fault) {
    case NumberFault::NotANumber:
        if (cell.contains(' ') || cell.contains('\t') || cell.contains(';'))
            return io::fitKoreanParticles(MatrixFile::tr("%1: '%2' is not a number (separate the cells with commas)").arg(where, value));
        return io::fitKoreanParticles(MatrixFile::tr("%1: '%2' is not a number").arg(where, value));
    case NumberFault::NotFinite:
        return io::fitKoreanParticles(MatrixFile::tr("%1: '%2' is not a finite number").arg(where, value));
    case NumberFault::TooLarge:
        return io::fitKoreanParticles(MatrixFile::tr("%1: '%2' is too large (the largest 32-bit float is about 3.4e38)").arg(where, value));
    case NumberFault::TooSmall:
        return io::fitKoreanParticles(MatrixFile::tr("%1: '%2' is too close to zero to be stored").arg(where, value));
    case NumberFault::None:
        break;
    }
    return {};
}

QString tooManyCells(const QString& source)
{
    return MatrixFile::tr("%1: more than %2 numbers, the limit for one file").arg(source).arg(maxMatrixCells);
}

// Checks shared by every text format; returns the text without a UTF-8 byte order mark, or sets error.
QByteArrayView prepareText(const QByteArray& text, const QString& source, QString& error)
{
    if (text.size() > maxMatrixFileBytes) {
        error = MatrixFile::tr("%1: the text is larger than the limit of %2 MB")
                    .arg(source)
                    .arg(maxMatrixFileBytes / (1024 * 1024));
        return {};
    }
    QByteArrayView view(text);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    if (view.contains('\0')) {
        error = MatrixFile::tr("%1: not a text file (it holds binary data; save it as UTF-8 text)").arg(source);
        return {};
    }
    if (trimmed(view).isEmpty())
        error = MatrixFile::tr("%1: the file is empty").arg(source);
    return view;
}

// CSV: one matrix, one row a line, cells separated by commas. Rows and columns in messages
// count from 1, as a spreadsheet does; the row number is the line number.
MatrixParseResult parseCsv(QByteArrayView text, const QString& source, int maxRows)
{
    MatrixParseResult result;
    std::vector<float> values;
    qsizetype width = -1;
    int height = 0;
    int line = 0;
    int blankLine = 0; // the first blank line after the last row; an error if another row follows
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype stop = text.indexOf('\n', start);
        if (stop < 0)
            stop = text.size();
        const QByteArrayView row = trimmed(text.sliced(start, stop - start));
        start = stop + 1;
        ++line;
        if (row.isEmpty()) {
            if (blankLine == 0)
                blankLine = line;
            continue;
        }
        if (blankLine != 0) {
            result.error = MatrixFile::tr("%1: row %2 is empty (blank lines are allowed only at the end)")
                               .arg(source)
                               .arg(blankLine);
            return result;
        }
        if (height == maxRows) {
            result.error = MatrixFile::tr("%1: row %2: a list of numbers is a single row").arg(source).arg(line);
            return result;
        }
        qsizetype columns = 0;
        qsizetype cellStart = 0;
        while (cellStart <= row.size()) {
            qsizetype cellStop = row.indexOf(',', cellStart);
            if (cellStop < 0)
                cellStop = row.size();
            const QByteArrayView cell = trimmed(row.sliced(cellStart, cellStop - cellStart));
            cellStart = cellStop + 1;
            ++columns;
            float value = 0.0f;
            const NumberFault fault = cell.isEmpty() ? NumberFault::None : parseNumber(cell, value);
            if (cell.isEmpty() || fault != NumberFault::None) {
                const QString where = MatrixFile::tr("%1: row %2, column %3").arg(source).arg(line).arg(columns);
                result.error = cell.isEmpty() ? MatrixFile::tr("%1: the cell is empty").arg(where)
                                              : numberFaultText(fault, where, cell);
                return result;
            }
            if (static_cast<qint64>(values.size()) >= maxMatrixCells) {
                result.error = tooManyCells(source);
                return result;
            }
            values.push_back(value);
        }
        if (width >= 0 && columns != width) {
            result.error = MatrixFile::tr("%1: row %2 has %3 values but row 1 has %4")
                               .arg(source)
                               .arg(line)
                               .arg(columns)
                               .arg(width);
            return result;
        }
        width = columns;
        ++height;
    }
    result.tensor = core::Tensor({1, height, static_cast<int>(width)});
    std::copy(values.begin(), values.end(), result.tensor.data());
    result.depth = 2;
    return result;
}

// One pass over the raw JSON before Qt parses it: refuses nesting deeper than maxDepth and more
// scalars than maxMatrixCells, so a hostile file never builds a huge or deep document.
// Returns the byte offset of the first bracket that is too deep, or -1.
qsizetype scanJson(QByteArrayView text, int maxDepth, qint64& scalars)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool inToken = false;
    scalars = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            ++scalars;
            inToken = false;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            inToken = false;
            break;
        case ']':
        case '}':
            --depth;
            inToken = false;
            break;
        case ',':
        case ':':
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            inToken = false;
            break;
        default:
            if (!inToken)
                ++scalars;
            inToken = true;
        }
    }
    return -1;
}

// "[1][2]": where an element sits in the nested arrays.
QString pathText(const std::vector<int>& path, std::size_t levels)
{
    QString text;
    for (std::size_t i = 0; i < levels; ++i)
        text += QLatin1Char('[') + QString::number(path[i]) + QLatin1Char(']');
    return text;
}

QString kindText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return MatrixFile::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return MatrixFile::tr("a number");
    case QJsonValue::String:
        return MatrixFile::tr("the string \"%1\"").arg(shown(value.toString().toUtf8()));
    case QJsonValue::Array:
        return MatrixFile::tr("an array");
    case QJsonValue::Object:
        return MatrixFile::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return MatrixFile::tr("nothing");
}

// Walks rectangular nested arrays of the given shape and writes the numbers in row-major order
// (or only checks them when `out` is null).
class JsonWalker {
public:
    JsonWalker(const QString& source, const std::vector<int>& shape, float* out)
        : m_source(source)
        , m_shape(shape)
        , m_path(shape.size(), 0)
        , m_out(out)
    {
    }

    QString walk(const QJsonArray& array, std::size_t level)
    {
        if (array.size() != m_shape[level]) {
            std::vector<int> first = m_path;
            first[level - 1] = 0;
            return MatrixFile::tr("%1: %2 has %3 elements but %4 has %5 (all rows must be equally long)")
                .arg(m_source, pathText(m_path, level))
                .arg(array.size())
                .arg(pathText(first, level))
                .arg(m_shape[level]);
        }
        const bool leaves = level + 1 == m_shape.size();
        for (int i = 0; i < m_shape[level]; ++i) {
            m_path[level] = i;
            const QJsonValue value = array.at(i);
            const QString where = pathText(m_path, level + 1);
            if (!leaves) {
                if (!value.isArray())
                    return io::fitKoreanParticles(MatrixFile::tr("%1: %2 is %3 where an array was expected").arg(m_source, where, kindText(value)));
                const QString error = walk(value.toArray(), level + 1);
                if (!error.isEmpty())
                    return error;
                continue;
            }
            if (!value.isDouble())
                return io::fitKoreanParticles(MatrixFile::tr("%1: %2 is %3, not a number").arg(m_source, where, kindText(value)));
            const double number = value.toDouble();
            if (std::abs(number) > floatMax)
                return io::fitKoreanParticles(MatrixFile::tr("%1: %2 is too large (the largest 32-bit float is about 3.4e38)").arg(m_source, where));
            if (m_out != nullptr)
                *m_out++ = static_cast<float>(number);
        }
        return {};
    }

private:
    const QString& m_source;
    const std::vector<int>& m_shape;
    std::vector<int> m_path; // index of the element being read at each level
    float* m_out;
};

// JSON nested arrays, minDepth to maxDepth levels. The shape is taken from the first element at
// each level; every other element must agree with it.
MatrixParseResult parseJson(QByteArrayView text, const QString& source, int minDepth, int maxDepth)
{
    MatrixParseResult result;
    qint64 scalars = 0;
    const qsizetype tooDeep = scanJson(text, maxDepth, scalars);
    if (tooDeep >= 0) {
        result.error = maxDepth == 1
            ? MatrixFile::tr("%1: byte %2: a list of numbers is flat, like [0.1, -0.2]").arg(source).arg(tooDeep)
            : MatrixFile::tr("%1: byte %2: nested more than %3 levels deep (the deepest is a kernel bank [K][C][F][F])")
                  .arg(source)
                  .arg(tooDeep)
                  .arg(maxDepth);
        return result;
    }
    if (scalars > maxMatrixCells) {
        result.error = tooManyCells(source);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // An error at the last non-blank byte means the text ended early: say so in words.
        const QByteArrayView content = trimmed(text);
        const bool cutOff = parseError.offset >= (content.data() - text.data()) + content.size();
        const QString message = cutOff
            ? MatrixFile::tr("%1: the JSON stops at byte %2 before it is complete (is the file cut off?): %3")
            : MatrixFile::tr("%1: not valid JSON at byte %2: %3");
        result.error = message.arg(source).arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    if (!document.isArray()) {
        result.error = MatrixFile::tr("%1: the top level is an object; write a matrix as an array of rows, e.g. [[1,2],[3,4]]")
                           .arg(source);
        return result;
    }

    std::vector<int> shape;
    std::vector<int> path;
    QJsonValue value = document.array();
    while (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            result.error = io::fitKoreanParticles(path.empty() ? MatrixFile::tr("%1: the array is empty").arg(source)
                                        : MatrixFile::tr("%1: %2 is an empty array").arg(source, pathText(path, path.size())));
            return result;
        }
        shape.push_back(static_cast<int>(array.size()));
        path.push_back(0);
        value = array.at(0);
    }
    if (!value.isDouble()) {
        result.error = MatrixFile::tr("%1: %2 is %3, not a number").arg(source, pathText(path, path.size()), kindText(value));
        return result;
    }
    const int depth = static_cast<int>(shape.size());
    if (depth < minDepth) {
        result.error = MatrixFile::tr("%1: a flat list is not a matrix; write one array per row, e.g. [[1,2],[3,4]]").arg(source);
        return result;
    }

    // The shape comes from the first element at each level, so a few long first rows can claim
    // far more cells than the text holds ([[[[0,0,…600 zeros],0],0],0] claims 600^4). A rectangular
    // array holds exactly the product of its extents, so a claim beyond the scalars counted is
    // ragged: find the row at fault without allocating anything.
    qint64 cells = 1;
    for (const int extent : shape)
        cells = std::min(cells * extent, scalars + 1);
    if (cells > scalars) {
        result.error = JsonWalker(source, shape, nullptr).walk(document.array(), 0);
        if (result.error.isEmpty())
            result.error = tooManyCells(source);
        return result;
    }
    std::vector<int> tensorShape = shape;
    if (depth == 2)
        tensorShape.insert(tensorShape.begin(), 1);
    result.tensor = core::Tensor(tensorShape);
    JsonWalker walker(source, shape, result.tensor.data());
    result.error = walker.walk(document.array(), 0);
    if (!result.error.isEmpty()) {
        result.tensor = {};
        return result;
    }
    result.depth = depth;
    return result;
}

bool looksLikeJson(QByteArrayView text)
{
    const QByteArrayView start = trimmed(text);
    return start.startsWith('[') || start.startsWith('{');
}

void appendNumber(QByteArray& out, float value)
{
    if (value == 0.0f)
        value = 0.0f; // prints -0 as 0
    char buffer[32];
    // The shortest text that reads back as the same float: "0.1", not "0.100000001".
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end - buffer);
}

void appendJson(QByteArray& out, const core::Tensor& tensor, std::size_t level, const float*& values, int indent)
{
    const int extent = tensor.shape()[level];
    const bool innermost = level + 1 == tensor.shape().size();
    out += '[';
    for (int i = 0; i < extent; ++i) {
        if (innermost) {
            if (i > 0)
                out += ',';
            appendNumber(out, *values++);
            continue;
        }
        out += '\n';
        out += QByteArray(indent + 2, ' ');
        appendJson(out, tensor, level + 1, values, indent + 2);
        if (i + 1 < extent)
            out += ',';
    }
    if (!innermost) {
        out += '\n';
        out += QByteArray(indent, ' ');
    }
    out += ']';
}

} // namespace

MatrixParseResult parseMatrixText(const QByteArray& text, const QString& sourceName)
{
    MatrixParseResult result;
    const QByteArrayView view = prepareText(text, sourceName, result.error);
    if (!result.error.isEmpty())
        return result;
    if (looksLikeJson(view))
        return parseJson(view, sourceName, 2, maxJsonDepth);
    return parseCsv(view, sourceName, std::numeric_limits<int>::max());
}

MatrixParseResult readMatrixFile(const QString& path)
{
    const FileReadResult file = readInputFile(path, maxMatrixFileBytes);
    if (!file.error.isEmpty()) {
        MatrixParseResult result;
        result.error = file.error;
        return result;
    }
    return parseMatrixText(file.bytes, path);
}

MatrixParseResult parseNumberList(const QByteArray& text, const QString& sourceName)
{
    MatrixParseResult result;
    const QByteArrayView view = prepareText(text, sourceName, result.error);
    if (!result.error.isEmpty())
        return result;
    result = looksLikeJson(view) ? parseJson(view, sourceName, 1, 1) : parseCsv(view, sourceName, 1);
    if (result.ok()) {
        result.tensor = result.tensor.reshaped({static_cast<int>(result.tensor.size())});
        result.depth = 1;
    }
    return result;
}

QByteArray formatTensor(const core::Tensor& tensor)
{
    QByteArray out;
    if (tensor.empty())
        return out;
    const bool oneMatrix = tensor.rank() == 2 || (tensor.rank() == 3 && tensor.dim(0) == 1);
    if (oneMatrix) {
        const int height = tensor.dim(-2);
        const int width = tensor.dim(-1);
        out.reserve(static_cast<qsizetype>(tensor.size()) * 4);
        const float* values = tensor.data();
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                if (x > 0)
                    out += ',';
                appendNumber(out, *values++);
            }
            out += '\n';
        }
        return out;
    }
    const float* values = tensor.data();
    appendJson(out, tensor, 0, values, 0);
    out += '\n';
    return out;
}

} // namespace convscope::io
