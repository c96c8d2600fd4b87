#include "ui/widgets/step_animation_export.h"

#include "ui/io/gif_writer.h"
#include "ui/io/palette_quantiser.h"
#include "ui/shared/step_player.h"
#include "ui/widgets/export_actions.h"

#include <QCoreApplication>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace convscope::ui {

namespace {

// Frames waiting for the encoder; the GUI thread waits when it is this far ahead, which bounds
// the memory a long sequence takes.
constexpr std::size_t maxQueuedFrames = 4;

struct QueuedFrame {
    QImage image;
    int delayCentiseconds = 0;
};

// The hand-over between the GUI thread (producer) and the encoder thread (consumer).
class FrameQueue {
public:
    void push(QueuedFrame frame)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_frames.size() < maxQueuedFrames || m_stopped; });
        m_frames.push_back(std::move(frame));
        m_changed.notify_all();
    }
    // nullopt once the producer has closed the queue and it is empty, or after stop().
    std::optional<QueuedFrame> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_frames.empty() || m_closed || m_stopped; });
        if (m_stopped || m_frames.empty())
            return std::nullopt;
        QueuedFrame frame = std::move(m_frames.front());
        m_frames.pop_front();
        m_changed.notify_all();
        return frame;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QueuedFrame> m_frames;
    bool m_closed = false;
    bool m_stopped = false;
};

// Lets the page react to a new position as it does on screen: the model's coalesced change
// signal, the page's refresh and the layout all arrive through posted events.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace

StepAnimationExport::StepAnimationExport(QWidget* page, StepPlayer* player, std::function<QRect()> region)
    : m_page(page)
    , m_player(player)
    , m_region(std::move(region))
{
}

QImage StepAnimationExport::renderFrame(int position, int width, int height)
{
    m_player->setPosition(position);
    settle();
    const QRect region = m_region().intersected(m_page->rect());
    if (region.isEmpty() || width < 1)
        return {};
    const double scale = static_cast<double>(width) / region.width();
    if (height < 1)
        height = std::max(1, static_cast<int>(std::lround(region.height() * scale)));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(m_page->palette().color(m_page->backgroundRole()));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The page draws itself through the scaled painter: text and lines are drawn at the export's
    // resolution, not enlarged from the screen's pixels.
    painter.scale(scale, scale);
    m_page->render(&painter, QPoint(), QRegion(region), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return image;
}

QString StepAnimationExport::write(const QString& path, const AnimationOptions& options,
                                   const std::function<bool(int, int)>& progress, bool* cancelled)
{
    if (cancelled != nullptr)
        *cancelled = false;
    const int first = std::clamp(options.first, 0, m_player->count());
    const int last = std::clamp(options.last, first, m_player->count());
    const int total = last - first + 1;
    const int delay = std::max(2, static_cast<int>(std::lround(100.0 / std::max(options.stepsPerSecond, 0.01))));
    const int savedPosition = m_player->position();
    const bool wasPlaying = m_player->isPlaying();
    m_player->pause();

    QList<QImage> samples;
    for (int position : {first, (first + last) / 2, last})
        samples.append(renderFrame(position, options.width));
    if (samples.front().isNull()) {
        m_player->setPosition(savedPosition);
        return tr("There is nothing to record: the page is not laid out yet.");
    }
    int height = 0;
    for (const QImage& sample : samples)
        height = std::max(height, sample.height());
    const QSize size(options.width, height);
    // Again at the common height, so the palette counts the background the frames really have.
    samples.clear();
    for (int position : {first, (first + last) / 2, last})
        samples.append(renderFrame(position, options.width, height));

    io::GifWriter writer;
    io::PaletteQuantiser quantiser(samples);
    samples.clear();
    QString error;
    if (!writer.open(path, size, quantiser.palette()))
        error = writer.errorString();

    FrameQueue queue;
    std::atomic<bool> failed = false;
    std::thread encoder;
    if (error.isEmpty()) {
        encoder = std::thread([&] {
            while (std::optional<QueuedFrame> frame = queue.pop()) {
                const std::vector<unsigned char> indices = quantiser.indices(frame->image);
                if (!writer.addFrame(indices, frame->delayCentiseconds)) {
                    failed = true;
                    queue.stop();
                    return;
                }
            }
        });
    }
    bool stopped = false;
    for (int position = first; error.isEmpty() && position <= last && !failed; ++position) {
        const bool isLast = position == last;
        queue.push({renderFrame(position, options.width, height), isLast ? std::max(delay, lastFrameCentiseconds) : delay});
        if (progress && !progress(position - first + 1, total)) {
            stopped = true;
            break;
        }
    }
    if (encoder.joinable()) {
        if (stopped)
            queue.stop();
        else
            queue.close();
        encoder.join();
    }
    if (error.isEmpty()) {
        if (failed)
            error = writer.errorString();
        else if (stopped)
            writer.cancel();
        else if (!writer.finish())
            error = writer.errorString();
    }
    m_player->setPosition(savedPosition);
    settle();
    if (wasPlaying)
        m_player->play();
    if (cancelled != nullptr)
        *cancelled = stopped;
    return error;
}

QPushButton* StepAnimationExport::makeButton(QWidget* page, StepPlayer* player, std::function<QRect()> region,
                                             const QString& baseName)
{
    auto* button = new QPushButton(tr("Save animation as GIF…"), page);
    button->setObjectName(QStringLiteral("saveGifButton"));
    button->setToolTip(tr("Record the steps as an animated GIF, drawn as on the screen"));
    button->setFocusPolicy(Qt::TabFocus);
    connect(button, &QPushButton::clicked, page,
            [page, player, region = std::move(region), baseName] { run(page, player, region, baseName); });
    return button;
}

void StepAnimationExport::run(QWidget* page, StepPlayer* player, std::function<QRect()> region, const QString& baseName)
{
    AnimationOptions initial;
    initial.width = std::clamp(region().width(), GifExportDialog::minWidth, GifExportDialog::maxWidth);
    initial.stepsPerSecond = player->stepsPerSecond();
    initial.first = 0;
    initial.last = player->count();
    GifExportDialog dialog(player->count(), initial, page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AnimationOptions options = dialog.options();
    const QString path = ExportActions::askSavePath(page, tr("Save animation as GIF"), baseName + QStringLiteral(".gif"),
                                                    tr("GIF animations (*.gif)"));
    if (path.isEmpty())
        return;
    const int total = options.last - options.first + 1;
    QProgressDialog progressDialog(tr("Recording the steps…"), tr("Cancel"), 0, total, page);
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(300);
    StepAnimationExport recorder(page, player, std::move(region));
    bool cancelled = false;
    const QString error = recorder.write(
        path, options,
        [&progressDialog](int done, int) {
            progressDialog.setValue(done);
            return !progressDialog.wasCanceled();
        },
        &cancelled);
    progressDialog.reset();
    if (!cancelled)
        ExportActions::reportSave(page, path, error);
}

} // namespace convscope::ui
