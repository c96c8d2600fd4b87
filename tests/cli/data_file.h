#pragma once

#include <QString>

namespace convscope::test {

// A file of tests/cli/data, the sample matrices and images the reader tests open.
inline QString dataFile(const char* name)
{
    return QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/cli/data/") + QString::fromLatin1(name);
}

} // namespace convscope::test
