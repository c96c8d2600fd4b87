#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace convscope::cli {

// Bad input on the command line. main() prints the message as one line on stderr, after the
// command's name, and exits with exitCode() (2 unless a command chooses otherwise).
class CliError : public std::exception {
public:
    explicit CliError(const QString& message, int exitCode = 2);

    const QString& message() const { return m_message; }
    int exitCode() const { return m_exitCode; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    int m_exitCode;
};

} // namespace convscope::cli
