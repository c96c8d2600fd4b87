// A class of thirty students clicks everything: a fixed number of seeded random actions on the
// real main window (switch pages, click buttons, type "", "-", "1e309", "nan", letters and huge
// numbers into fields, spin boxes and table cells, drag sliders to their ends, draw, scroll, load
// broken files through the file dialogs, start and stop training). The test fails on a crash, an
// assertion or sanitizer report, on any action after which the GUI thread computes for more than
// 200 ms before it returns to its events, and on any that keeps it from them for more than 500 ms
// whatever the cause (waiting for a thread, the disk). It prints every stretch over 200 ms.
// Finally the window is closed mid-training.
//
// Reproduce a failure with the seed and count it prints, e.g.
//   CONVSCOPE_MONKEY_SEED=7 CONVSCOPE_MONKEY_ACTIONS=1200 CONVSCOPE_MONKEY_LOG=1 tests/ui/monkey_test
// (CONVSCOPE_MONKEY_LOG prints every action before it is done, so a crash names its action.)
#include "tests/catch.h"
#include "ui/main_window.h"
#include "ui/training/training_charts.h"
#include "ui/training/training_history.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <execinfo.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

using convscope::ui::MainWindow;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

// The GUI thread computes for at most 200 ms in one go: its own processor time, which neither other
// programs on the machine nor a slow disk can lengthen. Kept from its events for any reason (its
// own work, waiting for a thread or for the disk), it must be back within 500 ms, a freeze any
// student notices. A sanitizer build runs about five times slower.
constexpr qint64 maxBusyMs = sanitized ? 1000 : 200;
constexpr qint64 maxBlockedMs = sanitized ? 2500 : 500;

// What the GUI thread, and each thread it may be waiting for, is doing when the watchdog finds it
// blocked beyond the limit: its stack, printed from a signal handler that runs on it (the test
// links with exported symbols, so the frames of the program's own code are named too).
void printStack(int)
{
    void* frames[48];
    const int count = backtrace(frames, 48);
    backtrace_symbols_fd(frames, count, STDERR_FILENO);
}

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// What students type.
const QStringList typedTexts = {
    QString(), QStringLiteral("-"), QStringLiteral("1e309"), QStringLiteral("nan"), QStringLiteral("NaN"),
    QStringLiteral("inf"), QStringLiteral("-inf"), QStringLiteral("abc"), QStringLiteral("99999999999999999999"),
    QStringLiteral("-99999999999"), QStringLiteral("0"), QStringLiteral("-0"), QStringLiteral("1"), QStringLiteral("3"),
    QStringLiteral("2.5"), QStringLiteral("1,5"), QStringLiteral("1e-45"), QStringLiteral(" "), QStringLiteral("0x10"),
    QStringLiteral("\uff11\uff12"), QStringLiteral("\u0663"), QStringLiteral("\U0001F600"), QStringLiteral("conv 8 3\nrelu"),
    QStringLiteral("[[1,2],[3]]"), QStringLiteral("%1%2%n"),
};

// Broken and odd files offered whenever a file dialog opens: the class loads anything.
class FileShelf {
public:
    FileShelf()
    {
        const QString cliData = QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/cli/data/");
        const QString fuzzCorpus = QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/fuzz/corpus/");
        const QStringList sources = {
            cliData + QStringLiteral("truncated.png"), cliData + QStringLiteral("text.png"),
            cliData + QStringLiteral("huge-claim.png"), cliData + QStringLiteral("deep.json"),
            cliData + QStringLiteral("ragged.csv"), cliData + QStringLiteral("image.csv"),
            fuzzCorpus + QStringLiteral("image_loader/two-frames.gif"),
            fuzzCorpus + QStringLiteral("image_loader/gray16.png"),
            fuzzCorpus + QStringLiteral("image_loader/alpha.png"),
            fuzzCorpus + QStringLiteral("model_file/truncated.csmodel"),
            fuzzCorpus + QStringLiteral("model_file/older-version.csmodel"),
            fuzzCorpus + QStringLiteral("model_file/bad-checksum.csmodel"),
            fuzzCorpus + QStringLiteral("model_file/conv.csmodel"),
            QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/samples/digit.png"),
            QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/models/classroom-digits.csmodel"),
        };
        for (const QString& source : sources) {
            const QString copy = m_dir.filePath(QFileInfo(source).fileName());
            if (QFile::copy(source, copy))
                m_files << copy;
        }
        m_files << m_dir.filePath(QStringLiteral("missing.png"));
        // A dataset folder whose files are damaged: truncated images, labels that do not match.
        QDir(m_dir.path()).mkdir(QStringLiteral("idx"));
        // Not /proc: Qt's file dialog reads files there to guess their types, and some never end.
        m_folders << m_dir.filePath(QStringLiteral("idx")) << m_dir.path() << m_dir.filePath(QStringLiteral("gone"));
        const auto write = [this](const char* name, const QByteArray& bytes) {
            QFile file(m_dir.filePath(QStringLiteral("idx/") + QLatin1String(name)));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
        };
        const QByteArray images = QByteArray::fromHex("00000803000000030000001c0000001c") + QByteArray(100, '\x40');
        const QByteArray labels = QByteArray::fromHex("000008010000000201");
        write("train-images-idx3-ubyte", images);
        write("train-labels-idx1-ubyte", labels);
        write("t10k-images-idx3-ubyte.gz", QByteArray("\x1f\x8b\x08 not really gzip"));
        write("t10k-labels-idx1-ubyte", labels);
        m_saveTargets << m_dir.filePath(QStringLiteral("saved.png")) << m_dir.filePath(QStringLiteral("saved.csmodel"))
                      << m_dir.filePath(QStringLiteral("gone/saved.png")) << m_dir.filePath(QStringLiteral("idx"));
    }

    const QStringList& files() const { return m_files; }
    const QStringList& folders() const { return m_folders; }
    const QStringList& saveTargets() const { return m_saveTargets; }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
    QStringList m_folders;
    QStringList m_saveTargets;
};

class Monkey {
public:
    Monkey(MainWindow& window, std::uint32_t seed)
        : m_window(window)
        , m_random(seed)
    {
        m_beatClock.start();
        m_lastWait = runQueueWait();
        m_lastComputed = threadCpuTime();
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(5);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] { beat(); });
        m_heartbeat.start();
        // Modal dialogs run their own event loop inside the click that opened them; this timer
        // answers them from inside that loop, as a student would, choosing a broken file or
        // cancelling.
        m_dialogAnswerer.setInterval(30);
        QObject::connect(&m_dialogAnswerer, &QTimer::timeout, [this] { answerDialogs(); });
        m_dialogAnswerer.start();
        m_guiThread = pthread_self();
        m_guiThreadId = static_cast<pid_t>(syscall(SYS_gettid));
        std::signal(SIGUSR2, printStack);
        void* warmUp[1];
        backtrace(warmUp, 1); // loads the unwinder now, not inside the signal handler
        m_watchdog = std::thread([this] { watch(); });
    }

    ~Monkey()
    {
        m_finished = true;
        m_watchdog.join();
    }
    Monkey(const Monkey&) = delete;
    Monkey& operator=(const Monkey&) = delete;

    // Stops early at the first block unless CONVSCOPE_MONKEY_KEEP_GOING is set: a page that
    // freezes for seconds would otherwise stretch the test to minutes.
    void run(int actions)
    {
        const bool keepGoing = qEnvironmentVariableIsSet("CONVSCOPE_MONKEY_KEEP_GOING");
        for (m_action = 0; m_action < actions && (keepGoing || m_blocks.empty()); ++m_action) {
            const QString done = act();
            m_recent.push_back(QStringLiteral("%1: %2").arg(m_action).arg(done));
            if (m_recent.size() > 25)
                m_recent.pop_front();
            setCurrent(QStringLiteral("the events after action %1 (%2)").arg(m_action).arg(done));
            settle();
            ++m_survived;
        }
    }

    // Handles pending events (for at least `milliseconds`), as the event loop does between clicks.
    void settle(int milliseconds = 0)
    {
        QElapsedTimer clock;
        clock.start();
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        } while (clock.elapsed() < milliseconds);
    }

    int survived() const { return m_survived; }
    qint64 longestBlockMs() const { return m_longestGap / 1'000'000; }
    qint64 longestBusyMs() const { return m_longestBusy / 1'000'000; }
    QString longestBlockAction() const { return m_longestGapAction; }
    const std::vector<QString>& blocks() const { return m_blocks; }
    const std::vector<QString>& slowActions() const { return m_slowActions; }
    QString recentActions() const
    {
        QStringList lines(m_recent.begin(), m_recent.end());
        return lines.join(QLatin1Char('\n'));
    }
    void setCurrent(const QString& what)
    {
        m_current = what;
        const std::lock_guard<std::mutex> lock(m_currentMutex);
        m_currentText = what.toStdString();
    }

private:
    // Names the action about to be done, so a block or a crash is blamed on it; with
    // CONVSCOPE_MONKEY_LOG set it is printed first, so a crash's last line names it.
    void begin(const QString& what)
    {
        setCurrent(what);
        if (m_log)
            std::fprintf(stderr, "action %d: %s\n", m_action, qPrintable(what));
    }
    // Nanoseconds the GUI thread has spent runnable but waiting for a processor, from the
    // scheduler's statistics (/proc/thread-self/schedstat: time on the CPU, time waiting on a run
    // queue, time slices). On a machine busy with other work this is time the program did not
    // lose by itself; 0 when the kernel keeps no statistics.
    static qint64 runQueueWait()
    {
        QFile stats(QStringLiteral("/proc/thread-self/schedstat"));
        if (!stats.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = stats.readAll().split(' ');
        return fields.size() >= 2 ? fields[1].toLongLong() : 0;
    }

    // Nanoseconds of processor time the calling thread has used.
    static qint64 threadCpuTime()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return now.tv_sec * 1'000'000'000LL + now.tv_nsec;
    }

    // The stacks of the threads besides the GUI thread and the watchdog, one after the other.
    void printOtherStacks() const
    {
        using namespace std::chrono_literals;
        const pid_t self = static_cast<pid_t>(syscall(SYS_gettid));
        std::error_code error;
        for (const auto& task : std::filesystem::directory_iterator("/proc/self/task", error)) {
            const pid_t thread = static_cast<pid_t>(std::stol(task.path().filename().string()));
            if (thread == self || thread == m_guiThreadId)
                continue;
            std::this_thread::sleep_for(30ms); // the stack before has been written
            std::fprintf(stderr, "monkey: thread %d:\n", static_cast<int>(thread));
            syscall(SYS_tgkill, getpid(), thread, SIGUSR2);
        }
        std::this_thread::sleep_for(30ms);
    }

    // A GUI thread blocked beyond the limit has its stack printed once, so a failure says where it
    // was; one stuck for good would hold the test until CTest's timeout, so the test aborts instead,
    // naming what the thread was doing.
    void watch()
    {
        using namespace std::chrono_literals;
        qint64 dumpedBeat = -1;
        while (!m_finished) {
            std::this_thread::sleep_for(100ms);
            const qint64 lastBeat = m_lastBeatSeen.load();
            const qint64 blocked = m_beatClock.nsecsElapsed() - lastBeat;
            if (blocked > maxBlockedMs * 1'000'000 && lastBeat != dumpedBeat) {
                dumpedBeat = lastBeat;
                {
                    const std::lock_guard<std::mutex> lock(m_currentMutex);
                    std::fprintf(stderr, "monkey: the GUI thread has not handled an event for %lld ms, during: %s; "
                                         "its stack:\n",
                                 static_cast<long long>(blocked / 1'000'000), m_currentText.c_str());
                }
                pthread_kill(m_guiThread, SIGUSR2);
                printOtherStacks();
            }
            if (blocked > stuckAfter.count() * 1'000'000'000LL) {
                const std::lock_guard<std::mutex> lock(m_currentMutex);
                std::fprintf(stderr, "monkey: the GUI thread has not handled an event for %lld s, during: %s\n",
                             static_cast<long long>(stuckAfter.count()), m_currentText.c_str());
                std::abort();
            }
        }
    }

    void beat()
    {
        const qint64 now = m_beatClock.nsecsElapsed();
        m_lastBeatSeen = now;
        const qint64 waited = runQueueWait();
        // A gap is how long the GUI thread did not get to its events, less the time the
        // machine gave its processors to other programs.
        const qint64 gap = now - m_lastBeat - (waited - m_lastWait);
        const qint64 computed = threadCpuTime();
        const qint64 busy = computed - m_lastComputed;
        m_lastBeat = now;
        m_lastWait = waited;
        m_lastComputed = computed;
        if (gap > m_longestGap) {
            m_longestGap = gap;
            m_longestGapAction = m_current + QStringLiteral(", page ") + m_window.currentPageId();
        }
        m_longestBusy = std::max(m_longestBusy, busy);
        if (gap <= maxBusyMs * 1'000'000)
            return;
        const QString block = QStringLiteral("%1 ms (%2 ms computing) during %3, page %4")
                                  .arg(gap / 1'000'000)
                                  .arg(busy / 1'000'000)
                                  .arg(m_current, m_window.currentPageId());
        m_slowActions.push_back(block);
        if (gap > maxBlockedMs * 1'000'000 || busy > maxBusyMs * 1'000'000)
            m_blocks.push_back(block);
    }

    int uniform(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template <typename T>
    const T& pick(const QList<T>& items) { return items[uniform(static_cast<int>(items.size()))]; }

    // The widgets of type W the student can see and use now.
    template <typename W>
    QList<W*> usable() const
    {
        QList<W*> found;
        for (W* widget : m_window.findChildren<W*>()) {
            if (widget->isVisible() && widget->isEnabled() && widget->window() == &m_window)
                found << widget;
        }
        return found;
    }

    static QString describe(QWidget* widget)
    {
        QString text = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty())
            text += QLatin1Char('#') + widget->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty())
            text += QStringLiteral(" '%1'").arg(button->text());
        else if (!widget->accessibleName().isEmpty())
            text += QStringLiteral(" '%1'").arg(widget->accessibleName());
        for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (MainWindow::lectureOrder().contains(up->objectName()))
                return text + QStringLiteral(" on ") + up->objectName();
        }
        return text;
    }

    QString act()
    {
        const int roll = uniform(100);
        if (roll < 7)
            return switchPage();
        if (roll < 35)
            return clickButton();
        if (roll < 50)
            return typeIntoField();
        if (roll < 58)
            return editCell();
        if (roll < 68)
            return moveSlider();
        if (roll < 74)
            return stepCombo();
        if (roll < 86)
            return dragMouse();
        if (roll < 90)
            return turnWheel();
        if (roll < 95)
            return pressKey();
        return driveTraining();
    }

    QString switchPage()
    {
        const QStringList ids = m_window.pageIds();
        const QString id = ids[uniform(static_cast<int>(ids.size()))];
        begin(QStringLiteral("show page %1").arg(id));
        m_window.showPage(id);
        return m_current;
    }

    QString clickButton()
    {
        const QList<QAbstractButton*> buttons = usable<QAbstractButton>();
        if (buttons.isEmpty())
            return QStringLiteral("no button to click");
        QAbstractButton* button = pick(buttons);
        begin(QStringLiteral("click %1").arg(describe(button)));
        button->click();
        return m_current;
    }

    void typeText(QWidget* target, const QString& text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(target, &release);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCoreApplication::sendEvent(target, &enter);
    }

    QString typeIntoField()
    {
        QList<QWidget*> fields;
        for (QLineEdit* edit : usable<QLineEdit>()) {
            if (!edit->isReadOnly())
                fields << edit;
        }
        for (QAbstractSpinBox* spin : usable<QAbstractSpinBox>())
            fields << spin;
        for (QPlainTextEdit* edit : usable<QPlainTextEdit>()) {
            if (!edit->isReadOnly())
                fields << edit;
        }
        if (fields.isEmpty())
            return QStringLiteral("no field to type into");
        QWidget* field = pick(fields);
        const QString text = pick(typedTexts);
        begin(QStringLiteral("type '%1' into %2").arg(text, describe(field)));
        field->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field))
            edit->selectAll();
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
            spin->selectAll();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(field); plain && chance(0.5))
            plain->selectAll();
        typeText(field, text);
        // Leaving the field commits it, as clicking elsewhere does.
        if (chance(0.5))
            m_window.setFocus(Qt::OtherFocusReason);
        return m_current;
    }

    QString editCell()
    {
        const QList<QAbstractItemView*> views = usable<QAbstractItemView>();
        if (views.isEmpty())
            return QStringLiteral("no table to edit");
        QAbstractItemView* view = pick(views);
        QAbstractItemModel* model = view->model();
        if (model == nullptr || model->rowCount() == 0 || model->columnCount() == 0)
            return QStringLiteral("empty %1").arg(describe(view));
        const QModelIndex index = model->index(uniform(model->rowCount()), uniform(model->columnCount()));
        const QString text = pick(typedTexts);
        begin(QStringLiteral("edit cell (%1, %2) of %3 to '%4'").arg(index.row()).arg(index.column()).arg(describe(view), text));
        view->setFocus(Qt::OtherFocusReason);
        view->setCurrentIndex(index);
        if (!(model->flags(index) & Qt::ItemIsEditable)) {
            QKeyEvent press(QEvent::KeyPress, chance(0.5) ? Qt::Key_Down : Qt::Key_Delete, Qt::NoModifier);
            QCoreApplication::sendEvent(view, &press);
            return m_current + QStringLiteral(" (not editable: key instead)");
        }
        view->edit(index);
        QWidget* editor = QApplication::focusWidget();
        if (editor != nullptr && editor != view && view->isAncestorOf(editor))
            typeText(editor, text);
        return m_current;
    }

    QString moveSlider()
    {
        const QList<QAbstractSlider*> sliders = usable<QAbstractSlider>();
        if (sliders.isEmpty())
            return QStringLiteral("no slider");
        QAbstractSlider* slider = pick(sliders);
        static const QList<QAbstractSlider::SliderAction> actions = {
            QAbstractSlider::SliderToMinimum, QAbstractSlider::SliderToMaximum, QAbstractSlider::SliderPageStepAdd,
            QAbstractSlider::SliderPageStepSub, QAbstractSlider::SliderSingleStepAdd};
        if (chance(0.5)) {
            const QAbstractSlider::SliderAction action = pick(actions);
            begin(QStringLiteral("slider action %1 on %2").arg(int(action)).arg(describe(slider)));
            slider->triggerAction(action);
            return m_current;
        }
        // Drag the handle past an end, as a mouse does.
        begin(QStringLiteral("drag %1 past an end").arg(describe(slider)));
        const QPointF centre = QRectF(slider->rect()).center();
        const bool horizontal = slider->orientation() == Qt::Horizontal;
        const qreal far = chance(0.5) ? -500.0 : 5000.0;
        const QPointF end = horizontal ? QPointF(far, centre.y()) : QPointF(centre.x(), far);
        mouse(slider, QEvent::MouseButtonPress, centre, Qt::LeftButton);
        mouse(slider, QEvent::MouseMove, (centre + end) / 2, Qt::LeftButton);
        mouse(slider, QEvent::MouseMove, end, Qt::LeftButton);
        mouse(slider, QEvent::MouseButtonRelease, end, Qt::LeftButton);
        return m_current;
    }

    QString stepCombo()
    {
        const QList<QComboBox*> combos = usable<QComboBox>();
        if (combos.isEmpty())
            return QStringLiteral("no combo box");
        QComboBox* combo = pick(combos);
        static const QList<Qt::Key> keys = {Qt::Key_Down, Qt::Key_Up, Qt::Key_Home, Qt::Key_End, Qt::Key_PageDown};
        const Qt::Key key = pick(keys);
        begin(QStringLiteral("key %1 on %2").arg(int(key)).arg(describe(combo)));
        combo->setFocus(Qt::OtherFocusReason);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(combo, &press);
        return m_current;
    }

    static void mouse(QWidget* widget, QEvent::Type type, QPointF at, Qt::MouseButton button)
    {
        const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(button);
        QMouseEvent event(type, at, widget->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : button, held,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &event);
    }

    QPointF randomPoint(QWidget* widget)
    {
        return QPointF(uniform(std::max(1, widget->width())), uniform(std::max(1, widget->height())));
    }

    QString dragMouse()
    {
        QList<QWidget*> widgets = usable<QWidget>();
        if (widgets.isEmpty())
            return QStringLiteral("no widget");
        QWidget* widget = pick(widgets);
        // Prefer what is drawn on (canvases, tensor and chart views): their viewports or themselves.
        if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            widget = view->viewport();
        const Qt::MouseButton button = chance(0.85) ? Qt::LeftButton : Qt::RightButton;
        begin(QStringLiteral("drag with button %1 over %2").arg(int(button)).arg(describe(widget)));
        QPointer<QWidget> alive(widget);
        mouse(widget, QEvent::MouseButtonPress, randomPoint(widget), button);
        for (int step = 0; step < 4 && alive; ++step)
            mouse(widget, QEvent::MouseMove, randomPoint(widget), button);
        if (alive)
            mouse(widget, QEvent::MouseButtonRelease, randomPoint(widget), button);
        if (alive && chance(0.2)) {
            mouse(widget, QEvent::MouseButtonDblClick, randomPoint(widget), Qt::LeftButton);
            if (alive)
                mouse(widget, QEvent::MouseButtonRelease, randomPoint(widget), Qt::LeftButton);
        }
        return m_current;
    }

    QString turnWheel()
    {
        QList<QWidget*> widgets = usable<QWidget>();
        if (widgets.isEmpty())
            return QStringLiteral("no widget");
        QWidget* widget = pick(widgets);
        const int delta = chance(0.5) ? 120 : -360;
        begin(QStringLiteral("wheel %1 over %2").arg(delta).arg(describe(widget)));
        const QPointF at = randomPoint(widget);
        QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          chance(0.2) ? Qt::ControlModifier : Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(widget, &wheel);
        return m_current;
    }

    QString pressKey()
    {
        static const QList<Qt::Key> keys = {Qt::Key_Space, Qt::Key_Left,     Qt::Key_Right,    Qt::Key_Up,
                                            Qt::Key_Down,  Qt::Key_Home,     Qt::Key_End,      Qt::Key_PageUp,
                                            Qt::Key_PageDown, Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_Tab,
                                            Qt::Key_Escape, Qt::Key_Plus,     Qt::Key_Minus};
        QWidget* target = QApplication::focusWidget();
        if (target == nullptr || target->window() != &m_window)
            target = &m_window;
        const Qt::Key key = pick(keys);
        begin(QStringLiteral("key %1 on %2").arg(int(key)).arg(describe(target)));
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &press);
        return m_current;
    }

    // Training on purpose now and then: random clicks alone would rarely start, pause and stop it.
    QString driveTraining()
    {
        static const QStringList texts = {QStringLiteral("Bundled digits"), QStringLiteral("Start training"),
                                          QStringLiteral("Pause"),          QStringLiteral("Resume"),
                                          QStringLiteral("Stop"),           QStringLiteral("Reset")};
        if (!m_window.pageIds().contains(QStringLiteral("training")))
            return clickButton();
        if (m_window.currentPageId() != QStringLiteral("training"))
            m_window.showPage(QStringLiteral("training"));
        const QString wanted = pick(texts);
        for (QPushButton* button : usable<QPushButton>()) {
            if (button->text() == wanted) {
                begin(QStringLiteral("click %1").arg(describe(button)));
                button->click();
                return m_current;
            }
        }
        return QStringLiteral("training: no usable '%1'").arg(wanted);
    }

    // Answers are queued, not given inside this timer's slot: an answer may open another modal
    // dialog (a missing file's warning), whose own event loop must see this timer fire again, and
    // Qt does not re-enter a timer whose slot is still running.
    void answerDialogs()
    {
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr || modal == m_answering)
            return;
        m_answering = modal;
        std::function<void()> answer;
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            QString choice;
            if (files->fileMode() == QFileDialog::Directory)
                choice = pick(m_shelf.folders());
            else if (files->acceptMode() == QFileDialog::AcceptSave)
                choice = pick(m_shelf.saveTargets());
            else
                choice = pick(m_shelf.files());
            // A refused choice (a folder where a file is wanted) leaves the dialog open: the
            // next tick answers it again.
            const bool cancel = chance(0.25);
            answer = [files, choice, cancel] {
                if (cancel) {
                    files->reject();
                    return;
                }
                files->selectFile(choice);
                static_cast<QDialog*>(files)->accept(); // QFileDialog::accept is protected; this calls it
            };
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            QAbstractButton* button = box->escapeButton() ? box->escapeButton() : box->defaultButton();
            if (button != nullptr && chance(0.5))
                answer = [button] { button->click(); };
            else
                answer = [box] { box->done(QMessageBox::Ok); };
        } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            answer = [dialog] { dialog->reject(); };
        } else {
            answer = [modal] { modal->close(); };
        }
        QTimer::singleShot(0, modal, [this, answer] {
            m_answering = nullptr;
            answer();
        });
    }

    MainWindow& m_window;
    std::mt19937 m_random;
    FileShelf m_shelf;
    QTimer m_heartbeat;
    QTimer m_dialogAnswerer;
    QElapsedTimer m_beatClock;
    qint64 m_lastBeat = 0;
    qint64 m_lastWait = 0;
    qint64 m_lastComputed = 0;
    qint64 m_longestGap = 0;
    QString m_longestGapAction;
    QString m_current = QStringLiteral("opening the window");
    std::vector<QString> m_blocks;
    std::vector<QString> m_slowActions; // every stretch over maxBusyMs
    qint64 m_longestBusy = 0;
    std::deque<QString> m_recent;
    int m_action = 0;
    int m_survived = 0;
    bool m_log = qEnvironmentVariableIsSet("CONVSCOPE_MONKEY_LOG");
    QPointer<QWidget> m_answering; // the modal widget whose queued answer has not run yet
    static constexpr std::chrono::seconds stuckAfter{sanitized ? 120 : 30};
    std::atomic<qint64> m_lastBeatSeen{0};
    std::atomic<bool> m_finished{false};
    std::mutex m_currentMutex;
    std::string m_currentText = "opening the window"; // m_current, for the watchdog thread
    std::thread m_watchdog;
    pthread_t m_guiThread{};
    pid_t m_guiThreadId = 0;
};

// The offscreen platform warns about every window feature it lacks; those lines say nothing here.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QStringLiteral("This plugin does not support")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

TEST_CASE("the main window survives a class clicking everything", "[ui][monkey]")
{
    qInstallMessageHandler(quietOffscreenWarnings);
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    const auto seed = static_cast<std::uint32_t>(environmentNumber("CONVSCOPE_MONKEY_SEED", 20261127));
    const int actions = environmentNumber("CONVSCOPE_MONKEY_ACTIONS", sanitized ? 600 : 2000);

    auto* window = new MainWindow;
    window->resize(1280, 800);
    window->show();
    // Opening the window is not what is measured: let it settle before the heartbeat starts.
    QElapsedTimer opening;
    opening.start();
    while (opening.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    Monkey monkey(*window, seed);
    monkey.run(actions);

    INFO("seed " << seed << ", " << actions << " actions; the last ones:\n" << monkey.recentActions().toStdString());
    std::string blocks;
    for (const QString& block : monkey.blocks())
        blocks += block.toStdString() + '\n';
    INFO("computing for more than " << maxBusyMs << " ms, or blocked for more than " << maxBlockedMs << " ms:\n"
                                      << blocks);
    CHECK(monkey.survived() == actions);
    CHECK(monkey.blocks().empty());
    std::printf("monkey: %d actions survived; longest GUI block %lld ms (%s); longest computing %lld ms\n",
                monkey.survived(), static_cast<long long>(monkey.longestBlockMs()),
                qPrintable(monkey.longestBlockAction()), static_cast<long long>(monkey.longestBusyMs()));
    for (const QString& slow : monkey.slowActions())
        std::printf("monkey: over %lld ms: %s\n", static_cast<long long>(maxBusyMs), qPrintable(slow));

    // Close the window whatever is running (training may be mid-epoch): it is gone within 100 ms.
    // Destroying it waits for the worker threads: a training thread stops within a layer of a
    // few samples, but building the largest network allowed (50 million weights drawn at random)
    // or sizing its batch caches (up to 2 GB) cannot be interrupted and takes about a second, and
    // a model being saved is finished.
    QElapsedTimer closing;
    closing.start();
    monkey.setCurrent(QStringLiteral("closing the window"));
    window->close();
    const qint64 closeMs = closing.elapsed();
    CHECK_FALSE(window->isVisible());
    monkey.setCurrent(QStringLiteral("destroying the window"));
    delete window;
    const qint64 destroyMs = closing.elapsed() - closeMs;
    std::printf("monkey: window closed in %lld ms and destroyed in %lld ms\n", static_cast<long long>(closeMs),
                static_cast<long long>(destroyMs));
    CHECK(closeMs <= (sanitized ? 500 : 100));
    CHECK(destroyMs <= 10 * maxBlockedMs);
}

TEST_CASE("the training charts stay quick with tens of thousands of batches", "[ui][monkey]")
{
    // Batch size 1 on the bundled digits: 8,000 batches an epoch, reported in chunks of 400
    // (a few a second). QtCharts redraws a line for every point appended, so appending point by
    // point froze the page within seconds; each chunk must cost about the same however long the run.
    convscope::ui::TrainingCharts charts;
    charts.resize(800, 300);
    charts.show();
    convscope::ui::TrainingHistory history;
    std::mt19937 random(3);
    std::uniform_real_distribution<double> noise(0.0, 0.2);
    double slowestMs = 0.0;
    constexpr int perEpoch = 8000;
    for (int chunk = 0; chunk < 50; ++chunk) {
        const int first = static_cast<int>(history.batches().size());
        for (int i = 0; i < 400; ++i) {
            const int index = first + i;
            history.addBatch({index / perEpoch + 1, index % perEpoch + 1, perEpoch, 2.3 / (1.0 + index * 0.001) + noise(random),
                              0.5 + noise(random), 1000.0});
        }
        timespec start{};
        timespec end{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        charts.appendBatches(history, first);
        QCoreApplication::processEvents();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        slowestMs = std::max(slowestMs, (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6);
    }
    INFO("the slowest chunk took " << slowestMs << " ms of the GUI thread");
    CHECK(slowestMs < 0.5 * maxBusyMs);
    CHECK(charts.batchPointCount() <= 1001);
    CHECK(history.batches().size() == 20000u);
}
