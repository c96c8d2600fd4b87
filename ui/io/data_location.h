#pragma once

#include <QString>

namespace convscope::io {

// Where the program's data files live (bundled digits, the trained model, lessons), the same
// layout in every place:
//   data/mnist-subset/   models/   lessons/
// Looked up in this order:
//   1. $CONVSCOPE_DATA_DIR, when set;
//   2. <folder of the executable>/../share/convscope   (after `cmake --install`);
//   3. the source tree's resources/ folder             (running from a build folder).
// Returns the first that exists, or an empty string.
QString dataDirectory();

// dataDirectory() + "/" + relative when that file or folder exists there, else an empty string.
QString dataPath(const QString& relative);

} // namespace convscope::io
