#include "ui/model_store.h"

#include "core/nn/model_file.h"
#include "ui/io/data_location.h"
#include "ui/shared/background_job.h"

#include <QFileInfo>

namespace convscope::ui {

ModelStore::ModelStore(QObject* parent)
    : QObject(parent)
    , m_loading(new BackgroundJob(this))
{
}

void ModelStore::setModel(core::Model model, const QString& origin)
{
    setModel(std::make_shared<const core::Model>(std::move(model)), origin);
}

void ModelStore::setModel(std::shared_ptr<const core::Model> model, const QString& origin,
                          std::shared_ptr<const core::ImageSet> testImages, const QString& testImagesName)
{
    if (!model)
        return;
    m_model = std::move(model);
    m_origin = origin;
    m_testImages = std::move(testImages);
    m_testImagesName = testImagesName;
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

void ModelStore::loadFile(const QString& path)
{
    readModelFile(*m_loading, path, [this, path](std::shared_ptr<const core::Model> model, const QString& problem) {
        if (model)
            setModel(std::move(model), QFileInfo(path).fileName());
        emit loadFinished(path, problem);
    });
}

bool ModelStore::isLoading() const
{
    return m_loading->isRunning();
}

QString ModelStore::loadBundled()
{
    const QString path = io::dataPath(QStringLiteral("models/classroom-digits.csmodel"));
    if (path.isEmpty())
        return tr("The model shipped with ConvScope was not found; train one on the Training page.");
    // A small file (a few hundred kilobytes), read at once: the page shows it as it opens.
    try {
        setModel(core::loadModel(QFileInfo(path).filesystemAbsoluteFilePath()), tr("shipped with ConvScope"));
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

void readModelFile(BackgroundJob& job, const QString& path,
                   std::function<void(std::shared_ptr<const core::Model> model, const QString& problem)> done)
{
    job.run([path, done = std::move(done)](std::stop_token) -> BackgroundJob::Delivery {
        std::shared_ptr<const core::Model> model;
        QString problem;
        try {
            model = std::make_shared<const core::Model>(core::loadModel(QFileInfo(path).filesystemAbsoluteFilePath()));
        } catch (const std::exception& error) {
            problem = QString::fromStdString(error.what());
        }
        return [done, model, problem] { done(model, problem); };
    });
}

} // namespace convscope::ui
