#include "ui/training/dataset_loader.h"

#include <QDir>
#include <QMetaObject>

#include <exception>
#include <new>

namespace convscope::ui {

DatasetLoader::DatasetLoader(QObject* parent)
    : QObject(parent)
{
}

DatasetLoader::~DatasetLoader()
{
    m_request = 0;
    join();
}

void DatasetLoader::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void DatasetLoader::load(const QString& folder, const QString& label)
{
    // A load still running finishes first (it cannot be interrupted); its result is dropped.
    join();
    const std::uint64_t request = ++m_request;
    m_loading = true;
    m_thread = std::thread([this, folder, label, request] {
        std::shared_ptr<const core::Dataset> dataset;
        QString message;
        try {
            if (folder.isEmpty())
                message = tr("The bundled digits were not found. Reinstall ConvScope or choose a folder of IDX files.");
            else
                dataset = std::make_shared<const core::Dataset>(core::loadIdxDataset(QDir(folder).filesystemAbsolutePath()));
        } catch (const std::bad_alloc&) {
            message = tr("Not enough memory to load the dataset in “%1”.").arg(QDir::toNativeSeparators(folder));
        } catch (const std::exception& error) {
            message = tr("The dataset in “%1” cannot be used: %2")
                          .arg(QDir::toNativeSeparators(folder), QString::fromStdString(error.what()));
        }
        QMetaObject::invokeMethod(
            this,
            [this, request, dataset = std::move(dataset), message, label] {
                if (request != m_request)
                    return;
                join();
                m_loading = false;
                if (dataset)
                    emit loaded(dataset, label);
                else
                    emit failed(message);
            },
            Qt::QueuedConnection);
    });
}

} // namespace convscope::ui
