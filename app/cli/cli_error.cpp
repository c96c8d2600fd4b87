#include "app/cli/cli_error.h"

#include "ui/io/korean_particles.h"
namespace convscope::cli {

CliError::CliError(const QString& message, int exitCode)
    : m_message(io::fitKoreanParticles(message))
    , m_utf8(m_message.toUtf8())
    , m_exitCode(exitCode)
{
}

} // namespace convscope::cli
