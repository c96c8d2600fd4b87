#include "ui/training/dataset_loader.h"

#include "core/data/dataset_error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMetaObject>

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
                emit loaded(dataset, label, 0, {});
            else
                emit failed(message);
        };
    });
}

void DatasetLoader::cancel()
{
    if (m_current)
        m_current->store(false);
    m_job.cancel();
}

void DatasetLoader::loadPictures(const QString& folder, const io::ImageFolderOptions& options)
{
    cancel();
    auto current = std::make_shared<std::atomic<bool>>(true);
    m_current = current;
    m_job.run([this, folder, options, current](std::stop_token stop) -> BackgroundJob::Delivery {
        std::shared_ptr<const core::Dataset> dataset;
        io::ImageFolderResult result;
        QString message;
        // Progress reaches the GUI thread queued, a few times a second: a thousand small pictures
        // decode faster than the page could be told of each.
        auto last = std::make_shared<std::atomic<qint64>>(0);
        QElapsedTimer clock;
        clock.start();
        const auto report = [this, current, last, &clock](int done, int total) {
            const qint64 now = clock.elapsed();
            if (done != total && now - last->load() < 100)
                return;
            last->store(now);
            QMetaObject::invokeMethod(this, [this, current, done, total] {
                if (current->load())
                    emit progress(done, total);
            }, Qt::QueuedConnection);
        };
        try {
            result = io::readImageFolder(QDir(folder).filesystemAbsolutePath(), options, report, stop);
            dataset = std::make_shared<const core::Dataset>(std::move(result.dataset));
        } catch (const core::DatasetLoadStopped&) {
            return {};
        } catch (const std::bad_alloc&) {
            message = tr("Not enough memory to load the pictures in “%1”.").arg(QDir::toNativeSeparators(folder));
        } catch (const std::exception& error) {
            message = tr("The pictures in “%1” cannot be used: %2")
                          .arg(QDir::toNativeSeparators(folder), QString::fromStdString(error.what()));
        }
        return [this, folder, dataset = std::move(dataset), message, skipped = result.skippedCount,
                first = result.firstSkipped, current] {
            current->store(false);
            if (dataset)
                emit loaded(dataset, QDir(folder).dirName(), skipped, first);
            else
                emit failed(message);
        };
    });
}

} // namespace convscope::ui
