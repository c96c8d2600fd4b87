#include "app/cli/worksheet_command.h"

#include "app/cli/cli_error.h"
#include "app/cli/cli_options.h"
#include "app/cli/file_argument.h"
#include "core/worksheet.h"
#include "ui/io/translations.h"
#include "ui/io/worksheet_pdf.h"

namespace convscope::cli {

QByteArray WorksheetCommand::run(const QStringList& arguments)
{
    CliOptions options(QStringLiteral("worksheet"),
                       {
                           {QStringLiteral("seed"), QStringLiteral("N"), tr("the worksheet's number, from 0 to %1: the same number gives the same sheet").arg(core::maxWorksheetSeed)},
                           {QStringLiteral("lang"), QStringLiteral("ko|en"), tr("the language of the sheet and of the messages (default: the system's)")},
                           {QStringLiteral("output"), QStringLiteral("FILE.pdf"), tr("the PDF file to write, replacing an existing one; - writes the PDF to standard output")},
                       });
    if (!options.parse(arguments)) {
        return options
            .help(QStringLiteral("convscope-cli worksheet --seed N [--lang ko|en] --output FILE.pdf|-"),
                  tr("Writes a printable convolution worksheet, two A4 pages:\n"
                     "  page 1  a small image and a 3×3 kernel with the stride S and the zero padding P, the question\n"
                     "          W_out = (W_in - F + 2P)/S + 1 = ___ and an empty output grid to fill in\n"
                     "  page 2  the answers: the formula with the numbers, the output grid and the first cell worked out\n"
                     "The seed chooses the numbers: the same seed gives the same sheet on every computer."),
                  tr("  convscope-cli worksheet --seed 7 --lang ko --output worksheet-7.pdf\n"
                     "  convscope-cli worksheet --seed 7 --output - | lp"))
            .toUtf8();
    }

    const QString seedText = options.required(QStringLiteral("seed")).trimmed();
    bool isNumber = false;
    const uint seed = seedText.toUInt(&isNumber);
    if (!isNumber || seed > core::maxWorksheetSeed)
        throw CliError(tr("--seed must be a whole number from 0 to %1, not '%2'").arg(core::maxWorksheetSeed).arg(seedText));

    const QString output = options.required(QStringLiteral("output"));
    FileArgument::checkWritable(QStringLiteral("output"), output, QStringLiteral("worksheet.pdf"));

    const QByteArray pdf = io::WorksheetPdf::render(core::makeWorksheet(seed), io::Translations::current());
    return FileArgument::write(output, pdf,
                               tr("%1: worksheet %2, the problem on page 1 and the answers on page 2").arg(output).arg(seed)
                                   + QLatin1Char('\n'));
}

} // namespace convscope::cli
