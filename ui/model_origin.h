#pragma once

#include <QCoreApplication>
#include <QString>

namespace convscope::ui {

// Where the current model came from. Kept as what it is and worded only when shown, so the line
// follows the interface language after a switch instead of keeping the one it was made in.
class ModelOrigin {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::ModelOrigin)

public:
    static ModelOrigin shipped();
    static ModelOrigin trainedHere();
    // A model file, shown by its name.
    static ModelOrigin file(const QString& name);

    // "shipped with ConvScope", "trained on the Training page" or the file's name.
    QString text() const;

private:
    enum class Kind { Shipped, TrainedHere, File };
    ModelOrigin(Kind kind, QString name);

    Kind m_kind;
    QString m_name;
};

} // namespace convscope::ui
