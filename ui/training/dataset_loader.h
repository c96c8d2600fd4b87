#pragma once

#include "core/data/dataset.h"
#include "ui/io/image_folder_reader.h"
#include "ui/shared/background_job.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace convscope::ui {

// Reads a folder of IDX files (core::loadIdxDataset) or of class folders of pictures
// (io::readImageFolder) on its own thread: full Fashion-MNIST is 30 MB of gzip and takes about a
// second, a class's hundred photos several, which the GUI thread must not spend. A new load
// replaces one still running, which stops reading; so do cancel() and the loader's end.
class DatasetLoader : public QObject {
    Q_OBJECT

public:
    explicit DatasetLoader(QObject* parent = nullptr);

    // `label` is what the page calls the dataset ("Bundled digits", a folder name).
    void load(const QString& folder, const QString& label);
    // Decodes the pictures on all cores; `progress` follows while it runs.
    void loadPictures(const QString& folder, const io::ImageFolderOptions& options);
    // Drops the result of a load still running and stops its reading.
    void cancel();
    bool isLoading() const { return m_job.isRunning(); }

signals:
    // `skipped` and `firstSkipped`: the picture files that could not be used (none for IDX files).
    void loaded(std::shared_ptr<const core::Dataset> dataset, const QString& label, int skipped,
                const QStringList& firstSkipped);
    // Pictures decoded so far, at most a few times a second.
    void progress(int done, int total);
    // `message` names the folder and says what is wrong with it.
    void failed(const QString& message);

private:
    BackgroundJob m_job;
    // Tells progress reports of a load that was replaced from the current one's.
    std::shared_ptr<std::atomic<bool>> m_current;
};

} // namespace convscope::ui
