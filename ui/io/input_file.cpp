#include "ui/io/input_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace convscope::io {
namespace {

class InputFile {
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    static QString tooLarge(const QString& path, qint64 maxBytes)
    {
        return tr("%1: the file is larger than the limit of %2 MB").arg(path).arg(maxBytes / (1024 * 1024));
    }
};

} // namespace

QString checkInputFile(const QString& path)
{
    if (path.isEmpty())
        return InputFile::tr("no file name given");
    const QFileInfo info(path);
    if (!info.exists())
        return InputFile::tr("%1: no such file").arg(path);
    if (info.isDir())
        return InputFile::tr("%1: is a folder, not a file").arg(path);
    return {};
}

FileReadResult readInputFile(const QString& path, qint64 maxBytes)
{
    FileReadResult result;
    result.error = checkInputFile(path);
    if (!result.error.isEmpty())
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = InputFile::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    if (!file.isSequential() && file.size() > maxBytes) {
        result.error = InputFile::tooLarge(path, maxBytes);
        return result;
    }
    result.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.bytes.clear();
        result.error = InputFile::tr("%1: cannot be read: %2").arg(path, file.errorString());
    } else if (result.bytes.size() > maxBytes) {
        result.bytes.clear();
        result.error = InputFile::tooLarge(path, maxBytes);
    }
    return result;
}

} // namespace convscope::io
