#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace convscope::ui {

// The name shown for a class id of a dataset or model: digits stay digits, Fashion-MNIST's
// English ids ("T-shirt/top", "Ankle boot", …) are translated, any other id is shown as it is.
QString className(const std::string& id);
QStringList classNames(const std::vector<std::string>& ids);

// A network that reads one grey channel and whose classes are the ten digits 0 … 9: the one a
// drawn digit, or a photo prepared as MNIST's digits were, can be given to.
bool isDigitClassifier(const std::vector<int>& inputShape, const QStringList& classNames);

} // namespace convscope::ui
