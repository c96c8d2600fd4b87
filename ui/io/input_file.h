#pragma once

#include <QByteArray>
#include <QString>

namespace convscope::io {

// The checks every reader makes before it opens a file: the path exists and is a file, not a
// folder. Returns an empty string, or one English sentence naming the file.
QString checkInputFile(const QString& path);

struct FileReadResult {
    QByteArray bytes;
    QString error; // one English sentence naming the file; empty on success
};

// Reads a whole file of at most maxBytes. The size reported beforehand cannot be trusted (a
// device such as /dev/zero claims 0 bytes and never ends), so at most maxBytes + 1 bytes are read
// and a longer file is refused.
FileReadResult readInputFile(const QString& path, qint64 maxBytes);

} // namespace convscope::io
