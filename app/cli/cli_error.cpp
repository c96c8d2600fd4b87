#include "app/cli/cli_error.h"

namespace convscope::cli {

CliError::CliError(const QString& message, int exitCode)
    : m_message(message)
    , m_utf8(message.toUtf8())
    , m_exitCode(exitCode)
{
}

} // namespace convscope::cli
