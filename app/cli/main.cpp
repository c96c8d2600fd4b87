// convscope-cli: the lecture's operations from a terminal, with no display. main() only finds the
// subcommand in the table below and reports its result: stdout on success, one line on stderr
// and exit status 2 on bad input.

#include "app/cli/cli_command.h"
#include "app/cli/cli_error.h"
#include "app/cli/conv_command.h"
#include "app/cli/export_command.h"
#include "app/cli/pool_command.h"
#include "app/cli/predict_command.h"
#include "app/cli/presets_command.h"
#include "app/cli/shape_command.h"
#include "app/cli/train_command.h"
#include "app/cli/worksheet_command.h"
#include "core/conv2d.h"
#include "ui/io/korean_particles.h"
#include "ui/io/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>

namespace {

using namespace convscope::cli;

// The subcommands, in the order `convscope-cli --help` lists them. Adding one is a row here plus
// its own file pair (see cli_command.h for what `run` must do).
constexpr CliCommand commands[] = {
    {"presets", QT_TRANSLATE_NOOP("CliMain", "List the kernel presets, what each does and its weights"), &PresetsCommand::run},
    {"conv", QT_TRANSLATE_NOOP("CliMain", "Convolve a matrix or an image with a kernel"), &ConvCommand::run},
    {"pool", QT_TRANSLATE_NOOP("CliMain", "Pool a matrix or an image: the max, average or min of each window"), &PoolCommand::run},
    {"shape", QT_TRANSLATE_NOOP("CliMain", "Work out the output size of a convolution layer, WxHxK"), &ShapeCommand::run},
    {"train", QT_TRANSLATE_NOOP("CliMain", "Train a CNN on IDX images (the bundled digits by default) and save it"), &TrainCommand::run},
    {"predict", QT_TRANSLATE_NOOP("CliMain", "Classify an image with a trained model: the probability of each class"), &PredictCommand::run},
    {"export", QT_TRANSLATE_NOOP("CliMain", "Write a model as ONNX or as PyTorch code"), &ExportCommand::run},
    {"worksheet", QT_TRANSLATE_NOOP("CliMain", "Write a printable convolution worksheet and its answers as a PDF"), &WorksheetCommand::run},
};

class CliMain {
    Q_DECLARE_TR_FUNCTIONS(CliMain)

public:
    static int run(const QStringList& arguments);
    // Installs the language of --lang (taken out of `arguments`), else the system's. False, with
    // the message written, for an unknown language.
    static bool chooseLanguage(QStringList& arguments);

private:
    static QString help();
    static QString commandNames();
};

// False when stdout cannot take it all (a full disk behind "> map.png"), so the tool does not
// report success for a file cut short.
bool writeOut(const QByteArray& text)
{
    const std::size_t size = static_cast<std::size_t>(text.size());
    return std::fwrite(text.constData(), 1, size, stdout) == size && std::fflush(stdout) == 0;
}

// One line on stderr, whatever the message holds.
void writeError(const QString& where, const QString& message)
{
    QString line = where + QStringLiteral(": ") + convscope::io::fitKoreanParticles(message);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

// Qt's image plugins report decoding trouble through qWarning (libpng warnings, "Corrupt JPEG
// data"); the tool says what went wrong itself, in one line, so their messages are dropped.
void dropQtMessages(QtMsgType, const QMessageLogContext&, const QString&)
{
}

int CliMain::run(const QStringList& arguments)
{
    const QString tool = QStringLiteral("convscope-cli");
    if (arguments.isEmpty()) {
        writeError(tool, tr("no command given; the commands are %1 (see 'convscope-cli --help')").arg(commandNames()));
        return 2;
    }
    const QString& first = arguments.first();
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") || first == QStringLiteral("help")) {
        if (arguments.size() == 1) {
            writeOut(help().toUtf8());
            return 0;
        }
        // "convscope-cli help conv" is "convscope-cli conv --help"
        return run({arguments[1], QStringLiteral("--help")});
    }
    if (first == QStringLiteral("--version")) {
        writeOut(tool.toUtf8() + ' ' + QCoreApplication::applicationVersion().toUtf8() + '\n');
        return 0;
    }

    const CliCommand* command = nullptr;
    for (const CliCommand& candidate : commands) {
        if (first == QLatin1String(candidate.name))
            command = &candidate;
    }
    if (command == nullptr) {
        writeError(tool, first.startsWith(QLatin1Char('-'))
                             ? tr("unknown option %1; a command comes first, e.g. convscope-cli conv --help").arg(first)
                             : tr("unknown command '%1'; the commands are %2").arg(first, commandNames()));
        return 2;
    }

    const QString where = tool + QLatin1Char(' ') + QLatin1String(command->name);
    try {
        const QByteArray output = command->run(arguments.mid(1));
        if (!writeOut(output)) {
            writeError(where, tr("standard output cannot be written: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return 2;
        }
        return 0;
    } catch (const CliError& error) {
        writeError(where, error.message());
        return error.exitCode();
    } catch (const convscope::core::InvalidOperation& error) {
        writeError(where, QString::fromUtf8(error.what()));
        return 2;
    } catch (const std::bad_alloc&) {
        writeError(where, tr("not enough memory for this input"));
        return 2;
    }
}

QString CliMain::help()
{
    QString text = tr("convscope-cli: see how a convolutional neural network sees, from the command line.") + QStringLiteral("\n\n");
    text += tr("Usage: convscope-cli COMMAND [options]") + QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand& command : commands)
        text += QStringLiteral("  ") + QString(QLatin1String(command.name)).leftJustified(11) + QCoreApplication::translate("CliMain", command.summary) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += tr("Run 'convscope-cli COMMAND --help' for a command's options and an example.") + QLatin1Char('\n');
    text += tr("Exit status: 0 on success; 2 on bad input, with one line on stderr saying what is wrong.") + QLatin1Char('\n');
    text += tr("Where a command reads or writes a file, - stands for standard input or standard output.") + QLatin1Char('\n');
    text += tr("Messages and help come in the system's language; --lang ko or --lang en anywhere on the line chooses.")
            + QStringLiteral("\n\n");
    text += tr("Example:") + QLatin1Char('\n');
    text += tr("  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64\n"
               "  prints 14x14x64, the output size of the lecture's MNIST example")
            + QLatin1Char('\n');
    return text;
}

bool CliMain::chooseLanguage(QStringList& arguments)
{
    using convscope::io::Translations;
    const QString language = Translations::languageArgument(arguments);
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments[i] == QStringLiteral("--lang"))
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        else if (arguments[i].startsWith(QStringLiteral("--lang=")))
            arguments.remove(i);
        else
            ++i;
    }
    if (!language.isEmpty() && !Translations::languages().contains(language)) {
        writeError(QStringLiteral("convscope-cli"), tr("unknown language '%1'; use en or ko").arg(language));
        return false;
    }
    Translations::install(language.isEmpty() ? Translations::systemLanguage() : language);
    return true;
}

QString CliMain::commandNames()
{
    QStringList names;
    for (const CliCommand& command : commands)
        names.append(QLatin1String(command.name));
    return names.join(QStringLiteral(", "));
}

// Whether the command on the line draws text (the worksheet's PDF): fonts need a QGuiApplication.
// The command is the first argument that is not --lang or its value.
bool drawsText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--lang")
            ++i;
        else if (!argument.starts_with("--lang="))
            return argument == "worksheet";
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // Set first: creating a QGuiApplication may already warn (XDG_RUNTIME_DIR not set).
    qInstallMessageHandler(dropQtMessages);
    // The offscreen platform gives the worksheet its fonts without a display; every other command
    // runs on a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (drawsText(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("convscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVSCOPE_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    if (!CliMain::chooseLanguage(arguments))
        return 2;
    return CliMain::run(arguments.mid(1));
}
