#pragma once

#include "core/nn/model.h"

#include <QObject>
#include <QString>

#include <memory>

namespace convscope::ui {

// The trained model the pages look inside: the one shipped with the program until the Training
// page offers a newer one. One instance, owned by the main window and handed to the pages that
// need it, so pages stay unaware of each other.
class ModelStore : public QObject {
    Q_OBJECT

public:
    explicit ModelStore(QObject* parent = nullptr);

    // The current model, or nullptr before any was loaded.
    const core::Model* model() const { return m_model.get(); }
    // Where it came from, for the page to say ("bundled", a file name, "trained just now").
    QString origin() const { return m_origin; }

    void setModel(core::Model model, const QString& origin);
    // Loads a model file; on failure keeps the current model and returns the message.
    QString loadFile(const QString& path);
    // Loads the model shipped with the program (models/classroom-digits.csmodel).
    QString loadBundled();

signals:
    void modelChanged();

private:
    QString loadFileAs(const QString& path, const QString& origin);

    std::shared_ptr<const core::Model> m_model;
    QString m_origin;
};

} // namespace convscope::ui
