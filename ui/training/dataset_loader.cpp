#include "ui/training/dataset_loader.h"

#include "core/data/dataset_error.h"

#include <QDir>

#include <exception>
#include <new>

namespace convscope::ui {

DatasetLoader::DatasetLoader(QObject* parent)
    : QObject(parent)
{
}

void DatasetLoader::load(const QString& folder, const QString& label)
{
    m_job.run([this, folder, label](std::stop_token stop) -> BackgroundJob::Delivery {
        std::shared_ptr<const core::Dataset> dataset;
        QString message;
        try {
            if (folder.isEmpty())
                message = tr("The bundled digits were not found. Reinstall ConvScope or choose a folder of IDX files.");
            else
                dataset = std::make_shared<const core::Dataset>(
                    core::loadIdxDataset(QDir(folder).filesystemAbsolutePath(), {}, stop));
        } catch (const core::DatasetLoadStopped&) {
            return {}; // nobody wants the result any more
        } catch (const std::bad_alloc&) {
            message = tr("Not enough memory to load the dataset in “%1”.").arg(QDir::toNativeSeparators(folder));
        } catch (const std::exception& error) {
            message = tr("The dataset in “%1” cannot be used: %2")
                          .arg(QDir::toNativeSeparators(folder), QString::fromStdString(error.what()));
        }
        return [this, dataset = std::move(dataset), message, label] {
            if (dataset)
                emit loaded(dataset, label);
            else
                emit failed(message);
        };
    });
}

} // namespace convscope::ui
