#pragma once

#include "core/data/dataset.h"
#include "ui/shared/background_job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace convscope::ui {

// Reads a folder of IDX files (core::loadIdxDataset) on its own thread: full Fashion-MNIST is
// 30 MB of gzip and takes about a second, which the GUI thread must not spend. A new load
// replaces one still running, which stops reading; so does the loader's end.
class DatasetLoader : public QObject {
    Q_OBJECT

public:
    explicit DatasetLoader(QObject* parent = nullptr);

    // `label` is what the page calls the dataset ("Bundled digits", a folder name).
    void load(const QString& folder, const QString& label);
    // Drops the result of a load still running (a dataset was set another way meanwhile).
    void cancel() { m_job.cancel(); }
    bool isLoading() const { return m_job.isRunning(); }

signals:
    void loaded(std::shared_ptr<const core::Dataset> dataset, const QString& label);
    // `message` names the folder and says what is wrong with it.
    void failed(const QString& message);

private:
    BackgroundJob m_job;
};

} // namespace convscope::ui
