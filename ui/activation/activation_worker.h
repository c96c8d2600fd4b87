#pragma once

#include "core/activation_map.h"
#include "ui/activation/live_maps.h"

#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>
#include <variant>

namespace convscope::ui {

// Computes activation maps of large pictures off the GUI thread (the Qt Mandelbrot example's
// pattern). Each request is a value snapshot: the picture channel is shared read-only, the kernel
// copied. A new request replaces one still waiting; a result whose generation is older than the
// newest request is dropped instead of sent, so only the newest map ever reaches the page.
// A live frame (requestLive) is made into every map of the page at once; its result is always
// sent, the page comparing generations itself, since it sends the next frame only once the last
// one has come back.
class ActivationWorker : public QThread {
    Q_OBJECT

public:
    struct Job {
        std::shared_ptr<const core::Tensor> channel; // 1 × H × W
        core::Tensor kernel;                         // 1 × 1 × F × F
        bool relu = false;
        quint64 generation = 0;
    };

    explicit ActivationWorker(QObject* parent = nullptr);
    ~ActivationWorker() override;

    void request(Job job);
    void requestLive(LiveMapsRequest request, quint64 generation);
    // Drops any waiting request and any result still to come.
    void cancel();

signals:
    // `error` is empty on success; otherwise core's message (e.g. not enough memory).
    void mapReady(const convscope::core::ActivationMap& map, quint64 generation, const QString& error);
    void liveMapsReady(std::shared_ptr<const convscope::ui::LiveMaps> maps, quint64 generation, const QString& error);

protected:
    void run() override;

private:
    struct LiveJob {
        LiveMapsRequest request;
        quint64 generation = 0;
    };
    void compute(Job& job);
    void compute(LiveJob& job);

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<std::variant<Job, LiveJob>> m_pending; // guarded by m_mutex
    std::atomic<bool> m_abort{false};      // set once, by the destructor
    std::atomic<quint64> m_newest{0};      // generation of the newest request
};

} // namespace convscope::ui

Q_DECLARE_METATYPE(convscope::core::ActivationMap)
Q_DECLARE_METATYPE(std::shared_ptr<const convscope::ui::LiveMaps>)
