#pragma once

#include <QString>
#include <QStringList>

namespace convscope::io {

// Where the program's data files live (bundled digits, the trained model, lessons), the same
// layout in every place:
//   data/mnist-subset/   models/   lessons/
// Both programs look in this order, so a package, a `cmake --install` anywhere and a build folder
// all work without configuration:
//   1. beside the program: the source tree's resources/ when it runs from its build folder, else
//      <folder of the executable>/../share/convscope (an installation moved as a whole still works);
//   2. $CONVSCOPE_DATA_DIR, when set;
//   3. convscope/ in each XDG data folder: $XDG_DATA_HOME (~/.local/share), then $XDG_DATA_DIRS
//      (/usr/local/share:/usr/share when unset).
// <folder>/relative for every folder in that order, for a message that says where it looked.
QStringList dataCandidates(const QString& relative);

// The first of dataCandidates(relative) that exists, as an absolute path; empty when none does.
QString dataPath(const QString& relative);

} // namespace convscope::io
