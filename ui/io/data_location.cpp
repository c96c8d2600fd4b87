#include "ui/io/data_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace convscope::io {
namespace {

QStringList candidateDirectories()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("CONVSCOPE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    if (QCoreApplication::instance() != nullptr)
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/convscope");
    candidates << QStringLiteral(CONVSCOPE_RESOURCE_DIR);
    return candidates;
}

} // namespace

QString dataDirectory()
{
    for (const QString& candidate : candidateDirectories()) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

QString dataPath(const QString& relative)
{
    for (const QString& candidate : candidateDirectories()) {
        const QString path = candidate + QLatin1Char('/') + relative;
        if (QFileInfo::exists(path))
            return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    }
    return {};
}

} // namespace convscope::io
