#include "ui/training/training_worker.h"

#include "core/nn/evaluation.h"
#include "core/nn/worker_pool.h"

#include <QMetaObject>

#include <chrono>
#include <exception>
#include <new>
#include <utility>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace convscope::ui {

namespace {

// The training thread (and the core's pool threads it starts, which inherit it) yields to the
// GUI thread: on two cores the charts and the drawing canvas stay fluid while every idle cycle
// still goes to training.
void lowerThreadPriority()
{
#ifdef __linux__
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
#endif
}

int threadCountFor(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

} // namespace

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent)
{
}

TrainingWorker::~TrainingWorker()
{
    shutdown();
}

template <typename Deliver>
void TrainingWorker::post(std::uint64_t run, Deliver deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, run, deliver = std::move(deliver)]() mutable {
            if (run == m_run)
                deliver();
        },
        Qt::QueuedConnection);
}

void TrainingWorker::start(Job job)
{
    abandon();
    m_control = std::make_shared<core::TrainingControl>();
    m_abandoned = std::make_shared<std::atomic<bool>>(false);
    m_run = ++m_lastRun;
    m_queued = std::move(job);
    if (!m_thread.joinable())
        launchQueued();
}

void TrainingWorker::launchQueued()
{
    m_thread = std::thread([this, job = std::move(*m_queued), run = m_run, control = m_control,
                            abandoned = m_abandoned, serial = ++m_threadSerial]() mutable {
        runJob(std::move(job), run, *control, *abandoned);
        // The thread's last act: whatever the GUI thread does with this arrives after it.
        QMetaObject::invokeMethod(this, [this, serial] { threadEnded(serial); }, Qt::QueuedConnection);
    });
    m_queued.reset();
}

void TrainingWorker::abandon()
{
    *m_abandoned = true;
    m_control->stop();
    m_queued.reset();
    m_run = 0;
}

void TrainingWorker::forget()
{
    abandon();
    if (m_thread.joinable())
        m_forgetting = true;
    else
        dropNetwork();
}

void TrainingWorker::shutdown()
{
    abandon();
    joinThread();
}

void TrainingWorker::threadEnded(std::uint64_t thread)
{
    if (thread != m_threadSerial || !m_thread.joinable())
        return;
    joinThread();
    if (m_queued)
        launchQueued();
}

void TrainingWorker::joinThread()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_forgetting) {
        m_forgetting = false;
        dropNetwork();
    }
}

void TrainingWorker::dropNetwork()
{
    // A large network's trainer frees gigabytes of batch caches, a third of a second of the GUI
    // thread: another thread frees them, the trainer first since it refers to the others.
    m_disposal.run([trainer = std::shared_ptr<core::Trainer>(std::move(m_trainer)),
                    network = std::shared_ptr<core::Network<float>>(std::move(m_network)),
                    dataset = std::move(m_trainerDataset)](std::stop_token) mutable -> BackgroundJob::Delivery {
        trainer.reset();
        network.reset();
        dataset.reset();
        return {};
    });
    m_networkEpochs = 0;
    m_trainerEpochOffset = 0;
}

void TrainingWorker::finishRun(std::uint64_t run, RunOutcome outcome)
{
    if (run != m_run)
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_run = 0;
    emit runEnded(outcome);
}

void TrainingWorker::runJob(Job job, std::uint64_t run, core::TrainingControl& control,
                            const std::atomic<bool>& abandoned)
{
    lowerThreadPriority();
    RunOutcome outcome;
    try {
        if (job.freshSpec) {
            m_trainer.reset();
            m_network = std::make_unique<core::Network<float>>(*job.freshSpec, job.initSeed);
            m_networkEpochs = 0;
        } else if (job.startModel) {
            m_trainer.reset();
            m_network = std::make_unique<core::Network<float>>(job.startModel->toNetwork());
            m_networkEpochs = job.startModel->metadata.epochs;
        }
        if (!m_network)
            throw std::invalid_argument("there is no network to work on");
        outcome = job.kind == Job::Kind::Train ? train(job, run, control, abandoned) : evaluateOnly(job, control);
    } catch (const std::bad_alloc&) {
        outcome = {};
        outcome.error = tr("Not enough memory for this network and dataset. Choose a smaller network or batch size.");
    } catch (const std::exception& error) {
        outcome = {};
        outcome.error = QString::fromStdString(error.what());
    }
    outcome.evaluationOnly = job.kind == Job::Kind::Evaluate;
    post(run, [this, run, outcome = std::move(outcome)]() mutable { finishRun(run, std::move(outcome)); });
}

std::shared_ptr<const core::Model> TrainingWorker::snapshot(const Job& job, int epochs, double testAccuracy,
                                                            double trainLoss) const
{
    core::ModelMetadata metadata = job.metadata;
    metadata.epochs = epochs;
    metadata.testAccuracy = testAccuracy;
    metadata.trainLoss = trainLoss;
    return std::make_shared<const core::Model>(core::Model::fromNetwork(*m_network, std::move(metadata)));
}

RunOutcome TrainingWorker::train(Job& job, std::uint64_t run, core::TrainingControl& control,
                                 const std::atomic<bool>& abandoned)
{
    const bool keep = job.continueTrainer && m_trainer && m_trainerDataset == job.dataset
        && m_trainer->epochsCompleted() < m_trainer->config().epochs;
    if (!keep) {
        m_trainer.reset();
        // A continued or loaded network counts its epochs on from where they were.
        m_trainerEpochOffset = m_networkEpochs;
        m_trainerDataset = job.dataset;
        m_trainer = std::make_unique<core::Trainer>(*m_network, *m_trainerDataset, job.config);
    }
    const int offset = m_trainerEpochOffset;
    core::WorkerPool evaluationPool(threadCountFor(job.config.threads));

    using Clock = std::chrono::steady_clock;
    std::vector<core::BatchReport> pending;
    Clock::time_point lastSent = Clock::now() - std::chrono::milliseconds(batchIntervalMilliseconds);
    const auto flush = [&] {
        if (pending.empty())
            return;
        post(run, [this, reports = std::move(pending)] { emit batchesDone(reports); });
        pending = {};
        lastSent = Clock::now();
    };

    core::TrainingCallbacks callbacks;
    callbacks.batchDone = [&](const core::BatchReport& report) {
        ++m_batchesCompleted;
        pending.push_back(report);
        pending.back().epoch += offset;
        if (m_slowMotion.load()) {
            flush();
            // In short sleeps, so pause and stop answer at once as they do at full speed.
            const Clock::time_point until = Clock::now() + std::chrono::milliseconds(slowMotionBatchMilliseconds);
            while (Clock::now() < until && !control.stopRequested() && !control.isPaused() && !abandoned)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        } else if (Clock::now() - lastSent >= std::chrono::milliseconds(batchIntervalMilliseconds)) {
            flush();
        }
    };
    callbacks.epochDone = [&](const core::EpochReport& report) {
        flush();
        if (abandoned)
            return;
        EpochOutcome outcome;
        outcome.report = report;
        outcome.report.epoch += offset;
        m_networkEpochs = outcome.report.epoch;
        // The trainer's own test pass keeps no predictions; the grid and the confusion matrix
        // need them. A stop request cuts this pass short, and then none are sent.
        core::Evaluation test = core::evaluate(*m_network, job.dataset->test, &evaluationPool, &control);
        if (test.complete) {
            outcome.analysis.predictions = std::move(test.predictions);
            outcome.analysis.testLoss = test.loss;
            outcome.analysis.testAccuracy = test.accuracy;
        }
        outcome.analysis.model = snapshot(job, outcome.report.epoch, report.testAccuracy, report.trainLoss);
        post(run, [this, outcome = std::move(outcome)] { emit epochDone(outcome); });
    };

    callbacks.snapshot = [&](const core::EpochSnapshot& taken) {
        core::EpochSnapshot snapshot = taken;
        snapshot.epoch += offset;
        post(run, [this, snapshot = std::move(snapshot)] { emit snapshotTaken(snapshot); });
    };

    RunOutcome outcome;
    outcome.result = m_trainer->run(control, callbacks);
    flush();
    outcome.result.epochsCompleted += offset;
    if (outcome.result.lastEpoch.epoch > 0)
        outcome.result.lastEpoch.epoch += offset;
    if (outcome.result.failedEpoch > 0)
        outcome.result.failedEpoch += offset;
    if (abandoned)
        return outcome;
    const bool measured = outcome.result.lastEpoch.epoch > 0;
    outcome.analysis.model = snapshot(job, outcome.result.epochsCompleted,
                                      measured ? outcome.result.lastEpoch.testAccuracy : -1.0,
                                      measured ? outcome.result.lastEpoch.trainLoss : -1.0);
    return outcome;
}

RunOutcome TrainingWorker::evaluateOnly(const Job& job, core::TrainingControl& control)
{
    const core::ImageSet& test = job.dataset->test;
    if (test.imageSize() != m_network->inputSize())
        throw std::invalid_argument(tr("The model reads %1 values per image but the dataset's images have %2.")
                                        .arg(m_network->inputSize())
                                        .arg(test.imageSize())
                                        .toStdString());
    core::WorkerPool pool(threadCountFor(job.config.threads));
    core::Evaluation evaluation = core::evaluate(*m_network, test, &pool, &control);
    RunOutcome outcome;
    outcome.result.outcome = evaluation.complete ? core::TrainingOutcome::Finished : core::TrainingOutcome::Stopped;
    if (evaluation.complete) {
        outcome.analysis.predictions = std::move(evaluation.predictions);
        outcome.analysis.testLoss = evaluation.loss;
        outcome.analysis.testAccuracy = evaluation.accuracy;
    }
    outcome.analysis.model = job.startModel ? job.startModel
                                            : snapshot(job, job.metadata.epochs, job.metadata.testAccuracy,
                                                       job.metadata.trainLoss);
    return outcome;
}

} // namespace convscope::ui
