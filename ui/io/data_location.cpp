#include "ui/io/data_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace convscope::io {
namespace {

// A program built but never installed runs from inside the build folder, whose share/ does not
// exist: its data is the source tree's.
QString besideProgram()
{
    if (QCoreApplication::instance() == nullptr)
        return {};
    const QString programFolder = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    const QString buildFolder = QDir(QStringLiteral(CONVSCOPE_BUILD_DIR)).canonicalPath();
    if (!buildFolder.isEmpty() && (programFolder == buildFolder || programFolder.startsWith(buildFolder + QLatin1Char('/'))))
        return QStringLiteral(CONVSCOPE_SOURCE_RESOURCES_DIR);
    return QDir::cleanPath(programFolder + QStringLiteral("/../share/convscope"));
}

QStringList dataDirectories()
{
    QStringList folders;
    if (const QString beside = besideProgram(); !beside.isEmpty())
        folders << beside;
    if (const QString fromEnvironment = qEnvironmentVariable("CONVSCOPE_DATA_DIR"); !fromEnvironment.isEmpty())
        folders << QDir::cleanPath(fromEnvironment);
    for (const QString& xdg : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir::cleanPath(xdg + QStringLiteral("/convscope"));
    folders.removeDuplicates();
    return folders;
}

} // namespace

QStringList dataCandidates(const QString& relative)
{
    QStringList candidates;
    for (const QString& folder : dataDirectories())
        candidates << QDir::cleanPath(folder + QLatin1Char('/') + relative);
    return candidates;
}

QString dataPath(const QString& relative)
{
    for (const QString& candidate : dataCandidates(relative)) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

} // namespace convscope::io
