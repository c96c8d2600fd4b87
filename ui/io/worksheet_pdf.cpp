#include "ui/io/worksheet_pdf.h"

#include "ui/io/number_format.h"
#include "ui/io/okabe_ito.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <functional>

namespace convscope::io {

namespace {

using io::minusSign;
using io::times;

// 300 dots per inch: the painter works in dots, the layout below in millimetres.
constexpr int worksheetDpi = 300;
constexpr double worksheetMarginMm = 15.0;
constexpr double worksheetCellMm = 9.0;       // a grid cell, roomy enough for "−12" in pencil
constexpr double worksheetOutputCellMm = 11.0; // the grid students write in
constexpr double worksheetFigureCellMm = 8.5;  // the answer page's image with the first window
const QColor worksheetGrey(110, 110, 110);

// The sheet's words in the sheet's language rather than the interface's: a Korean teacher may
// print an English sheet without switching the program's language.
class WorksheetWords {
public:
    explicit WorksheetWords(const QString& language)
    {
        if (language != QStringLiteral("en"))
            m_loaded = m_translator.load(QStringLiteral(":/i18n/convscope_%1.qm").arg(language));
    }

    QString operator()(const char* source) const
    {
        const QString translated = m_loaded ? m_translator.translate("WorksheetPdf", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// A whole number with a true minus sign: "−3".
QString worksheetNumber(float value)
{
    const long rounded = std::lround(value);
    return rounded < 0 ? QString(minusSign) + QString::number(-rounded) : QString::number(rounded);
}

// A weight as a factor in a product: "(−1)" in parentheses, so "2×(−1)" reads unambiguously.
QString worksheetFactor(float value)
{
    return value < 0.0f ? QStringLiteral("(") + worksheetNumber(value) + QStringLiteral(")") : worksheetNumber(value);
}

// The two pages, laid out in millimetres from the top left of the printable area.
class WorksheetPainter {
public:
    WorksheetPainter(QPdfWriter& writer, const core::Worksheet& sheet, const QString& language)
        : m_writer(writer), m_sheet(sheet), m_words(language)
    {
    }

    void paint()
    {
        m_writer.setTitle(m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Convolution worksheet")));
        m_writer.setCreator(QStringLiteral("ConvScope"));
        m_painter.begin(&m_writer);
        const QRectF page = m_writer.pageLayout().paintRectPixels(worksheetDpi);
        m_width = page.width() * 25.4 / worksheetDpi;
        m_height = page.height() * 25.4 / worksheetDpi;
        problemPage();
        m_writer.newPage();
        answerPage();
        m_painter.end();
    }

private:
    static double mm(double length) { return length * worksheetDpi / 25.4; }

    QFont font(double points, bool bold = false) const
    {
        // Latin, digits, × and − from a Latin font (the CJK fonts' × is full width), Hangul from
        // Noto Sans CJK; Qt embeds the glyphs used of each.
        QFont result;
        result.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
        result.setStyleHint(QFont::SansSerif);
        result.setPointSizeF(points);
        result.setBold(bold);
        return result;
    }

    // Rich text (for W<sub>out</sub>) wrapped to `width`; returns the height it took, in mm.
    double text(double left, double top, double width, const QString& html, const QFont& textFont,
                const QColor& colour = Qt::black)
    {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&m_writer);
        document.setDefaultFont(textFont);
        document.setDocumentMargin(0);
        document.setTextWidth(mm(width));
        document.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(colour.name()));
        document.setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
        m_painter.save();
        m_painter.translate(mm(left), mm(top));
        document.drawContents(&m_painter);
        m_painter.restore();
        return document.size().height() * 25.4 / worksheetDpi;
    }

    double heading(double top, const QString& words)
    {
        return text(0, top, m_width, words.toHtmlEscaped(), font(12.5, true));
    }

    // rows × columns cells from (left, top), each `cell` mm, with `ring` dashed cells of zero
    // padding around them; valueAt(row, column) is the text of an inner cell, empty for a blank.
    // With a `window` (a step of the trace, whose rows and columns are −1 in the padding ring), its
    // cells get the kernel's weight written small in a corner, "×1", as in the lecture's figure,
    // and an outline.
    void grid(double left, double top, double cell, int rows, int columns, int ring,
              const std::function<QString(int, int)>& valueAt, const core::ConvStep* window = nullptr)
    {
        // One size for the whole grid, made smaller when its widest number ("−18") would touch
        // the cell's sides.
        QFont numberFont = font(cell * 1.5);
        double widest = 0.0;
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column)
                widest = std::max(widest, QFontMetricsF(numberFont, &m_writer).horizontalAdvance(valueAt(row, column)));
        }
        if (widest > mm(cell * 0.8))
            numberFont.setPointSizeF(numberFont.pointSizeF() * mm(cell * 0.8) / widest);
        m_painter.setFont(numberFont);
        const auto box = [&](int row, int column) {
            return QRectF(mm(left + (column + ring) * cell), mm(top + (row + ring) * cell), mm(cell), mm(cell));
        };
        // With the weights written in, the numbers move up to leave them the bottom quarter.
        const auto numberBox = [&](int row, int column) {
            return window == nullptr ? box(row, column) : box(row, column).adjusted(0, 0, 0, -mm(cell / 4));
        };
        m_painter.setPen(QPen(worksheetGrey, mm(0.25), Qt::DashLine));
        for (int row = -ring; row < rows + ring; ++row) {
            for (int column = -ring; column < columns + ring; ++column) {
                if (row >= 0 && row < rows && column >= 0 && column < columns)
                    continue;
                m_painter.drawRect(box(row, column));
                m_painter.drawText(numberBox(row, column), Qt::AlignCenter, QStringLiteral("0"));
            }
        }
        m_painter.setPen(QPen(Qt::black, mm(0.35)));
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                m_painter.drawRect(box(row, column));
                m_painter.drawText(numberBox(row, column), Qt::AlignCenter, valueAt(row, column));
            }
        }
        if (window == nullptr)
            return;
        m_painter.setFont(font(6));
        m_painter.setPen(io::okabeIto::blue);
        for (const core::ConvTraceCell& traced : window->cells) {
            const QRectF corner = box(traced.y, traced.x).adjusted(0, 0, -mm(0.6), -mm(0.3));
            m_painter.drawText(corner, Qt::AlignRight | Qt::AlignBottom, QString(times) + worksheetNumber(traced.weight));
        }
        const auto [firstRow, lastRow] = std::minmax_element(window->cells.begin(), window->cells.end(),
                                                             [](const auto& a, const auto& b) { return a.y < b.y; });
        const auto [firstColumn, lastColumn] = std::minmax_element(window->cells.begin(), window->cells.end(),
                                                                   [](const auto& a, const auto& b) { return a.x < b.x; });
        m_painter.setPen(QPen(io::okabeIto::blue, mm(0.8)));
        m_painter.drawRect(box(firstRow->y, firstColumn->x).united(box(lastRow->y, lastColumn->x)));
    }

    static std::function<QString(int, int)> cellsOf(const core::Tensor& tensor)
    {
        return [&tensor](int row, int column) {
            return worksheetNumber(tensor.values()[static_cast<std::size_t>(row * tensor.dim(-1) + column)]);
        };
    }

    // A label, then a line to write on from the label's end to `right`.
    void writingLine(double left, double right, double top, const QString& label)
    {
        const QFont labelFont = font(11.5);
        const double labelWidth = QFontMetricsF(labelFont, &m_writer).horizontalAdvance(label) * 25.4 / worksheetDpi;
        text(left, top, right - left, label.toHtmlEscaped(), labelFont);
        m_painter.setPen(QPen(Qt::black, mm(0.3)));
        m_painter.drawLine(QPointF(mm(left + labelWidth + 2), mm(top + 6)), QPointF(mm(right), mm(top + 6)));
    }

    void footer(int page)
    {
        const QString line = m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "ConvScope worksheet, seed %1 (convscope-cli worksheet --seed %1) · page %2 of 2"))
                                 .arg(m_sheet.seed)
                                 .arg(page);
        text(0, m_height - 5, m_width, line.toHtmlEscaped(), font(8), worksheetGrey);
    }

    QString sizeText(int size) const { return QString::number(size) + times + QString::number(size); }

    void problemPage()
    {
        const int size = m_sheet.inputSize();
        const int filter = m_sheet.filterSize();
        const int padding = m_sheet.padding;
        double y = text(0, 0, m_width, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Convolution worksheet")).toHtmlEscaped(), font(20, true));
        y += 5;
        writingLine(0, 110, y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Name:")));
        writingLine(120, m_width, y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Date:")));
        y += 12;
        y += text(0, y, m_width,
                  m_words(QT_TRANSLATE_NOOP("WorksheetPdf",
                                            "Slide the kernel over the image from the top left to the bottom right, S cells at a time. "
                                            "At each step, multiply every image cell under the kernel by the weight on it and add "
                                            "the products: the sum is one cell of the output, the convolved feature. "
                                            "The kernel is not flipped."))
                      .toHtmlEscaped(),
                  font(11));
        y += 6;

        const double imageWidth = (size + 2 * padding) * worksheetCellMm;
        const double kernelLeft = std::max(imageWidth + 14, 70.0);
        text(0, y, imageWidth + 10, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Image %1")).arg(sizeText(size)).toHtmlEscaped(), font(12, true));
        text(kernelLeft, y, m_width - kernelLeft, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Kernel %1")).arg(sizeText(filter)).toHtmlEscaped(),
             font(12, true));
        y += 8;
        grid(0, y, worksheetCellMm, size, size, padding, cellsOf(m_sheet.image));
        grid(kernelLeft, y, worksheetCellMm, filter, filter, 0, cellsOf(m_sheet.kernel));

        double parameterY = y + filter * worksheetCellMm + 5;
        const QFont parameterFont = font(12.5);
        for (const QString& line : {m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Stride S = %1")).arg(m_sheet.stride),
                                    m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Zero padding P = %1")).arg(padding),
                                    m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Filter size F = %1")).arg(filter)})
            parameterY += text(kernelLeft, parameterY, m_width - kernelLeft, line.toHtmlEscaped(), parameterFont) + 1.5;
        if (padding > 0) {
            parameterY += 2;
            parameterY += text(kernelLeft, parameterY, m_width - kernelLeft,
                               m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "The dashed cells around the image are the zero padding: each counts as 0."))
                                   .toHtmlEscaped(),
                               font(10), worksheetGrey);
        }
        y = std::max(y + imageWidth, parameterY) + 8;

        y += heading(y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "1. What is the output size?"))) + 3;
        const QFont formulaFont = font(13);
        const QString blank = QStringLiteral("&nbsp;_______");
        y += text(6, y, m_width - 6, QStringLiteral("W<sub>out</sub> = (W<sub>in</sub> %1 F + 2P) / S + 1 =").arg(minusSign) + blank, formulaFont) + 2;
        y += text(6, y, m_width - 6, QStringLiteral("H<sub>out</sub> = (H<sub>in</sub> %1 F + 2P) / S + 1 =").arg(minusSign) + blank, formulaFont) + 8;

        y += heading(y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "2. Fill in the output grid, one cell per step."))) + 4;
        // As roomy as the page allows above the footer: a 7×7 grid under a long Korean text is
        // the tightest.
        const int outputSize = m_sheet.outputSize.size;
        const double cell = std::min(worksheetOutputCellMm, (m_height - 9 - y) / outputSize);
        grid(6, y, cell, outputSize, outputSize, 0, [](int, int) { return QString(); });
        footer(1);
    }

    void answerPage()
    {
        const int size = m_sheet.inputSize();
        const int filter = m_sheet.filterSize();
        const int outputSize = m_sheet.outputSize.size;
        double y = text(0, 0, m_width, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "Answers")).toHtmlEscaped(), font(20, true)) + 6;

        y += heading(y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "1. The output size"))) + 3;
        const QFont formulaFont = font(13);
        // (W_in − F + 2P)/S + 1 with the numbers in place: "(6 − 3 + 2×1) / 1 + 1 = 6".
        const QString substituted = QStringLiteral("(%1 %2 %3 + 2%4%5) / %6 + 1 = <b>%7</b>")
                                        .arg(size)
                                        .arg(minusSign)
                                        .arg(filter)
                                        .arg(times)
                                        .arg(m_sheet.padding)
                                        .arg(m_sheet.stride)
                                        .arg(outputSize);
        y += text(6, y, m_width - 6, QStringLiteral("W<sub>out</sub> = ") + substituted, formulaFont) + 2;
        y += text(6, y, m_width - 6, QStringLiteral("H<sub>out</sub> = ") + substituted, formulaFont) + 2;
        y += text(6, y, m_width - 6,
                  m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "The output is %1.")).arg(sizeText(outputSize)).toHtmlEscaped(),
                  font(11.5))
             + 8;

        y += heading(y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "2. The output, the convolved feature"))) + 4;
        // Nothing to write in here: the image's cell size, leaving room for the figure below.
        grid(6, y, worksheetCellMm, outputSize, outputSize, 0, cellsOf(m_sheet.output));
        y += outputSize * worksheetCellMm + 10;

        y += heading(y, m_words(QT_TRANSLATE_NOOP("WorksheetPdf", "3. The first cell, worked out"))) + 2;
        const char* const firstWindow =
            m_sheet.padding > 0 ? QT_TRANSLATE_NOOP("WorksheetPdf", "The kernel on the top left of the image with its zero padding: "
                                                                    "each cell under it times the weight on it, added up.")
                                : QT_TRANSLATE_NOOP("WorksheetPdf", "The kernel on the top left of the image: "
                                                                    "each cell under it times the weight on it, added up.");
        y += text(6, y, m_width - 6, m_words(firstWindow).toHtmlEscaped(), font(11)) + 3;
        y = workedCell(y, formulaFont) + 5;
        const double cell = std::min(worksheetFigureCellMm, (m_height - 9 - y) / (size + 2 * m_sheet.padding));
        grid(6, y, cell, size, size, m_sheet.padding, cellsOf(m_sheet.image), &m_sheet.workedCell);
        footer(2);
    }

    // "2×1 + 3×(−1) + … = 4" on one line when it fits, else one line per kernel row. Returns the
    // bottom, in mm.
    double workedCell(double top, const QFont& formulaFont)
    {
        const core::ConvStep& step = m_sheet.workedCell;
        const int filter = m_sheet.filterSize();
        QStringList rows;
        for (int row = 0; row < filter; ++row) {
            QStringList products;
            for (int column = 0; column < filter; ++column) {
                const core::ConvTraceCell& cell = step.cells[static_cast<std::size_t>(row * filter + column)];
                products.append(worksheetNumber(cell.input) + times + worksheetFactor(cell.weight));
            }
            rows.append(products.join(QStringLiteral(" + ")));
        }
        const QString total = QStringLiteral(" = ") + worksheetNumber(step.total);
        const QString totalHtml = QStringLiteral(" = <b>%1</b>").arg(worksheetNumber(step.total));
        const QString oneLine = rows.join(QStringLiteral(" + "));
        if (QFontMetricsF(formulaFont, &m_writer).horizontalAdvance(oneLine + total) <= mm(m_width - 6)) {
            return top + text(6, top, m_width - 6, oneLine.toHtmlEscaped() + totalHtml, formulaFont);
        }
        for (int row = 0; row < filter; ++row) {
            QString line = (row == 0 ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QStringLiteral("+ ")) + rows[row].toHtmlEscaped();
            if (row == filter - 1)
                line += totalHtml;
            top += text(6, top, m_width - 6, line, formulaFont) + 1.5;
        }
        return top;
    }

    QPdfWriter& m_writer;
    QPainter m_painter;
    const core::Worksheet& m_sheet;
    WorksheetWords m_words;
    double m_width = 0.0;  // the printable area, mm
    double m_height = 0.0;
};

} // namespace

QByteArray WorksheetPdf::render(const core::Worksheet& sheet, const QString& language)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(worksheetDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(worksheetMarginMm, worksheetMarginMm, worksheetMarginMm, worksheetMarginMm),
                                         QPageLayout::Millimeter));
        WorksheetPainter(writer, sheet, language).paint();
    }
    return buffer.data();
}

QString WorksheetPdf::save(const core::Worksheet& sheet, const QString& language, const QString& path)
{
    const QByteArray pdf = render(sheet, language);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write the worksheet to %1: %2").arg(path, file.errorString());
    if (file.write(pdf) != pdf.size() || !file.commit())
        return tr("cannot write the worksheet to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace convscope::io
