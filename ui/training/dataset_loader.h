#pragma once

#include "core/data/dataset.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <thread>

namespace convscope::ui {

// Reads a folder of IDX files (core::loadIdxDataset) on its own thread: full Fashion-MNIST is
// 30 MB of gzip and takes about a second, which the GUI thread must not spend. A new load
// replaces one still running, whose result is then dropped; the GUI thread joins each thread
// only once it has ended, except when the loader is destroyed, since the core's reader cannot be
// interrupted.
class DatasetLoader : public QObject {
    Q_OBJECT

public:
    explicit DatasetLoader(QObject* parent = nullptr);
    ~DatasetLoader() override;

    // `label` is what the page calls the dataset ("Bundled digits", a folder name).
    void load(const QString& folder, const QString& label);
    // Drops the result of a load still running (a dataset was set another way meanwhile).
    void cancel()
    {
        ++m_request;
        m_loading = false;
    }
    bool isLoading() const { return m_loading; }

signals:
    void loaded(std::shared_ptr<const core::Dataset> dataset, const QString& label);
    // `message` names the folder and says what is wrong with it.
    void failed(const QString& message);

private:
    // Joins the thread of load `request`, which has ended.
    void reap(std::uint64_t request);

    std::map<std::uint64_t, std::thread> m_threads; // by request; GUI thread
    std::uint64_t m_request = 0; // GUI thread: the load whose result is wanted
    bool m_loading = false;      // GUI thread: that load has not reported yet
};

} // namespace convscope::ui
