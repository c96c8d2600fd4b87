#include "ui/model_store.h"

#include "core/nn/model_file.h"
#include "ui/io/data_location.h"

#include <QFileInfo>

namespace convscope::ui {

ModelStore::ModelStore(QObject* parent)
    : QObject(parent)
{
}

void ModelStore::setModel(core::Model model, const QString& origin)
{
    setModel(std::make_shared<const core::Model>(std::move(model)), origin);
}

void ModelStore::setModel(std::shared_ptr<const core::Model> model, const QString& origin)
{
    if (!model)
        return;
    m_model = std::move(model);
    m_origin = origin;
    const bool hadSnapshots = !m_snapshots.empty();
    m_snapshots.clear();
    emit modelChanged();
    if (hadSnapshots)
        emit snapshotsChanged();
}

void ModelStore::setSnapshots(std::vector<core::EpochSnapshot> snapshots)
{
    m_snapshots = std::move(snapshots);
    emit snapshotsChanged();
}

QString ModelStore::loadFile(const QString& path)
{
    return loadFileAs(path, QFileInfo(path).fileName());
}

QString ModelStore::loadFileAs(const QString& path, const QString& origin)
{
    try {
        setModel(core::loadModel(path.toStdString()), origin);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

QString ModelStore::loadBundled()
{
    const QString path = io::dataPath(QStringLiteral("models/classroom-digits.csmodel"));
    if (path.isEmpty())
        return tr("The model shipped with ConvScope was not found; train one on the Training page.");
    return loadFileAs(path, tr("shipped with ConvScope"));
}

} // namespace convscope::ui
