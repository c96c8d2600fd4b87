#pragma once

#include <QString>
#include <QStringList>

namespace convscope::cli {

// Files that ship with ConvScope (the bundled digits, the pre-trained model), found at run time
// wherever the program is: beside an installed executable (<prefix>/bin/../share/convscope), in
// the configured install folder, or in the source tree of a build that was never installed.
class BundledFiles {
public:
    // The first existing `relative` path ("data/mnist-subset", "models/classroom-digits.csmodel")
    // under the roots above, in that order; empty when none has it.
    static QString find(const QString& relative);
    // Every place find() looks, for the message when nothing is there.
    static QStringList candidates(const QString& relative);
};

} // namespace convscope::cli
