#pragma once

#include "core/tensor.h"

#include <QObject>
#include <QString>

namespace convscope::ui {

// The activation map the student is looking at on the Activation maps page, handed on to the
// Pooling page, which pools it. One instance, owned by the main window and given to both pages,
// so neither page knows the other.
class CurrentActivationMap : public QObject {
    Q_OBJECT

public:
    explicit CurrentActivationMap(QObject* parent = nullptr);

    const core::Tensor& map() const { return m_map; } // 1 × H × W; empty before the first map
    const QString& name() const { return m_name; }    // the kernel's translated name, "Edge"

    void setMap(const core::Tensor& map, const QString& name);

signals:
    void mapChanged();

private:
    core::Tensor m_map;
    QString m_name;
};

} // namespace convscope::ui
