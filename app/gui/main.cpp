#include "ui/io/korean_particles.h"
#include "ui/io/translations.h"
#include "ui/camera/live_source.h"
#include "ui/main_window.h"
#include "ui/shared/setting.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "convscope: %s\n", qPrintable(convscope::io::fitKoreanParticles(message)));
}

// --help and --version only print, so they must work where there is no display (a terminal over
// ssh, help2man making the manual page at build time): a QCoreApplication is enough for them.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

bool saveScreenshot(QWidget& window, const QString& file)
{
    // Let layouts settle and the coalesced model signals arrive before painting.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    if (window.grab().save(file, "PNG"))
        return true;
    printError(QApplication::translate("main", "could not write the screenshot to “%1”.").arg(file));
    return false;
}

// Plays the video and takes the screenshot once the page shown has drawn a few of its frames
// (a page that shows no live picture: once the video has sent a second of frames).
int screenshotOfVideo(convscope::ui::MainWindow& window, const QString& video, const QString& file)
{
    constexpr int framesShown = 3;
    constexpr int framesSent = 30;
    constexpr int timeoutMs = 30'000;
    convscope::ui::LiveSource* source = window.liveSource();
    int shown = 0;
    const auto finish = [&window, &file] {
        QApplication::exit(saveScreenshot(window, file) ? 0 : 1);
    };
    QObject::connect(&window, &convscope::ui::MainWindow::liveFrameShown, &window, [&] {
        if (++shown == framesShown)
            finish();
    });
    QObject::connect(source, &convscope::ui::LiveSource::frameReady, &window, [&] {
        if (source->framesSent() == framesSent && shown < framesShown)
            finish();
    });
    QObject::connect(source, &convscope::ui::LiveSource::failed, &window, [](const QString& message) {
        printError(message);
        QApplication::exit(2);
    });
    QTimer::singleShot(timeoutMs, &window, [&file] {
        printError(QApplication::translate("main", "no frame of the video reached the page within %1 seconds; no "
                                                   "screenshot was written to “%2”.")
                       .arg(timeoutMs / 1000)
                       .arg(file));
        QApplication::exit(1);
    });
    source->startVideo(video);
    // A file missing or unreadable fails at once, before the event loop could end the program.
    if (!source->isRunning())
        return 2;
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ConvScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConvScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVSCOPE_VERSION));
    // Docks and task bars match the window to its desktop entry, whose icon and name they show.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.convscope.ConvScope"));

    // The language first, so --help and every message come out in it: --lang, else the one
    // chosen in the Language menu last time, else the system's.
    const QString language = convscope::io::Translations::languageArgument(QApplication::arguments());
    if (!language.isEmpty() && !convscope::io::Translations::languages().contains(language)) {
        printError(QApplication::translate("main", "unknown language “%1”: use en or ko.").arg(language));
        return 2;
    }
    const bool screenshotRequested = QApplication::arguments().contains(QStringLiteral("--screenshot"))
        || !QApplication::arguments().filter(QRegularExpression(QStringLiteral("^--screenshot="))).isEmpty();
    // A documentation picture must not depend on what the last user left behind.
    if (screenshotRequested)
        convscope::ui::setSettingsStorageEnabled(false);
    convscope::io::Translations::install(language.isEmpty() ? convscope::ui::MainWindow::preferredLanguage() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See how convolutional neural networks see."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the page to a PNG file without showing a window, then exit."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "The page to open: %1.").arg(convscope::ui::MainWindow::lectureOrder().join(QStringLiteral(", "))),
        QApplication::translate("main", "NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size for --screenshot, e.g. 1280x800."),
                                        QApplication::translate("main", "WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: en or ko (default: the system's)."),
                                        QApplication::translate("main", "LANG"));
    const QCommandLineOption videoOption(
        QStringLiteral("video"),
        QApplication::translate("main", "Play a video file in a loop as the live picture of Activation maps and Inside "
                                        "the network. With --screenshot the picture is taken once its first frames "
                                        "are on the page."),
        QApplication::translate("main", "FILE"));
    parser.addOptions({screenshotOption, pageOption, sizeOption, langOption, videoOption});
    parser.addPositionalArgument(QStringLiteral("lesson"),
                                 QApplication::translate("main", "A lesson file (.convscope) to open."),
                                 QApplication::translate("main", "[LESSON]"));
    parser.process(*app);
    if (parser.positionalArguments().size() > 1) {
        printError(QApplication::translate("main", "unexpected argument “%1”: give one lesson file at most.")
                       .arg(parser.positionalArguments().at(1)));
        return 2;
    }

    const bool screenshot = parser.isSet(screenshotOption);
    QSize size;
    if (screenshot) {
        // A documentation picture must not depend on what the last user left behind.
        convscope::ui::setSettingsStorageEnabled(false);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(sizeOption));
        if (!match.hasMatch()) {
            printError(QApplication::translate("main", "--size must look like 1280x800, not “%1”.").arg(parser.value(sizeOption)));
            return 2;
        }
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320) {
            printError(QApplication::translate("main", "--size must lie between 320x240 and 7680x4320."));
            return 2;
        }
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/convscope.svg")));
    convscope::ui::MainWindow window;
    // The lesson first, so --page can show another page of it.
    QString lessonError;
    if (!parser.positionalArguments().isEmpty()) {
        lessonError = window.openLesson(parser.positionalArguments().constFirst());
        if (!lessonError.isEmpty()) {
            printError(lessonError);
            if (screenshot)
                return 2;
        }
    }
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        printError(QApplication::translate("main", "unknown page “%1”; the pages are: %2.")
                       .arg(parser.value(pageOption), window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }

    if (screenshot && parser.isSet(videoOption)) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(size);
        window.show();
        return screenshotOfVideo(window, parser.value(videoOption), parser.value(screenshotOption));
    }
    if (parser.isSet(videoOption))
        window.liveSource()->startVideo(parser.value(videoOption));

    if (screenshot) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(size);
        window.show();
        const QString file = parser.value(screenshotOption);
        const auto shoot = [&window, &file] { return saveScreenshot(window, file) ? 0 : 1; };
        if (!window.isLessonPending())
            return shoot();
        // A lesson in another language is shown once the pages have read their data.
        QObject::connect(&window, &convscope::ui::MainWindow::pendingLessonFinished, &window,
                         [&](const QString& error) {
                             if (!error.isEmpty()) {
                                 printError(error);
                                 QApplication::exit(2);
                                 return;
                             }
                             if (parser.isSet(pageOption))
                                 window.showPage(parser.value(pageOption));
                             QApplication::exit(shoot());
                         });
        return QApplication::exec();
    }

    window.show();
    // Opened by a double-click there is no terminal to print to.
    if (!lessonError.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Open lesson"), lessonError);
    return QApplication::exec();
}
