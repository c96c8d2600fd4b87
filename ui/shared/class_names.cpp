#include "ui/shared/class_names.h"

#include <QCoreApplication>

#include <array>

namespace convscope::ui {

namespace {

// core::fashionMnistClassNames() in label order; the ids are the source texts of the translations.
constexpr std::array<const char*, 10> fashionIds{
    QT_TRANSLATE_NOOP("ClassNames", "T-shirt/top"), QT_TRANSLATE_NOOP("ClassNames", "Trouser"),
    QT_TRANSLATE_NOOP("ClassNames", "Pullover"),    QT_TRANSLATE_NOOP("ClassNames", "Dress"),
    QT_TRANSLATE_NOOP("ClassNames", "Coat"),        QT_TRANSLATE_NOOP("ClassNames", "Sandal"),
    QT_TRANSLATE_NOOP("ClassNames", "Shirt"),       QT_TRANSLATE_NOOP("ClassNames", "Sneaker"),
    QT_TRANSLATE_NOOP("ClassNames", "Bag"),         QT_TRANSLATE_NOOP("ClassNames", "Ankle boot"),
};

} // namespace

QString className(const std::string& id)
{
    for (const char* known : fashionIds) {
        if (id == known)
            return QCoreApplication::translate("ClassNames", known);
    }
    return QString::fromStdString(id);
}

bool isDigitClassifier(const std::vector<int>& inputShape, const QStringList& classNames)
{
    if (inputShape.empty() || inputShape.front() != 1 || classNames.size() != 10)
        return false;
    for (int digit = 0; digit < 10; ++digit) {
        if (classNames[digit] != QString::number(digit))
            return false;
    }
    return true;
}

QStringList classNames(const std::vector<std::string>& ids)
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(ids.size()));
    for (const std::string& id : ids)
        names.append(className(id));
    return names;
}

} // namespace convscope::ui
