#include "ui/model_store.h"

#include "core/nn/model_file.h"
#include "core/onnx/onnx_writer.h"
#include "ui/io/data_location.h"
#include "ui/shared/background_job.h"

#include <QFileInfo>

namespace convscope::ui {

ModelStore::ModelStore(QObject* parent)
    : QObject(parent)
    , m_loading(new BackgroundJob(this))
{
}

void ModelStore::setModel(core::Model model, const ModelOrigin& origin)
{
    setModel(std::make_shared<const core::Model>(std::move(model)), origin);
}

void ModelStore::setModel(std::shared_ptr<const core::Model> model, const ModelOrigin& origin,
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
            setModel(std::move(model), ModelOrigin::file(QFileInfo(path).fileName()));
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
        setModel(core::loadModel(QFileInfo(path).filesystemAbsoluteFilePath()), ModelOrigin::shipped());
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

namespace {

// Reads a file with `read` on the job's thread and hands the result, or what is wrong, to `done`
// on the GUI thread.
template <typename Value, typename Read>
void readInBackground(BackgroundJob& job, const QString& path, Read read,
                      std::function<void(std::shared_ptr<const Value> value, const QString& problem)> done)
{
    job.run([path, read, done = std::move(done)](std::stop_token) -> BackgroundJob::Delivery {
        std::shared_ptr<const Value> value;
        QString problem;
        try {
            value = std::make_shared<const Value>(read(QFileInfo(path).filesystemAbsoluteFilePath()));
        } catch (const std::exception& error) {
            problem = QString::fromStdString(error.what());
        }
        return [done, value, problem] { done(value, problem); };
    });
}

} // namespace

void readModelFile(BackgroundJob& job, const QString& path,
                   std::function<void(std::shared_ptr<const core::Model> model, const QString& problem)> done)
{
    readInBackground<core::Model>(job, path, &core::loadModel, std::move(done));
}

void readOnnxFile(BackgroundJob& job, const QString& path,
                  std::function<void(std::shared_ptr<const core::OnnxModel> model, const QString& problem)> done)
{
    readInBackground<core::OnnxModel>(job, path, &core::loadOnnx, std::move(done));
}

void writeModelFile(BackgroundJob& job, const QString& path, std::shared_ptr<const core::Model> model,
                    std::function<void(const QString& problem)> done)
{
    job.run([path, model, done = std::move(done)](std::stop_token) -> BackgroundJob::Delivery {
        QString problem;
        try {
            const std::filesystem::path file = QFileInfo(path).filesystemAbsoluteFilePath();
            if (path.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive))
                core::saveOnnx(file, *model);
            else
                core::saveModel(file, *model);
        } catch (const std::exception& error) {
            problem = QString::fromStdString(error.what());
        }
        return [done, problem] { done(problem); };
    });
}

} // namespace convscope::ui
