#include "app/cli/cli_options.h"

#include "app/cli/cli_error.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace convscope::cli {
namespace {

constexpr qsizetype helpWidth = 100;

// Edit distance, to suggest --stride for --strid.
qsizetype distance(const QString& a, const QString& b)
{
    std::vector<qsizetype> row(static_cast<std::size_t>(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[static_cast<std::size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[static_cast<std::size_t>(j)];
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[static_cast<std::size_t>(j)] = std::min({above + 1, row[static_cast<std::size_t>(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

// Terminal columns a word takes: Hangul and other East Asian wide characters take two.
qsizetype columns(const QString& word)
{
    qsizetype width = 0;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// Word-wraps text that starts at column `indent` to helpWidth, indenting continuation lines to it.
QString wrapped(const QString& text, qsizetype indent)
{
    QString out;
    qsizetype column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty() && column + 1 + columns(word) > helpWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (!out.isEmpty()) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += columns(word);
    }
    return out;
}

} // namespace

CliOptions::CliOptions(QString command, QList<CliOption> options)
    : m_command(std::move(command))
    , m_options(std::move(options))
{
}

bool CliOptions::parse(const QStringList& arguments)
{
    const QString helpHint = tr("see 'convscope-cli %1 --help'").arg(m_command);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        // -o is --output, as compilers and most tools spell it.
        const QString argument = arguments[i] == QStringLiteral("-o") && find(QStringLiteral("output")) != nullptr
            ? QStringLiteral("--output")
            : arguments[i];
        if (!argument.startsWith(QStringLiteral("--")) || argument.size() == 2)
            throw CliError(tr("unexpected argument '%1': options start with --, e.g. --input (%2)").arg(argument, helpHint));
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const CliOption* option = find(name);
        if (option == nullptr) {
            const QString suggestion = closestName(name);
            if (!suggestion.isEmpty())
                throw CliError(tr("unknown option --%1; did you mean --%2?").arg(name, suggestion));
            throw CliError(tr("unknown option --%1 (%2)").arg(name, helpHint));
        }
        if (m_values.contains(name))
            throw CliError(tr("option --%1 is given twice").arg(name));
        QString value;
        if (option->valueName.isEmpty()) {
            if (equals >= 0)
                throw CliError(tr("option --%1 takes no value").arg(name));
        } else if (equals >= 0) {
            value = argument.mid(equals + 1);
        } else {
            // A following "--name" is the next option, not this one's value; "-1" is a value.
            if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(QStringLiteral("--")))
                throw CliError(tr("option --%1 needs a value: --%1 %2").arg(name, option->valueName));
            value = arguments[++i];
        }
        if (!option->valueName.isEmpty() && value.trimmed().isEmpty())
            throw CliError(tr("option --%1 needs a value: --%1 %2").arg(name, option->valueName));
        m_values.insert(name, value);
    }
    const CliOption* reader = nullptr;
    for (const CliOption& option : m_options) {
        if (option.dash != DashMeans::StandardInput || m_values.value(option.name) != QStringLiteral("-"))
            continue;
        if (reader != nullptr)
            throw CliError(tr("--%1 - and --%2 - both read standard input, which can be read only once; give one of them as a file")
                               .arg(reader->name, option.name));
        reader = &option;
    }
    return true;
}

bool CliOptions::isSet(const QString& name) const
{
    return m_values.contains(name);
}

QString CliOptions::value(const QString& name) const
{
    return m_values.value(name);
}

QString CliOptions::required(const QString& name) const
{
    if (!m_values.contains(name)) {
        const CliOption* option = find(name);
        throw CliError(tr("option --%1 %2 is required (see 'convscope-cli %3 --help')")
                           .arg(name, option != nullptr ? option->valueName : QString(), m_command));
    }
    return m_values.value(name);
}

int CliOptions::wholeNumber(const QString& name, int minimum, std::optional<int> fallback) const
{
    if (!m_values.contains(name) && fallback)
        return *fallback;
    const QString text = required(name).trimmed();
    static const QRegularExpression wholePattern(QStringLiteral("^[+-]?[0-9]+$"));
    if (!wholePattern.match(text).hasMatch())
        throw CliError(tr("--%1 must be a whole number, not '%2'").arg(name, text));
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    if (!ok) // more digits than 64 bits hold
        throw CliError(text.startsWith(QLatin1Char('-'))
                           ? tr("--%1 must be at least %2, not %3").arg(name).arg(minimum).arg(text)
                           : tr("--%1 must be at most %2, not %3").arg(name).arg(maximumWholeNumber).arg(text));
    if (number < minimum)
        throw CliError(tr("--%1 must be at least %2, not %3").arg(name).arg(minimum).arg(number));
    if (number > maximumWholeNumber)
        throw CliError(tr("--%1 must be at most %2, not %3").arg(name).arg(maximumWholeNumber).arg(number));
    return static_cast<int>(number);
}

QString CliOptions::help(const QString& usage, const QString& description, const QString& example) const
{
    QString text = tr("Usage: %1").arg(usage) + QStringLiteral("\n\n");
    for (const QString& paragraph : description.split(QLatin1Char('\n')))
        text += (paragraph.startsWith(QLatin1Char(' ')) ? paragraph : wrapped(paragraph, 0)) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');

    QList<CliOption> shown = m_options;
    shown.append({QStringLiteral("help"), QString(), tr("show this help")});
    qsizetype column = 0;
    QStringList names;
    for (const CliOption& option : shown) {
        QString name = QStringLiteral("  --") + option.name;
        if (!option.valueName.isEmpty())
            name += QLatin1Char(' ') + option.valueName;
        names.append(name);
        column = std::max(column, name.size() + 2);
    }
    for (qsizetype i = 0; i < shown.size(); ++i)
        text += names[i].leftJustified(column) + wrapped(shown[i].description, column) + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("Example:") + QLatin1Char('\n') + example;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

const CliOption* CliOptions::find(const QString& name) const
{
    const auto it = std::find_if(m_options.begin(), m_options.end(), [&](const CliOption& o) { return o.name == name; });
    return it == m_options.end() ? nullptr : &*it;
}

QString CliOptions::closestName(const QString& name) const
{
    QString best;
    qsizetype bestDistance = 3; // suggest only a near miss
    for (const CliOption& option : m_options) {
        const qsizetype d = distance(name, option.name);
        if (d < bestDistance) {
            best = option.name;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace convscope::cli
