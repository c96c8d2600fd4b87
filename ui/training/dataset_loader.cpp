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
    for (auto& [request, thread] : m_threads)
        thread.join();
}

void DatasetLoader::reap(std::uint64_t request)
{
    const auto ended = m_threads.find(request);
    if (ended == m_threads.end())
        return;
    ended->second.join();
    m_threads.erase(ended);
}

void DatasetLoader::load(const QString& folder, const QString& label)
{
    const std::uint64_t request = ++m_request;
    m_loading = true;
    m_threads[request] = std::thread([this, folder, label, request] {
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
                reap(request);
                if (request != m_request)
                    return;
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
