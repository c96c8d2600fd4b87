#include "app/cli/bundled_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace convscope::cli {

QStringList BundledFiles::candidates(const QString& relative)
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/convscope/");
    QStringList paths{QDir::cleanPath(beside + relative),
                      QDir::cleanPath(QStringLiteral(CONVSCOPE_INSTALL_SHARE_DIR "/") + relative),
                      QDir::cleanPath(QStringLiteral(CONVSCOPE_SOURCE_RESOURCES_DIR "/") + relative)};
    paths.removeDuplicates();
    return paths;
}

QString BundledFiles::find(const QString& relative)
{
    for (const QString& path : candidates(relative)) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace convscope::cli
