#include "app/cli/presets_command.h"

#include "app/cli/cli_options.h"
#include "core/kernel_presets.h"
#include "ui/io/kernel_preset_text.h"
#include "ui/io/matrix_file.h"

namespace convscope::cli {

QByteArray PresetsCommand::run(const QStringList& arguments)
{
    CliOptions options(QStringLiteral("presets"), {});
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli presets"),
                  tr("Lists the hand-made kernels that --kernel accepts by name, each with what it does to an image "
                     "and its weights (rows separated by ';')."),
                  tr("  convscope-cli presets\n"
                     "  convscope-cli conv --input photo.png --kernel edge --output edges.png"))
            .toUtf8();
    }

    // Three columns, id, name and description, with the weights under the name:
    //   edge      Edge       Finds edges: …
    //                        -1,-1,-1; -1,8,-1; -1,-1,-1
    const auto& presets = core::kernelPresets();
    qsizetype idWidth = 0;
    qsizetype nameWidth = 0;
    for (const core::KernelPreset& preset : presets) {
        idWidth = std::max(idWidth, static_cast<qsizetype>(preset.id.size()) + 2);
        nameWidth = std::max(nameWidth, io::kernelPresetText(preset.id).name.size() + 2);
    }

    QString text;
    for (const core::KernelPreset& preset : presets) {
        const QString id = QString::fromUtf8(preset.id.data(), static_cast<qsizetype>(preset.id.size()));
        const io::KernelPresetText words = io::kernelPresetText(preset.id);
        // The kernel's CSV rows on one line: "-1,-1,-1; -1,8,-1; -1,-1,-1"
        const QString weights = QString::fromUtf8(io::formatTensor(preset.kernel)).trimmed().replace(QLatin1Char('\n'), QStringLiteral("; "));
        text += id.leftJustified(idWidth) + words.name.leftJustified(nameWidth) + words.description + QLatin1Char('\n');
        text += QString(idWidth + nameWidth, QLatin1Char(' ')) + weights + QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace convscope::cli
