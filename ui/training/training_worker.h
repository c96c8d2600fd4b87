#pragma once

#include "core/data/dataset.h"
#include "core/nn/model.h"
#include "core/nn/network.h"
#include "core/nn/network_spec.h"
#include "core/nn/trainer.h"
#include "core/nn/training_control.h"
#include "ui/shared/background_job.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace convscope::ui {

// What the views need of the network at one moment, as values: the weights (a copy, so nothing
// is shared with a network that is still learning) and the test set's predictions.
struct TrainingAnalysis {
    std::shared_ptr<const core::Model> model;
    std::vector<int> predictions; // the most probable class of each test image, in order; empty when not evaluated
    double testLoss = 0.0;
    double testAccuracy = 0.0;
};

struct EpochOutcome {
    core::EpochReport report; // epochs counted from the start of the network, not of the run
    TrainingAnalysis analysis;
};

struct RunOutcome {
    bool evaluationOnly = false;
    core::TrainingResult result; // epochs counted from the start of the network
    TrainingAnalysis analysis;   // the model after the run (the last good weights when the loss diverged)
    QString error;               // a job the core refused (shapes, memory); the rest is then empty
};

// The training thread and its adapter to Qt. The GUI thread owns this object; one std::thread at a
// time runs a job on the network the worker keeps between jobs:
//
//   GUI thread                              training thread
//   start(job) ───────── spawns ──────────▶ build or keep the network and the core::Trainer
//   pause()/resume()/stop() ── atomic ────▶ the job's TrainingControl, honoured within a batch
//   batchesDone ◀── queued, ≤ 5 per second ─ batch reports gathered
//   epochDone   ◀── queued ───────────────── epoch report + predictions + a copy of the weights
//   snapshotTaken ◀── queued ─────────────── filters and activations of one input, per epoch
//   runEnded    ◀── queued, thread joined ── the outcome
//
// The core's callbacks are plain std::function calls on the training thread; they hand their
// values to the GUI thread with QMetaObject::invokeMethod (queued), where the worker re-emits
// them as signals unless the run was abandoned meanwhile, so a late report never reaches a page
// that has moved on. The GUI thread never waits for the training thread (only the destructor
// does): a job started while an abandoned one is still reaching its next stop check waits in a
// queue and starts when that thread has ended. The network and the trainer are touched by the GUI
// thread only while no thread runs.
class TrainingWorker : public QObject {
    Q_OBJECT

public:
    struct Job {
        enum class Kind { Train, Evaluate };
        Kind kind = Kind::Train;
        std::shared_ptr<const core::Dataset> dataset;
        // The network to work on: a fresh one from freshSpec and initSeed, one with the weights of
        // startModel, or (both empty) the network of the previous job.
        std::optional<core::NetworkSpec> freshSpec;
        std::uint32_t initSeed = 1;
        std::shared_ptr<const core::Model> startModel;
        // Go on with the previous job's trainer (its optimiser state and remaining epochs) when
        // there is one; otherwise a new trainer runs config.epochs more epochs.
        bool continueTrainer = false;
        core::TrainingConfig config;
        core::ModelMetadata metadata; // copied into every model snapshot; epochs and results filled in
    };

    // Chart points are sent at most this often.
    static constexpr int batchIntervalMilliseconds = 200;
    // In slow motion each batch takes at least this long (the first epoch of the bundled digits
    // about half a minute instead of a fraction of a second), and every batch's point is sent.
    static constexpr int slowMotionBatchMilliseconds = 250;

    explicit TrainingWorker(QObject* parent = nullptr);
    // Stops the job and joins the thread (one batch at most, a few milliseconds for the classroom CNN).
    ~TrainingWorker() override;

    // Abandons the job before (see abandon()) and starts this one, at once or, while the thread
    // of the one before is still ending, as soon as it has.
    void start(Job job);
    void pause() { m_control->pause(); }
    void resume() { m_control->resume(); }
    void stop() { m_control->stop(); }
    // Takes effect from the next batch, also during a run.
    void setSlowMotion(bool slow) { m_slowMotion.store(slow); }
    // Stops the job and drops whatever it still had to report, without waiting for its thread;
    // the network stays for the next job.
    void abandon();
    // Abandons the job and forgets the network and the trainer; they are freed when the thread has
    // ended.
    void forget();
    // Stops the job, waits for its thread and drops whatever it still had to report.
    void shutdown();

    // A job whose reports are wanted is running or waiting to start.
    bool isBusy() const { return m_run != 0; }
    bool isPaused() const { return m_control->isPaused(); }
    bool hasNetwork() const { return !m_forgetting && m_network != nullptr; }
    // Epochs the network has been trained for over all jobs; only while idle.
    int epochsTrained() const { return m_forgetting ? 0 : m_networkEpochs; }
    // Batches trained since this worker was made; readable from any thread (tests watch it).
    long long batchesCompleted() const { return m_batchesCompleted.load(); }

signals:
    void batchesDone(const std::vector<core::BatchReport>& reports);
    void epochDone(const convscope::ui::EpochOutcome& outcome);
    // The first conv layer's filters and every layer's activations for the first test image,
    // before the first epoch and after each one (epochs counted from the start of the network).
    void snapshotTaken(const core::EpochSnapshot& snapshot);
    // The thread has been joined when this is emitted: start() may be called from a slot.
    void runEnded(const convscope::ui::RunOutcome& outcome);

private:
    void launchQueued();
    // `abandoned`: the GUI thread has given the job up and will drop what it sends, so copies of
    // the network made only to be sent (a large one's take most of a second) are skipped.
    void runJob(Job job, std::uint64_t run, core::TrainingControl& control, const std::atomic<bool>& abandoned);
    RunOutcome train(Job& job, std::uint64_t run, core::TrainingControl& control, const std::atomic<bool>& abandoned);
    RunOutcome evaluateOnly(const Job& job, core::TrainingControl& control);
    // Copies of the current weights with the job's metadata and the given results.
    std::shared_ptr<const core::Model> snapshot(const Job& job, int epochs, double testAccuracy, double trainLoss) const;
    // Runs `deliver` on the GUI thread if run `run` is still the current one.
    template <typename Deliver>
    void post(std::uint64_t run, Deliver deliver);
    void finishRun(std::uint64_t run, RunOutcome outcome);
    // The thread numbered `thread` has ended: joins it, drops a forgotten network and starts the
    // queued job.
    void threadEnded(std::uint64_t thread);
    // Joins the thread (at once when it has ended) and drops the network forget() left for it.
    void joinThread();
    void dropNetwork();

    // GUI thread. Every job has its own control, so stopping an abandoned job never stops the
    // queued one.
    std::shared_ptr<core::TrainingControl> m_control = std::make_shared<core::TrainingControl>();
    std::shared_ptr<std::atomic<bool>> m_abandoned = std::make_shared<std::atomic<bool>>(false);
    std::optional<Job> m_queued;  // started when the thread before it has ended
    std::thread m_thread;
    std::uint64_t m_run = 0;      // the run whose reports are wanted, 0 for none
    std::uint64_t m_lastRun = 0;  // the id given to the last start()
    std::uint64_t m_threadSerial = 0; // counts the threads started
    std::atomic<bool> m_slowMotion{false}; // read by the training thread
    bool m_forgetting = false;    // the network goes when the running thread has ended

    // Owned by whichever thread runs: the training thread during a job, the GUI thread otherwise.
    std::unique_ptr<core::Network<float>> m_network;
    std::unique_ptr<core::Trainer> m_trainer;
    std::shared_ptr<const core::Dataset> m_trainerDataset; // outlives m_trainer, which refers to it
    int m_networkEpochs = 0;      // epochs the network has been trained for
    int m_trainerEpochOffset = 0; // epochs it had when m_trainer was made

    std::atomic<long long> m_batchesCompleted{0};
    // Frees dropped networks; declared last, so it is destroyed, and its thread joined, first.
    BackgroundJob m_disposal;
};

} // namespace convscope::ui
