#pragma once

// Reading back the PDFs the worksheet writes: Qt compresses each page's drawing and each font's
// character map as a Flate stream.
#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <zlib.h>

#include <vector>

namespace convscope::test {

// Every Flate stream of the file inflated, in file order; streams that do not inflate are left out.
inline std::vector<QByteArray> inflatedPdfStreams(const QByteArray& pdf)
{
    std::vector<QByteArray> streams;
    qsizetype from = 0;
    while ((from = pdf.indexOf("stream\n", from)) >= 0) {
        from += 7;
        const qsizetype end = pdf.indexOf("endstream", from);
        if (end < 0)
            break;
        QByteArray out(1 << 20, '\0');
        uLongf size = static_cast<uLongf>(out.size());
        if (uncompress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(pdf.constData() + from),
                       static_cast<uLong>(end - from))
            == Z_OK)
            streams.push_back(out.left(static_cast<qsizetype>(size)));
        from = end;
    }
    return streams;
}

// The number of page objects.
inline qsizetype pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return QString::fromLatin1(pdf).count(pageObject);
}

} // namespace convscope::test
