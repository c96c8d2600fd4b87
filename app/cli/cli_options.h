#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace convscope::cli {

// What the value "-" means for an option: nothing special (a number, a name), or standard input,
// which an option naming a file to read accepts in its place (see FileArgument).
enum class DashMeans { Nothing, StandardInput };

struct CliOption {
    QString name;        // without the dashes: "stride"
    QString valueName;   // "S" as shown in help; empty for a flag such as --explain
    QString description; // translated; wrapped to the terminal width in help
    DashMeans dash = DashMeans::Nothing;
};

// The options of one subcommand: parsing, checked conversion, and the help text. Every option is
// written --name VALUE or --name=VALUE; a flag has no value; -o stands for --output.
class CliOptions {
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    // Whole-number options above this are refused: no image is that large, and a padding of 2^31
    // would overflow the size formula.
    static constexpr int maximumWholeNumber = 1'000'000;

    CliOptions(QString command, QList<CliOption> options);

    // Returns false when --help or -h is among the arguments: the caller returns help() instead
    // of running. Throws CliError on an unknown option, a missing value, an option given twice, an
    // argument that is not an option, or two options reading standard input ("-"): it can be read
    // only once, and refusing here says so before the tool waits for input.
    bool parse(const QStringList& arguments);

    bool isSet(const QString& name) const;
    QString value(const QString& name) const; // empty when not given
    QString required(const QString& name) const;
    // A whole number from minimum to maximumWholeNumber; `fallback` when the option is not given
    // (none: the option is required).
    int wholeNumber(const QString& name, int minimum, std::optional<int> fallback = std::nullopt) const;

    // "Usage: …", the description, the option table and the example, ready for stdout.
    QString help(const QString& usage, const QString& description, const QString& example) const;

private:
    const CliOption* find(const QString& name) const;
    QString closestName(const QString& name) const;

    QString m_command;
    QList<CliOption> m_options;
    QHash<QString, QString> m_values;
};

} // namespace convscope::cli
